/**
 * Schematic cut-aways of the pump families (simple shapes, no product drawings): the programmable pump's
 * roller rotor stepping once per stroke, the accumulator's two valves and chamber pulsing once per cycle, the
 * gas pump's bellows falling as the reservoir empties over the propellant. Everything is a pure function of
 * the simulated state at the current time; nothing animates by itself (prefers-reduced-motion is honoured by
 * the time controller).
 */
import { svg, type SVGTemplateResult } from 'lit';

export interface SchematicState {
  kind: string;
  /** Pump output so far, in strokes / valve cycles (fractional). Gas pump: µL delivered. */
  strokes: number;
  /** Reservoir fill, 0–1. */
  reservoirFraction: number;
  /** Battery, 0–1, or NaN when the pump has none or the series is not produced. */
  batteryFraction: number;
  /** Delivery is stopped (empty reservoir, MRI, …). */
  stopped: boolean;
}

const INK = '#1b1b1f';
const DRUG = '#0072B2';
const METAL = '#e9e9ee';

function reservoir(x: number, y: number, w: number, h: number, f: number): SVGTemplateResult {
  const fh = Math.max(0, Math.min(1, f)) * (h - 4);
  return svg`<rect x=${x} y=${y} width=${w} height=${h} rx="4" fill="#fff" stroke=${INK} />
    <rect x=${x + 2} y=${y + h - 2 - fh} width=${w - 4} height=${fh} fill=${DRUG} opacity="0.75" />
    <text x=${x + w / 2} y=${y - 4} text-anchor="middle" font-size="9">reservoir</text>`;
}

function battery(x: number, y: number, f: number): SVGTemplateResult {
  if (!Number.isFinite(f)) return svg``;
  const w = 30;
  return svg`<rect x=${x} y=${y} width=${w} height="12" fill="#fff" stroke=${INK} />
    <rect x=${x + w} y=${y + 3} width="3" height="6" fill=${INK} />
    <rect x=${x + 1} y=${y + 1} width=${(w - 2) * Math.max(0, Math.min(1, f))} height="10" fill="#009E73" />
    <text x=${x + w / 2} y=${y + 24} text-anchor="middle" font-size="9">battery</text>`;
}

function rotor(s: SchematicState): SVGTemplateResult {
  // 12 steps per revolution is a drawing choice (the real gear ratio is not published, pumps.md §7).
  const angle = (Math.floor(s.strokes) % 12) * 30;
  const cx = 140;
  const cy = 70;
  const rollers = [0, 120, 240].map((a) => {
    const r = ((a + angle) * Math.PI) / 180;
    return svg`<circle cx=${cx + 22 * Math.cos(r)} cy=${cy + 22 * Math.sin(r)} r="7" fill=${METAL} stroke=${INK} />`;
  });
  return svg`
    <circle cx="100" cy="70" r="66" fill="#f6f6f8" stroke=${INK} stroke-width="2" />
    ${reservoir(40, 35, 40, 70, s.reservoirFraction)}
    <path d="M80 60 Q100 40 118 50 A32 32 0 1 1 150 100 L196 100" fill="none" stroke=${DRUG} stroke-width="4" opacity="0.7" />
    <g class="rotor">${rollers}<circle cx=${cx} cy=${cy} r="5" fill=${INK} /></g>
    <text x=${cx} y=${cy + 46} text-anchor="middle" font-size="9">rotor: ${Math.floor(s.strokes)} strokes</text>
    ${battery(52, 112, s.batteryFraction)}`;
}

function accumulator(s: SchematicState): SVGTemplateResult {
  const phase = s.strokes - Math.floor(s.strokes);
  const filling = !s.stopped && phase < 0.8;
  const valve = (x: number, open: boolean, label: string) =>
    svg`<circle cx=${x} cy="70" r="8" fill=${open ? '#009E73' : '#fff'} stroke=${INK} stroke-width="2" />
      <text x=${x} y="94" text-anchor="middle" font-size="9">${label} ${open ? 'open' : 'shut'}</text>`;
  const fill = filling ? phase / 0.8 : 1 - (phase - 0.8) / 0.2;
  return svg`
    <rect x="4" y="10" width="192" height="120" rx="30" fill="#f6f6f8" stroke=${INK} stroke-width="2" />
    ${reservoir(16, 35, 36, 70, s.reservoirFraction)}
    <line x1="52" y1="70" x2="184" y2="70" stroke=${DRUG} stroke-width="3" opacity="0.6" />
    ${valve(72, filling, 'inlet')}
    <rect x="96" y="52" width="36" height="36" fill="#fff" stroke=${INK} />
    <rect x="98" y=${86 - 32 * Math.max(0, Math.min(1, fill))} width="32" height=${32 * Math.max(0, Math.min(1, fill))} fill=${DRUG} opacity="0.75" />
    <text x="114" y="46" text-anchor="middle" font-size="9">accumulator</text>
    ${valve(156, !s.stopped && !filling, 'outlet')}
    ${battery(150, 106, s.batteryFraction)}`;
}

function gas(s: SchematicState): SVGTemplateResult {
  const f = Math.max(0, Math.min(1, s.reservoirFraction));
  const top = 22;
  const bottom = top + 12 + 58 * f; // bellows floor falls as the drug leaves
  const folds = 6;
  const pts: string[] = [];
  for (let i = 0; i <= folds; i++) pts.push(`${30 + (i * 100) / folds},${bottom + (i % 2 ? 5 : 0)}`);
  const dash = -((s.strokes / 2) % 12); // flowing dashes: 1 dash cell per 2 µL (drawing choice)
  return svg`
    <rect x="20" y="14" width="120" height="110" rx="18" fill="#f6f6f8" stroke=${INK} stroke-width="2" />
    <rect x="26" y=${top} width="108" height=${bottom - top} fill=${DRUG} opacity="0.7" />
    <polyline points=${pts.join(' ')} fill="none" stroke=${INK} stroke-width="2" />
    <rect x="26" y=${bottom + 5} width="108" height=${Math.max(0, 118 - bottom - 5)} fill="#E69F00" opacity="0.35" />
    <text x="80" y=${Math.min(114, bottom + 24)} text-anchor="middle" font-size="9">propellant (gas)</text>
    <text x="80" y="34" text-anchor="middle" font-size="9" fill="#fff">drug</text>
    <path d="M134 30 h12 v10 h-8 v10 h8 v10 h-8 v10 h8 v10 h50" fill="none" stroke=${DRUG} stroke-width="3"
      stroke-dasharray="6 6" stroke-dashoffset=${s.stopped ? 0 : dash} />
    <text x="168" y="24" text-anchor="middle" font-size="9">flow restrictor</text>`;
}

export function schematic(s: SchematicState): SVGTemplateResult {
  if (s.kind === 'constant-rate') return gas(s);
  if (s.kind === 'accumulator') return accumulator(s);
  return rotor(s);
}
