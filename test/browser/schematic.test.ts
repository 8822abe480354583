// The pump cut-away drawings: every part label readable and clear of the pump body and of each other, at a
// 360 px phone's panel width and at the widest, for every device kind and across its states; the state a
// colour shows is also shown by shape; the parts each mechanism needs ([D1], [D3], [D6]) are drawn and named.
import { afterEach, describe, expect, it } from 'vitest';
import { render, svg } from 'lit';
import {
  VIEW,
  accumulatorPhase,
  schematic,
  schematicParts,
  schematicState,
  type SchematicState,
} from '../../src/ui/elements/pump-compare/schematic.js';

afterEach(() => document.body.replaceChildren());

const KINDS = ['programmable', 'accumulator', 'constant-rate'];

function draw(state: SchematicState, widthPx: number): SVGSVGElement {
  const host = document.createElement('div');
  host.style.width = `${widthPx}px`;
  host.style.fontFamily = 'system-ui, sans-serif';
  document.body.append(host);
  render(
    svg`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW.w} ${VIEW.h}" width="100%">${schematic(state)}</svg>`,
    host,
  );
  return host.querySelector('svg')!;
}

const overlap = (a: DOMRect, b: DOMRect, pad = 0) =>
  a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;

function states(kind: string): SchematicState[] {
  const out: SchematicState[] = [];
  for (const f of [0, 0.5, 1])
    for (const strokes of [0, 7.3, 12.9])
      out.push({ kind, strokes, reservoirFraction: f, batteryFraction: f, stopped: f === 0 });
  return out;
}

describe('pump cut-away drawings', () => {
  for (const kind of KINDS)
    for (const width of [300, 416])
      it(`${kind} at ${width} px: labels inside the drawing, off the pump body, not overlapping`, () => {
        for (const st of states(kind)) {
          const el = draw(st, width);
          const box = el.getBoundingClientRect();
          const housing = el.querySelector('.housing')!.getBoundingClientRect();
          const texts = [...el.querySelectorAll('text')].map((t) => ({
            text: t.textContent!.trim(),
            r: t.getBoundingClientRect(),
          }));
          expect(texts.length).toBeGreaterThanOrEqual(4);
          for (const t of texts) {
            expect(t.r.width, t.text).toBeGreaterThan(0);
            expect(t.r.left >= box.left - 0.5 && t.r.right <= box.right + 0.5, `${t.text} inside`).toBe(true);
            expect(t.r.top >= box.top - 0.5 && t.r.bottom <= box.bottom + 0.5, `${t.text} inside`).toBe(true);
            expect(overlap(t.r, housing), `${t.text} clear of the pump body`).toBe(false);
          }
          for (let i = 0; i < texts.length; i++)
            for (let j = i + 1; j < texts.length; j++)
              expect(overlap(texts[i].r, texts[j].r, 1), `${texts[i].text} / ${texts[j].text}`).toBe(false);
          document.body.replaceChildren();
        }
      });

  it('labels are at least 10 px high at the phone width', () => {
    for (const kind of KINDS) {
      const el = draw(states(kind)[4], 300);
      const line = el.querySelector('tspan')!.getBoundingClientRect();
      expect(line.height).toBeGreaterThanOrEqual(10);
      document.body.replaceChildren();
    }
  });

  it('names the parts of each mechanism ([D1], [D3], [D6])', () => {
    const text = (kind: string) =>
      [...draw(states(kind)[4], 416).querySelectorAll('tspan')].map((t) => t.textContent!.trim()).join(' ');
    expect(text('programmable')).toMatch(/reservoir.*rotor and rollers.*pump tubing.*catheter.*battery/);
    expect(text('accumulator')).toMatch(
      /reservoir.*inlet valve.*accumulator chamber.*outlet valve.*catheter/,
    );
    expect(text('constant-rate')).toMatch(/bellows.*propellant.*flow restrictor.*catheter/);
    expect(text('constant-rate')).not.toMatch(/battery/);
    expect(schematicParts('accumulator')).toContain('inlet valve');
  });

  it('the rotor steps with the strokes and the bellows shortens as the reservoir empties', () => {
    const rollerAt = (strokes: number) =>
      draw({ kind: 'programmable', strokes, reservoirFraction: 1, batteryFraction: 1, stopped: false }, 300)
        .querySelector('.rotor circle')!
        .getAttribute('cx');
    expect(rollerAt(0)).toBe(rollerAt(0.9)); // one step per whole stroke
    expect(rollerAt(1)).not.toBe(rollerAt(0));
    expect(rollerAt(12)).toBe(rollerAt(0)); // 12 steps per turn (drawing choice)
    const drugHeight = (f: number) =>
      Number(
        draw(
          { kind: 'constant-rate', strokes: 0, reservoirFraction: f, batteryFraction: NaN, stopped: false },
          300,
        )
          .querySelector('rect.drug')!
          .getAttribute('height'),
      );
    expect(drugHeight(1)).toBeGreaterThan(drugHeight(0.5));
    expect(drugHeight(0.5)).toBeGreaterThan(drugHeight(0));
  });

  it('accumulator valves alternate and show it by shape, not colour alone', () => {
    expect(accumulatorPhase(3.2, false)).toEqual({ filling: true, fill: expect.closeTo(0.25, 9) });
    expect(accumulatorPhase(3.9, false).filling).toBe(false);
    const bars = (strokes: number) =>
      [
        ...draw(
          { kind: 'accumulator', strokes, reservoirFraction: 1, batteryFraction: 1, stopped: false },
          300,
        ).querySelectorAll('circle[r="7"] + line'),
      ].map((l) => (l.getAttribute('y1') === l.getAttribute('y2') ? 'horizontal' : 'vertical'));
    // Inlet on a horizontal run, outlet on a vertical run: open = bar along the flow.
    expect(bars(3.2)).toEqual(['horizontal', 'horizontal']); // inlet open, outlet shut (across)
    expect(bars(3.9)).toEqual(['vertical', 'vertical']); // inlet shut (across), outlet open
    expect(
      schematicState({
        kind: 'accumulator',
        strokes: 3.2,
        reservoirFraction: 1,
        batteryFraction: 1,
        stopped: false,
      }),
    ).toContain('filling');
  });

  it('bad numbers never reach the drawing as NaN', () => {
    for (const kind of KINDS) {
      const el = draw(
        { kind, strokes: NaN, reservoirFraction: Infinity, batteryFraction: NaN, stopped: false },
        300,
      );
      expect(el.innerHTML).not.toMatch(/NaN|Infinity/);
    }
  });
});
