/* global AbortController */
// A screening-trial cohort in Node with its statistics, progress and cancel; then the same cohort in 4 shards,
// merged: the same bytes. `node examples/cohort.mjs [patients]`
import { runCohort, mergeShards, trialDocument, toolInfo } from 'intrathecal-pump-sim/node';

const spec = {
  protocol: 'baclofen-bolus',
  population: 'spasticity-spinal',
  cohortSize: Number(process.argv[2] ?? 400),
  seed: 7,
};

const ac = new AbortController(); // ac.abort() stops the cohort: runCohort rejects with an AbortError
const whole = await runCohort(spec, {
  signal: ac.signal,
  onProgress: ({ done, total }) => process.stderr.write(`\r${done}/${total}`),
});
process.stderr.write('\n');
const r = whole.summary.responders;
console.log(
  `responders ${(100 * r.p).toFixed(1)} % (95 % CI ${(100 * r.lo).toFixed(1)}–${(100 * r.hi).toFixed(1)} %)`,
);
console.log('published:', whole.published.map((p) => p.label).join('; '));

// Shards (what `itp-sim trial --shard i/4` runs on four machines), merged from their rows.
const parts = [];
for (let index = 1; index <= 4; index++) {
  const part = await runCohort(spec, { shard: { index, count: 4 }, workers: 1 });
  parts.push({ name: `shard ${index}`, doc: trialDocument(toolInfo(), part, part.shard) });
}
const merged = mergeShards(parts);
const same = JSON.stringify(merged) === JSON.stringify(trialDocument(toolInfo(), whole));
console.log(`4 shards merged ${same ? '==' : '!='} the whole cohort`);
if (!same) process.exitCode = 1;
