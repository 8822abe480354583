/**
 * Schematic cut-aways of the three pump families (simple shapes, no product drawings), true to the mechanics in
 * Mechanisms as documented ([D1], [D3], [D6, D7]):
 * - programmable (SynchroMed-like): a drug reservoir, pump tubing laid in a race around a motor-driven
 *   rotor whose rollers squeeze it (peristaltic), a battery with the electronics; the rotor steps once per
 *   stroke;
 * - accumulator (Prometra-like): reservoir → inlet valve → accumulator chamber → outlet valve →
 *   catheter; per cycle the chamber fills with the inlet open, then empties with the outlet open;
 * - constant-rate gas pump (Codman/IsoMed-like): the drug in a bellows that propellant vapour presses on,
 *   out through a flow-restrictor capillary; no battery. The bellows shortens as the drug leaves.
 *
 * Layout: the pump body is a circle in the middle of a 300 × 180 drawing; every part label sits in a column
 * left or right of the body with a leader line to its part, so labels never cover the drawing or each other
 * at any width (checked by test/browser/schematic.test.ts). Changing numbers (strokes, fill) are given as text
 * under the drawing, not inside it. Everything is a pure function of the simulated state at the current time:
 * nothing animates by itself, so prefers-reduced-motion is honoured by the time controller. Colours are
 * Okabe–Ito (colour-blind safe) and every state shown by colour is also shown by shape (valve bar across or
 * along the flow, bellows length, roller position).
 */
import { svg, type SVGTemplateResult } from 'lit';
import { SCHEMATIC_TEXT as T } from '../../i18n/strings.js';

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

/** The drawing's coordinate box (the <svg> viewBox) and the pump body. */
export const VIEW = { w: 300, h: 180 } as const;
const CX = 140;
const CY = 84;
const R = 70;
/** Label columns: left ends at LEFT_X (text-anchor end), right starts at RIGHT_X; the body spans CX ± R. */
const LEFT_X = 64;
const RIGHT_X = 218;
const LINE_H = 12;

const INK = '#1b1b1f';
const LEADER = '#4a4a55';
const DRUG = '#0072B2';
const GAS = '#E69F00';
const GREEN = '#009E73';
const METAL = '#e9e9ee';
const BODY = '#f6f6f8';

const clamp01 = (f: number) => (Number.isFinite(f) ? Math.max(0, Math.min(1, f)) : 0);
/** Strokes or cycles so far, never negative or non-finite. */
const count = (n: number) => (Number.isFinite(n) ? Math.max(0, n) : 0);

/** A part label in a side column with a leader line to the point (tx, ty) on its part. */
function label(lines: readonly string[], side: 'left' | 'right', y: number, tx: number, ty: number) {
  const x = side === 'left' ? LEFT_X : RIGHT_X;
  const midY = y - 3.5 + ((lines.length - 1) * LINE_H) / 2;
  const lx = side === 'left' ? x + 3 : x - 3;
  return svg`<g class="label">
    <line x1=${lx} y1=${midY} x2=${tx} y2=${ty} stroke=${LEADER} stroke-width="0.75" />
    <circle cx=${tx} cy=${ty} r="1.6" fill=${LEADER} />
    <text x=${x} y=${y} text-anchor=${side === 'left' ? 'end' : 'start'} font-size="10" fill=${INK}
      >${lines.map((l, i) => svg`<tspan x=${x} dy=${i ? LINE_H : 0}>${l}</tspan>`)}</text
    >
  </g>`;
}

function body(): SVGTemplateResult {
  return svg`<circle class="housing" cx=${CX} cy=${CY} r=${R} fill=${BODY} stroke=${INK} stroke-width="2" />`;
}

/** The catheter leaving the body at (x, body edge) and running to the right label column. */
function catheter(x: number, fromY: number): SVGTemplateResult {
  const y = 168;
  return svg`<path d="M${x} ${fromY} V${y} H${RIGHT_X - 6}" fill="none" stroke=${DRUG} stroke-width="3" />
    ${label(T.catheter, 'right', 160, RIGHT_X - 6, y)}`;
}

