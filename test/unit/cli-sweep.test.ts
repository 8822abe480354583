// `itp-sim sweep` as a subprocess (the real binary): the grid size checked before it is built, no prototype
// pollution through --vary, the workers cap, list / log / level-range grids with rounded values, outcome
// columns, one CSV style, NDJSON rows written while the sweep runs, and --meta with the tool and the scenario.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSweep } from '../../src/runtime/node/sweep.js';
import { presetScenario } from '../../src/model/scenario/presets.js';

const dir = mkdtempSync(join(tmpdir(), 'itp-sweep-'));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('node', ['bin/itp-sim.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
const base = ['sweep', '--preset', 'baclofen-programmable', '--set', 'durationDays=1'];

describe('itp-sim sweep: limits and hostile input', () => {
  it('refuses a 10⁸-run grid at once, naming the cap, without building it (was 4.9 GB then out of memory)', () => {
    const t0 = Date.now();
    const r = run([...base, '--vary', 'seed=0:1:10000', '--vary', 'seed=0:1:10000'], {
      NODE_OPTIONS: '--max-old-space-size=256',
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('100000000 runs');
    expect(r.stderr).toContain('the limit is 10000 runs');
    expect(Date.now() - t0).toBeLessThan(20_000);
  }, 60_000);

  it('refuses --vary __proto__.x (as --set does) and leaves Object.prototype alone', async () => {
    const r = run([...base, '--vary', '__proto__.polluted=0:1:2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"__proto__.polluted" is not a valid field path');
    expect(run([...base, '--vary', 'constructor.prototype.x=1,2']).status).toBe(2);
    // The library path (runSweep) goes through the same setter.
    await expect(
      runSweep(presetScenario('baclofen-programmable'), [{ path: '__proto__.polluted', values: [1] }]),
    ).rejects.toThrow('not a valid field path');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('caps --workers at twice the cores with a warning', () => {
    const r = run([...base, '--vary', 'program.rateMlPerDay=0.1,0.2', '--workers', '256']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/--workers 256 is more than twice the \d+ cores of this machine; using \d+/);
  }, 60_000);
});

describe('itp-sim sweep: grids and output', () => {
  it('lists, log spacing and vertebral level ranges; values rounded; outcome columns in the CSV', () => {
    const r = run([
      'sweep',
      '--preset',
      'morphine-cancer-pain',
      '--set',
      'durationDays=1',
      '--vary',
      'patient.catheterTipLevel=T8..T10',
      '--vary',
      'device.strokeVolumeUl=0.25:4:log3',
      '--vary',
      'program.rateMlPerDay=0.1,0.3',
      '--format',
      'csv',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const [header, ...lines] = r.stdout.trimEnd().split('\n');
    const cols = header.split(',');
    expect(cols.slice(0, 4)).toEqual([
      'run',
      'patient.catheterTipLevel',
      'device.strokeVolumeUl',
      'program.rateMlPerDay',
    ]);
    expect(cols).toContain('deliveredDoseUg');
    expect(cols.filter((c) => c.startsWith('outcomes.')).length).toBeGreaterThan(3);
    expect(lines).toHaveLength(3 * 3 * 2);
    const rows = lines.map((l) => l.split(','));
    expect([...new Set(rows.map((x) => x[1]))]).toEqual(['T8', 'T9', 'T10']);
    expect([...new Set(rows.map((x) => x[2]))]).toEqual(['0.25', '1', '4']);
    expect(rows.map((x) => Number(x[0]))).toEqual(Array.from({ length: 18 }, (_, i) => i));
    expect(r.stdout).not.toMatch(/^#/m);
  }, 60_000);

  it('rounds a linear grid to its decimals (0.1:0.7:7 gives 0.3, 0.6, 0.7, never 0.30000000000000004)', () => {
    const r = run([...base, '--vary', 'program.rateMlPerDay=0.1:0.7:7', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.rows.map((x: { vary: Record<string, number> }) => x.vary['program.rateMlPerDay'])).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7,
    ]);
    expect(doc.kind).toBe('sweep');
    expect(doc.tool).toEqual({ name: 'intrathecal-pump-sim', version: expect.stringMatching(/^\d/) });
    expect(doc.scenario.durationDays).toBe(1);
  }, 60_000);

  it('NDJSON: rows are in FILE.partial before the sweep ends, FILE at the end; --meta carries the tool and scenario', async () => {
    const out = join(dir, 'rows.ndjson');
    const meta = join(dir, 'meta.json');
    const child = spawn('node', [
      'bin/itp-sim.js',
      'sweep',
      '--preset',
      'baclofen-programmable',
      '--set',
      'durationDays=120',
      '--vary',
      'program.rateMlPerDay=0.1:0.8:8',
      '--workers',
      '1',
      '--format',
      'ndjson',
      '--out',
      out,
      '--meta',
      meta,
    ]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Poll: a first complete row must appear while the process is still running.
    let seenWhileRunning = false;
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      if (existsSync(`${out}.partial`) && readFileSync(`${out}.partial`, 'utf8').includes('\n')) {
        seenWhileRunning = !done;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(await exited, stderr).toBe(0);
    expect(seenWhileRunning).toBe(true);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const rows = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => x.run).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    expect(m.tool.name).toBe('intrathecal-pump-sim');
    expect(m.scenario.durationDays).toBe(120);
    expect(m.rowCount).toBe(8);
  }, 120_000);

  it('NDJSON killed mid-sweep: FILE keeps its old content, the finished rows stay in FILE.partial', async () => {
    const out = join(dir, 'killed.ndjson');
    writeFileSync(out, 'old\n');
    const child = spawn('node', [
      'bin/itp-sim.js',
      ...['sweep', '--preset', 'baclofen-programmable', '--set', 'durationDays=365'],
      ...['--vary', 'program.rateMlPerDay=0.1:0.8:40', '--workers', '1', '--format', 'ndjson', '--out', out],
    ]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 2400; i++) {
      if (existsSync(`${out}.partial`) && readFileSync(`${out}.partial`, 'utf8').includes('\n')) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill('SIGTERM');
    await exited;
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    const rows = readFileSync(`${out}.partial`, 'utf8').trimEnd().split('\n');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
  }, 120_000);
});
