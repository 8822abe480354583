// Every JSON example in docs/scenario.md is a valid scenario that runs (the docs cannot drift from the format).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { simulate } from '../../src/runtime/node/index.js';

const text = readFileSync(new URL('../../docs/scenario.md', import.meta.url), 'utf8');
const examples = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1]) as { name: string },
);

describe('docs/scenario.md examples', () => {
  it('has one example per device kind (and both external accesses)', () => {
    const kinds = examples.map((e) => (e as unknown as { device: { kind: string } }).device.kind);
    expect(new Set(kinds)).toEqual(new Set(['programmable', 'accumulator', 'constant-rate', 'external']));
  });

  it.each(examples.map((e) => [e.name, e]))(
    '%s validates without errors or warnings and runs',
    async (_n, e) => {
      const v = validateScenario(e);
      if (!v.ok) throw new Error(v.errors.map((x) => x.message).join('\n'));
      expect(v.warnings).toEqual([]);
      const r = await simulate(e);
      expect(r.summary.deliveredVolumeMl).toBeGreaterThan(0);
    },
  );
});
