// The sharded CLI case of `npm run bench` (Node only, run by bench/run.mjs): issue 19 asks for 100,000 patients
// through the sharded CLI on one machine in under a minute. The whole run (10 shards of 10,000 one after another,
// then `itp-sim merge`) takes ~17 s on 2 cores, so the bench times one shard end to end — process start, worker
// pool start, 10,000 patients, JSON written — and projects the ten (the shards are alike: the same protocol, sizes
// equal). The full run, timed by hand with /usr/bin/time -v, is in docs/bench.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const SHARDS = 10;
const COHORT = 100_000;

/** One CaseResult (suite "cli") with the shard's wall time and the 100,000-patient projection. */
export function measureCliTrial(root) {
  const dir = mkdtempSync(join(tmpdir(), 'itp-bench-'));
  const out = join(dir, 'part1.json');
  const args = ['bin/itp-sim.js', 'trial', '--preset', 'baclofen-bolus-spinal'];
  const run = (shard) => {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [...args, '--cohort', String(COHORT), '--shard', `${shard}/${SHARDS}`, '--out', out],
      { cwd: root, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`itp-sim trial exited ${r.status}: ${r.stderr.slice(-500)}`);
    return performance.now() - t0;
  };
  try {
    run(2); // the first start reads the built library from disk
    const ms = [run(1), run(1), run(1)].sort((a, b) => a - b)[1];
    return {
      suite: 'cli',
      case: `baclofen bolus screening, ${COHORT.toLocaleString('en')} patients as ${SHARDS} shards (itp-sim trial --shard i/${SHARDS})`,
      metrics: {
        'one shard of 10,000, process start to JSON written (median of 3)': { value: ms, unit: 'ms' },
        'shard output': { value: statSync(out).size / 1e6, unit: 'MB' },
        [`${COHORT.toLocaleString('en')} patients projected (${SHARDS} shards one after another)`]: {
          value: (SHARDS * ms) / 1000,
          unit: 's',
        },
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
