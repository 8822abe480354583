// RunController's live runs (a control being dragged): requests coalesce (the queued ones a newer request replaced
// never run) and a finished run that a newer request overtook is still shown, so the picture follows the drag;
// an ordinary run shows only the latest. Real worker, page-wide queue.
import { describe, expect, it } from 'vitest';
import { LitElement } from 'lit';
import { RunController } from '../../src/ui/base/run-controller.js';
import { findPreset } from '../../src/model/scenario/presets.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';

class LiveHost extends LitElement {
  runs = new RunController(this, 'live-test');
}
customElements.define('itp-test-live-host', LiveHost);

/** Distinct runs told apart by their length (days); the long one with the distribution on (hundreds of ms). */
const scenario = (days: number): ScenarioInput => ({
  ...findPreset('baclofen-programmable')!.scenario,
  durationDays: days,
  model: { distribution: days > 100 },
});

async function drag(live: boolean): Promise<{ shown: number[]; results: (number | null)[] }> {
  const host = document.createElement('itp-test-live-host') as LiveHost;
  document.body.append(host);
  const shown: number[] = [];
  host.addEventListener('itp-run-finished', (e) =>
    shown.push((e as CustomEvent).detail.result.summary.durationHours / 24),
  );
  try {
    // A long first run keeps the worker busy while the "drag" asks for three more, once it has started.
    const asked = [host.runs.run(scenario(1000), { live })];
    await new Promise((r) => setTimeout(r, 60));
    for (const d of [11, 12, 13]) asked.push(host.runs.run(scenario(d), { live }));
    const results = (await Promise.all(asked)).map((r) => (r ? r.summary.durationHours / 24 : null));
    return { shown, results };
  } finally {
    host.remove();
  }
}

describe('RunController live runs', () => {
  it('live: the overtaken run in flight is shown, the queued ones replaced by a newer one never run', async () => {
    const { shown, results } = await drag(true);
    expect(shown).toEqual([1000, 13]);
    expect(results).toEqual([1000, null, null, 13]);
  }, 60_000);

  it('not live: only the latest is shown', async () => {
    const { shown, results } = await drag(false);
    expect(shown).toEqual([13]);
    expect(results).toEqual([null, null, null, 13]);
  }, 60_000);
});