function reservoir(x: number, y: number, w: number, h: number, f: number): SVGTemplateResult {
  const fh = clamp01(f) * (h - 4);
  return svg`<rect x=${x} y=${y} width=${w} height=${h} rx="4" fill="#fff" stroke=${INK} />
    <rect x=${x + 2} y=${y + h - 2 - fh} width=${w - 4} height=${fh} fill=${DRUG} opacity="0.8" />`;
}

function battery(x: number, y: number, f: number): SVGTemplateResult {
  const w = 28;
  // Unknown charge (series not produced): drawn empty-outlined rather than guessed.
  const level = Number.isFinite(f) ? (w - 2) * clamp01(f) : 0;
  return svg`<rect x=${x} y=${y} width=${w} height="12" rx="1" fill="#fff" stroke=${INK} />
    <rect x=${x + w} y=${y + 3} width="3" height="6" fill=${INK} />
    <rect x=${x + 1} y=${y + 1} width=${level} height="10" fill=${GREEN} />
    ${label(T.battery, 'left', 122, x, y + 6)}`;
}

function programmable(s: SchematicState): SVGTemplateResult {
  // 12 rotor steps per revolution is a drawing choice: the real step volume and gear ratio are not published
  // (not published: not found in the sources).
  const angle = (Math.floor(count(s.strokes)) % 12) * 30;
  const rx = 166;
  const ry = 70;
  const race = 23;
  const at = (deg: number, r: number) => {
    const a = (deg * Math.PI) / 180;
    return [rx + r * Math.cos(a), ry + r * Math.sin(a)] as const;
  };
  const [ax, ay] = at(-115, race);
  const [bx, by] = at(115, race);
  const rollers = [0, 120, 240].map((a) => {
    const [x, y] = at(a + angle, race - 6); // roller rim on the tube: it squeezes it
    return svg`<line x1=${rx} y1=${ry} x2=${x} y2=${y} stroke=${INK} stroke-width="2" />
      <circle cx=${x} cy=${y} r="6" fill=${METAL} stroke=${INK} />`;
  });
  const [tx, ty] = at(40, race);
  return svg`
    ${body()}
    ${reservoir(88, 40, 36, 72, s.reservoirFraction)}
    ${label(T.reservoir, 'left', 54, 88, 58)}
    <path d="M124 56 L${ax} ${ay} A${race} ${race} 0 1 1 ${bx} ${by} L${bx} 152" fill="none" stroke=${DRUG}
      stroke-width="5" stroke-linecap="round" opacity="0.85" />
    <g class="rotor">${rollers}<circle cx=${rx} cy=${ry} r="4" fill=${INK} /></g>
    ${label(T.rotor, 'right', 24, rx + 4, ry - 4)}
    ${label(T.tubing, 'right', 98, tx, ty)}
    ${catheter(bx, 152)}
    ${battery(96, 122, s.batteryFraction)}`;
}

/** A valve on the flow path: a bar along the flow when open, across it when shut (not colour alone). */
function valve(x: number, y: number, open: boolean, flowVertical: boolean): SVGTemplateResult {
  const along = open !== flowVertical; // horizontal bar
  return svg`<circle cx=${x} cy=${y} r="7" fill=${open ? GREEN : '#fff'} stroke=${INK} stroke-width="2" />
    ${
      along
        ? svg`<line x1=${x - 5} y1=${y} x2=${x + 5} y2=${y} stroke=${INK} stroke-width="2.5" />`
        : svg`<line x1=${x} y1=${y - 5} x2=${x} y2=${y + 5} stroke=${INK} stroke-width="2.5" />`
    }`;
}

/** Accumulator phase at fractional cycle count: filling for the first 80 % of a cycle (drawing choice). */
export function accumulatorPhase(strokes: number, stopped: boolean): { filling: boolean; fill: number } {
  const phase = count(strokes) - Math.floor(count(strokes));
  const filling = !stopped && phase < 0.8;
  const fill = stopped ? 0 : filling ? phase / 0.8 : 1 - (phase - 0.8) / 0.2;
  return { filling, fill: clamp01(fill) };
}

