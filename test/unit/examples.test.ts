// Every file in examples/ runs here (a new file without a case fails the first test): the Node examples as
// processes, the Slurm array script and the Kubernetes Indexed Job's container command as 10 shard processes each
// (on a 100-patient copy of the cohort), merged and compared with the unsharded run byte for byte. The Python
// client and notebook run in python-client.test.ts.
import { describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'itp-examples-'));

/** The array-job variables cleared, so that only the one a case sets is seen. */
const NO_INDEX = { JOB_COMPLETION_INDEX: '', SLURM_ARRAY_TASK_ID: '', AWS_BATCH_JOB_ARRAY_INDEX: '' };

const COVERED = [
  'cluster/k8s-indexed-job.yaml',
  'cluster/slurm-array.sh',
  'cluster/trial.json',
  'cohort.mjs',
  'python/example.ipynb',
  'python/itp_sim.py',
  'run.mjs',
  'sweep.mjs',
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [relative(join(root, 'examples'), join(dir, e.name))],
  );
}

/** A PATH with `itp-sim` → this repository's bin, as after `npm install -g intrathecal-pump-sim`. */
function shimPath(): string {
  const bin = join(tmp, 'bin');
  spawnSync('mkdir', ['-p', bin]);
  const shim = join(bin, 'itp-sim');
  writeFileSync(shim, `#!/bin/sh\nexec node "${join(root, 'bin/itp-sim.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  return `${bin}:${process.env.PATH}`;
}

/** The cluster trial with 100 patients (10 shards of 10) instead of 100,000. */
function smallTrial(): string {
  const spec = JSON.parse(readFileSync(join(root, 'examples/cluster/trial.json'), 'utf8'));
  const f = join(tmp, 'trial-100.json');
  writeFileSync(f, JSON.stringify({ ...spec, cohortSize: 100 }));
  return f;
}

function mergedEqualsWhole(results: string, trial: string): void {
  const shards = readdirSync(results)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(results, f));
  expect(shards).toHaveLength(10);
  const merged = spawnSync('node', ['bin/itp-sim.js', 'merge', ...shards], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  expect(merged.status, merged.stderr).toBe(0);
  const whole = spawnSync('node', ['bin/itp-sim.js', 'trial', trial, '--workers', '1'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  expect(merged.stdout).toBe(whole.stdout);
}

describe('examples/', () => {
  it('every file has a case here', () => {
    expect(files(join(root, 'examples')).sort()).toEqual(COVERED);
  });

  it.each([
    ['run.mjs', [], 'tHours,tipVolumeUl'],
    ['cohort.mjs', ['80'], '4 shards merged == the whole cohort'],
    ['sweep.mjs', [], 'mL/day at T12'],
  ])(
    'node examples/%s',
    async (file, args, expected) => {
      const { stdout } = await exec('node', [join('examples', file), ...args], { maxBuffer: 1 << 26 });
      expect(stdout).toContain(expected);
    },
    120_000,
  );

  it('cluster/slurm-array.sh: 10 array tasks (SLURM_ARRAY_TASK_ID 0–9) merged == the unsharded cohort', async () => {
    const trial = smallTrial();
    const results = join(tmp, 'slurm');
    const env = {
      ...process.env,
      PATH: shimPath(),
      TRIAL: trial,
      RESULTS: results,
      SLURM_CPUS_PER_TASK: '1',
    };
    for (let batch = 0; batch < 10; batch += 5)
      await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          exec('sh', ['examples/cluster/slurm-array.sh'], {
            env: { ...env, SLURM_ARRAY_TASK_ID: String(batch + i) },
          }),
        ),
      );
    mergedEqualsWhole(results, trial);
  }, 120_000);

  it('cluster/k8s-indexed-job.yaml: the container command for JOB_COMPLETION_INDEX 0–9 merged == unsharded', async () => {
    const yaml = readFileSync(join(root, 'examples/cluster/k8s-indexed-job.yaml'), 'utf8');
    expect(yaml).toMatch(/completionMode: Indexed/);
    const completions = Number(/completions: (\d+)/.exec(yaml)![1]);
    const script = /args:\n\s+- \|\n\s+(.+)\n/.exec(yaml)![1];
    expect(script).toContain(`--shard auto/${completions}`);
    // The ConfigMap's spec is examples/cluster/trial.json's.
    const configMapSpec = JSON.parse(/trial\.json: \|\n\s+(\{.*\})\n/.exec(yaml)![1]);
    const { name: _name, ...fileSpec } = JSON.parse(
      readFileSync(join(root, 'examples/cluster/trial.json'), 'utf8'),
    );
    expect(configMapSpec).toEqual(fileSpec);
    const trial = smallTrial();
    const results = join(tmp, 'k8s');
    spawnSync('mkdir', ['-p', results]);
    const env = { ...process.env, ...NO_INDEX, PATH: shimPath(), TRIAL: trial, RESULTS: results };
    for (let batch = 0; batch < completions; batch += 5)
      await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          exec('sh', ['-c', script], { env: { ...env, JOB_COMPLETION_INDEX: String(batch + i) } }),
        ),
      );
    mergedEqualsWhole(results, trial);
  }, 120_000);
});
