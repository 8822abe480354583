// The real `itp-sim` binary (bin/itp-sim.js → dist/node/cli.js): exit codes, every preset runs, and a
// parallel sweep on worker_threads with a progress bar on stderr.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (...args: string[]) =>
  spawnSync('node', ['bin/itp-sim.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

describe('itp-sim binary', () => {
  it('exit codes: 0 help, 2 usage error, 1 invalid input', () => {
    expect(run('--help').status).toBe(0);
    expect(run('run', '--nope').status).toBe(2);
    const bad = run('run', '--preset', 'baclofen-programmable', '--set', 'durationDays=-1');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('durationDays = -1: must be a number greater than 0 and at most 3653 days');
  }, 30_000);

  it('runs presets of each device kind (every preset runs in cli-commands.test.ts, in-process)', () => {
    for (const id of [
      'baclofen-programmable',
      'mri-accumulator-gen2',
      'baclofen-constant-rate',
      'baclofen-bolus-screening',
    ]) {
      const r = run('run', '--preset', id);
      expect(r.status, `${id}: ${r.stderr}`).toBe(0);
      const result = JSON.parse(r.stdout);
      expect(result.series.tHours.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it('sweeps in parallel on worker threads', () => {
    const r = run(
      'sweep',
      '--preset',
      'catheter-dead-space',
      '--vary',
      'program.rateMlPerDay=0.1:0.4:4',
      '--workers',
      '2',
    );
    expect(r.status, r.stderr).toBe(0);
    const { rows } = JSON.parse(r.stdout) as {
      rows: { vary: Record<string, number>; summary: { deliveredVolumeMl: number } }[];
    };
    // Rounded to the grid's decimals (was 0.30000000000000004).
    expect(rows.map((x) => x.vary['program.rateMlPerDay'])).toEqual([0.1, 0.2, 0.3, 0.4]);
    // More rate, more delivered (7 days, after the same catheter dead space).
    for (let i = 1; i < rows.length; i++)
      expect(rows[i].summary.deliveredVolumeMl).toBeGreaterThan(rows[i - 1].summary.deliveredVolumeMl);
    expect(r.stderr).toContain('4/4 100%');
  }, 60_000);
});
