// Beyond one machine: `trial` and `sweep` shards run as separate processes (the real binary), then
// `itp-sim merge` gives byte for byte what the unsharded run writes, as JSON and as CSV. auto/n reads the
// array-job index of Kubernetes, Slurm and AWS Batch; merge refuses missing, duplicate and foreign shards; the
// per-run cap applies per shard.
import { describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const dir = mkdtempSync(join(tmpdir(), 'itp-shard-'));
const exec = promisify(execFile);
const bin = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('node', ['bin/itp-sim.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env },
  });
/** n shards as n concurrent processes, each writing its JSON file. */
async function shards(args: string[], n: number, name: string): Promise<string[]> {
  const files = Array.from({ length: n }, (_, i) => join(dir, `${name}-${i + 1}.json`));
  await Promise.all(
    files.map((f, i) =>
      exec('node', ['bin/itp-sim.js', ...args, '--shard', `${i + 1}/${n}`, '--out', f, '--workers', '1']),
    ),
  );
  return files;
}

const trialFile = join(dir, 'trial.json');
writeFileSync(
  trialFile,
  JSON.stringify({ protocol: 'morphine-bolus', population: 'pain-chronic', cohortSize: 61, seed: 5 }),
);

describe('sharded trial', () => {
  it('3 shard processes merged == the unsharded run, byte for byte (JSON and CSV)', async () => {
    const whole = bin(['trial', trialFile, '--workers', '1']);
    const wholeCsv = bin(['trial', trialFile, '--workers', '1', '--format', 'csv']);
    expect(whole.status, whole.stderr).toBe(0);
    const files = await shards(['trial', trialFile], 3, 'trial');
    const parts = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
    expect(parts.map((p) => p.rows.length)).toEqual([20, 20, 21]);
    expect(parts.map((p) => p.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    // Any order of the files.
    const merged = bin(['merge', files[2], files[0], files[1]]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    const mergedCsv = bin(['merge', ...files, '--format', 'csv']);
    expect(mergedCsv.stdout).toBe(wholeCsv.stdout);
  }, 120_000);

  it('auto/n takes the 0-based index of Kubernetes, Slurm or AWS Batch, plus one', () => {
    const args = ['trial', trialFile, '--workers', '1', '--shard', 'auto/3'];
    for (const [name, zero] of [
      ['JOB_COMPLETION_INDEX', '0'],
      ['SLURM_ARRAY_TASK_ID', '1'],
      ['AWS_BATCH_JOB_ARRAY_INDEX', '2'],
    ]) {
      const env = {
        JOB_COMPLETION_INDEX: '',
        SLURM_ARRAY_TASK_ID: '',
        AWS_BATCH_JOB_ARRAY_INDEX: '',
        [name]: zero,
      };
      const r = bin(args, env);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).shard).toEqual({ index: Number(zero) + 1, count: 3 });
    }
    const none = bin(args, {
      JOB_COMPLETION_INDEX: '',
      SLURM_ARRAY_TASK_ID: '',
      AWS_BATCH_JOB_ARRAY_INDEX: '',
    });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('JOB_COMPLETION_INDEX');
    expect(bin(args, { JOB_COMPLETION_INDEX: '3' }).status).toBe(2);
    expect(bin(['trial', trialFile, '--shard', '0/3']).status).toBe(2);
    expect(bin(['trial', trialFile, '--shard', '4/3']).status).toBe(2);
  }, 120_000);

  it('merge refuses a missing shard, a duplicate, another seed and an unsharded file', async () => {
    const files = await shards(['trial', trialFile], 2, 'two');
    const [other] = await shards(['trial', trialFile, '--seed', '6'], 2, 'seed6');
    const whole = join(dir, 'whole.json');
    writeFileSync(whole, bin(['trial', trialFile, '--workers', '1']).stdout);
    const cases: [string[], string][] = [
      [[files[0]], 'shard 2 of 2 missing'],
      [[files[0], files[0], files[1]], 'are both shard 1/2'],
      [[other, files[1]], 'different trials'],
      [[whole, files[1]], 'not a shard'],
    ];
    for (const [argv, message] of cases) {
      const r = bin(['merge', ...argv]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(message);
    }
  }, 120_000);

  it('the 10000-patient cap applies per shard', () => {
    const big = bin(['trial', trialFile, '--cohort', '20001', '--shard', '2/2']);
    expect(big.status).toBe(1);
    expect(big.stderr).toContain('10001 patients in one run; the limit is 10000 per run');
    expect(bin(['trial', trialFile, '--cohort', '20000']).status).toBe(1);
  }, 60_000);
});

describe('sharded sweep', () => {
  it('3 shard processes merged == the unsharded sweep, byte for byte (JSON and CSV)', async () => {
    const args = [
      'sweep',
      '--preset',
      'baclofen-programmable',
      '--set',
      'durationDays=2',
      '--vary',
      'program.rateMlPerDay=0.1:0.7:7',
    ];
    const whole = bin([...args, '--workers', '1']);
    const wholeCsv = bin([...args, '--workers', '1', '--format', 'csv']);
    expect(whole.status, whole.stderr).toBe(0);
    const files = await shards(args, 3, 'sweep');
    expect(files.map((f) => JSON.parse(readFileSync(f, 'utf8')).rows.length)).toEqual([2, 2, 3]);
    expect(bin(['merge', ...files]).stdout).toBe(whole.stdout);
    expect(bin(['merge', ...files, '--format', 'csv']).stdout).toBe(wholeCsv.stdout);
    // The run cap applies per shard: 20000 runs in 2 shards is allowed, in 1 it is not.
    const huge = [...args.slice(0, -1), 'program.rateMlPerDay=0.1:0.7:100', '--vary', 'seed=1:200:200'];
    expect(bin(huge).status).toBe(2);
    expect(bin([...huge, '--shard', '1/1']).stderr).toContain('shard 1/1 has 20000 runs');
  }, 120_000);
});