function accumulator(s: SchematicState): SVGTemplateResult {
  const { filling, fill } = accumulatorPhase(s.strokes, s.stopped);
  const cx = 160;
  const top = 54;
  const h = 30;
  return svg`
    ${body()}
    ${reservoir(84, 40, 32, 72, s.reservoirFraction)}
    ${label(T.reservoir, 'left', 54, 84, 58)}
    <path d="M116 46 H${cx} V152" fill="none" stroke=${DRUG} stroke-width="3" opacity="0.85" />
    ${valve(138, 46, filling, false)}
    ${label(T.inlet, 'right', 22, 143, 40)}
    <rect x=${cx - 13} y=${top} width="26" height=${h} rx="2" fill="#fff" stroke=${INK} stroke-width="1.5" />
    <rect x=${cx - 11} y=${top + h - 2 - (h - 4) * fill} width="22" height=${(h - 4) * fill} fill=${DRUG} />
    ${label(T.accumulator, 'right', 60, cx + 13, top + h / 2)}
    ${valve(cx, 102, !s.stopped && !filling, true)}
    ${label(T.outlet, 'right', 98, cx + 7, 102)}
    ${catheter(cx, 152)}
    ${battery(96, 122, s.batteryFraction)}`;
}

function gas(s: SchematicState): SVGTemplateResult {
  const f = clamp01(s.reservoirFraction);
  const left = 90;
  const right = 164;
  const top = 38;
  const bottom = top + 8 + 84 * f; // the bellows shortens as the drug leaves; the propellant takes the space
  const folds = 5;
  const wall = (x: number, dir: number) => {
    const pts: string[] = [];
    for (let i = 0; i <= folds * 2; i++)
      pts.push(`${x + (i % 2 ? 4 * dir : 0)},${top + ((bottom - top) * i) / (folds * 2)}`);
    return pts.join(' ');
  };
  // Flowing dashes along the restrictor: one dash cell per 2 µL delivered (drawing choice); still when stopped.
  const dash = s.stopped ? 0 : -((count(s.strokes) / 2) % 12);
  const cap: string[] = [];
  for (let y = 42, i = 0; y <= 114; y += 8, i++) cap.push(`${i % 2 ? 'H180' : 'H194'} V${y + 8}`);
  return svg`
    ${body()}
    <rect x="84" y="32" width="86" height="104" rx="6" fill=${GAS} fill-opacity="0.28" stroke=${INK} />
    <rect class="drug" x=${left + 4} y=${top} width=${right - left - 8} height=${bottom - top} fill=${DRUG} opacity="0.8" />
    <polyline points=${wall(left, 1)} fill="none" stroke=${INK} stroke-width="1.5" />
    <polyline points=${wall(right, -1)} fill="none" stroke=${INK} stroke-width="1.5" />
    <line x1=${left} y1=${bottom} x2=${right} y2=${bottom} stroke=${INK} stroke-width="2.5" />
    ${label(T.bellows, 'left', 52, left + 8, top + 4)}
    ${label(T.propellant, 'left', 124, 98, 132)}
    <path d="M127 ${top} V28 H180 V42 ${cap.join(' ')} V138" fill="none" stroke=${DRUG} stroke-width="1.6"
      stroke-dasharray="4 2" stroke-dashoffset=${dash} />
    ${label(T.restrictor, 'right', 62, 194, 70)}
    ${catheter(180, 138)}`;
}

export function schematic(s: SchematicState): SVGTemplateResult {
  if (s.kind === 'constant-rate') return gas(s);
  if (s.kind === 'accumulator') return accumulator(s);
  return programmable(s);
}

/** One line saying what the drawing shows now (under it, as text, so it can never cover the drawing). */
export function schematicState(s: SchematicState): string {
  if (s.stopped) return T.stopped;
  if (s.kind === 'constant-rate')
    return T.state['constant-rate'](`${Math.round(clamp01(s.reservoirFraction) * 100)} %`);
  if (s.kind === 'accumulator') {
    const { filling } = accumulatorPhase(s.strokes, s.stopped);
    return T.state.accumulator(Math.floor(count(s.strokes)), filling ? T.filling : T.emptying);
  }
  return T.state.programmable(Math.floor(count(s.strokes)));
}

/** The parts a drawing shows, for its accessible name. */
export const schematicParts = (kind: string): string => T.parts[kind] ?? T.parts.programmable;
