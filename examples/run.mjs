/* global AbortController */
// One scenario in Node: validate, run with progress, read the summary and the CSV header.
// `node examples/run.mjs` — after `npm ci` (its prepare step builds dist/node) or `npm install intrathecal-pump-sim`.
import { simulate, presetScenario, validateScenario, resultToCsv } from 'intrathecal-pump-sim/node';

const scenario = presetScenario('morphine-cancer-pain');
scenario.durationDays = 3;

const v = validateScenario(scenario); // never throws: { ok, scenario, warnings } | { ok: false, errors, warnings }
if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));

const ac = new AbortController();
const result = await simulate(scenario, {
  signal: ac.signal, // cancel between chunks → rejects with AbortError
  onProgress: ({ fraction }) => process.stderr.write(`\r${Math.round(fraction * 100)} %`),
});
process.stderr.write('\n');
console.log(result.summary); // programmed/delivered volume and dose, reservoir, next refill, ERI, alarms, outcomes
console.log(resultToCsv(result).split('\n')[0]); // the CSV header
