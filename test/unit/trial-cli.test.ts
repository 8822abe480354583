// `itp-sim trial` in-process (runCli with captured output): presets and files, exit codes 0/1/2, the CSV layout,
// the progress bar, and the worker_threads TrialPool (built dist/node/worker.js) giving the same rows.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from '../helpers/cli.js';
import { TRIAL_CSV_COLUMNS } from '../../src/cli/tables.js';
import { trialDocument } from '../../src/model/documents.js';
import { toolInfo } from '../../src/runtime/node/version.js';
import { createNodeTrialPool, runTrialCohortNode } from '../../src/runtime/node/trials.js';

const dir = mkdtempSync(join(tmpdir(), 'itp-trial-'));
const WORKER_URL = new URL('../../dist/node/worker.js', import.meta.url);

function cli(argv: string[], withPool = false) {
  return runCliCaptured(
    argv,
    withPool ? { createTrialPool: (size) => createNodeTrialPool({ size, workerUrl: WORKER_URL }) } : {},
  );
}

describe('itp-sim trial', () => {
  it('runs a preset to CSV: a header, one row per patient, no comment lines; the published figure on stderr', async () => {
    const r = await cli([
      'trial',
      '--preset',
      'baclofen-bolus-spinal',
      '--cohort',
      '25',
      '--seed',
      '2',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0].split(',')).toEqual([...TRIAL_CSV_COLUMNS]);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(25);
    expect(rows.map((x) => Number(x[0]))).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(rows.every((x) => x.length === TRIAL_CSV_COLUMNS.length && !x.includes('NaN'))).toBe(true);
    expect(lines.some((l) => l.startsWith('#'))).toBe(false);
    expect(r.stderr).toContain('published 97.0 %');
    expect(r.stderr).toContain('25/25');
    expect(r.stderr).toMatch(/responders \d+\.\d %/);
  });

  it('reads a trial file and writes JSON that equals the library result, with the tool and version', async () => {
    const spec = { protocol: 'morphine-bolus', population: 'pain-chronic', cohortSize: 12, seed: 4 };
    const f = join(dir, 'trial.json');
    writeFileSync(f, JSON.stringify(spec));
    const r = await cli(['trial', f, '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.stringify(trialDocument(toolInfo(), await runTrialCohortNode(spec))));
    expect(JSON.parse(r.stdout).tool.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on usage errors and 1 on an invalid trial', async () => {
    expect((await cli(['trial'])).code).toBe(2);
    expect((await cli(['trial', '--preset', 'nope'])).code).toBe(2);
    expect((await cli(['trial', '--preset', 'morphine-bolus', '--cohort', '1.5'])).code).toBe(2);
    expect((await cli(['trial', '--preset', 'morphine-bolus', '--format', 'xml'])).code).toBe(2);
    const f = join(dir, 'bad.json');
    writeFileSync(f, JSON.stringify({ protocol: 'nope', population: 'pain-chronic', cohortSize: 0 }));
    const bad = await cli(['trial', f]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('protocol');
    expect(bad.stderr).toContain('cohortSize');
    expect((await cli(['trial', join(dir, 'missing.json')])).code).toBe(1);
  });

  it('gives the same rows on 2 worker threads as in this thread', async () => {
    const argv = ['trial', '--preset', 'baclofen-continuous', '--cohort', '40', '--seed', '3'];
    const pooled = await cli([...argv, '--workers', '2'], true);
    const inThread = await cli([...argv, '--workers', '1'], true);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout).toBe(inThread.stdout);
  }, 60_000);

  it('cancels a pooled cohort with an AbortError and the pool keeps working', async () => {
    const pool = await createNodeTrialPool({ size: 2, workerUrl: WORKER_URL });
    try {
      const ac = new AbortController();
      const spec = { protocol: 'baclofen-bolus', population: 'spasticity-spinal', cohortSize: 4000, seed: 1 };
      const p = pool.runCohort(spec, { signal: ac.signal, onProgress: (x) => x.done > 0 && ac.abort() });
      await expect(p).rejects.toMatchObject({ name: 'AbortError' });
      const again = await pool.runCohort({ ...spec, cohortSize: 10 });
      expect(again.summary.n).toBe(10);
    } finally {
      pool.dispose();
    }
  }, 60_000);
});
