// Determinism across runtimes (issue 5): the same scenario and seed give byte-identical JSON in Chromium (Web
// Worker) and in Node (the real `itp-sim run`, via a Node-side browser command). Compared by SHA-256.
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { SimulationClient } from '../../src/runtime/browser/simulation-client.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { resultToJson } from '../../src/model/export.js';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('determinism: Chromium vs Node', () => {
  // The random accuracy error (seeded), the CSF column, strokes, patient boluses and MRI all feed the bytes.
  const cases = [
    { id: 'morphine-cancer-pain', edit: { durationDays: 3 } },
    { id: 'gas-pump-fever-flight', edit: { durationDays: 10, seed: 12345 } },
    // backflow: the pump draws CSF at the column's tip concentration (a coupling in both directions)
    { id: 'gas-pump-hyperbaric', edit: { durationDays: 2 } },
    { id: 'continuous-trial-external', edit: { durationDays: 3, model: { recordStrokes: true } } },
  ];

  it.each(cases)(
    '$id gives the same SHA-256 in the browser worker and in Node',
    async ({ id, edit }) => {
      const scenario = { ...presetScenario(id)!, ...edit };
      const client = new SimulationClient();
      try {
        const browserJson = resultToJson(await client.run(scenario));
        expect(browserJson).not.toMatch(/NaN|Infinity/);
        const nodeHash = await commands.nodeResultSha256(JSON.stringify(scenario));
        expect(await sha256(browserJson)).toBe(nodeHash);
      } finally {
        client.dispose();
      }
    },
    60_000,
  );
});
