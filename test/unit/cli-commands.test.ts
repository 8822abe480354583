// itp-sim in-process (runCli with captured output): every command, --help everywhere, exit codes 0/1/2,
// --set edits, CSV columns, sweep over an in-thread pool. test/unit/cli-bin.test.ts runs the real binary.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from '../helpers/cli.js';
import { presetScenario, PRESET_IDS } from '../../src/model/scenario/presets.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { parseVary, gridRow, gridSize } from '../../src/model/sweep/grid.js';

const dir = mkdtempSync(join(tmpdir(), 'itp-cli-'));

function cli(...argv: string[]) {
  return runCliCaptured(argv);
}

function scenarioFile(name: string, doc: unknown): string {
  const f = join(dir, name);
  writeFileSync(f, JSON.stringify(doc));
  return f;
}

describe('itp-sim commands', () => {
  it('--help works on the program and on every command (exit 0)', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    for (const c of COMMANDS) {
      expect(top.stdout).toContain(c.name);
      const h = await cli(c.name, '--help');
      expect(h.code).toBe(0);
      expect(h.stdout).toMatch(new RegExp(`Usage: itp-sim ${c.name}`));
    }
  });

  it('usage errors exit 2: unknown command, unknown option, bad --set, unknown preset, missing input', async () => {
    for (const argv of [
      ['frobnicate'],
      ['run', '--preset', 'baclofen-programmable', '--bogus'],
      ['run', '--preset', 'baclofen-programmable', '--set', 'noequals'],
      ['run', '--preset', 'no-such-preset'],
      ['run'],
      ['run', '--preset', 'baclofen-programmable', '--format', 'xml'],
      ['sweep', '--preset', 'baclofen-programmable'],
      ['sweep', '--preset', 'baclofen-programmable', '--vary', 'durationDays=1:2'],
      [],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
    }
    expect((await cli('run', '--preset', 'nope')).stderr).toContain(
      'unknown preset "nope"; presets: baclofen-programmable',
    );
  });

  it('validate: exit 0 for a valid file, 1 with every error for an invalid one, 1 for bad JSON', async () => {
    const ok = await cli('validate', scenarioFile('ok.json', presetScenario('morphine-cancer-pain')));
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toMatch(/valid/);
    const bad = { ...presetScenario('baclofen-programmable')!, durationDays: 0, outputIntervalMinutes: -5 };
    const r = await cli('validate', scenarioFile('bad.json', bad));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error: durationDays = 0: must be a number greater than 0 and at most 3653 days',
    );
    expect(r.stderr).toContain('error: outputIntervalMinutes = -5: must be a number from 1 to 10080 min');
    writeFileSync(join(dir, 'broken.json'), '{ "schemaVersion": 1, ');
    expect((await cli('validate', join(dir, 'broken.json'))).code).toBe(1);
    expect((await cli('validate', join(dir, 'missing.json'))).code).toBe(1);
  });

  it('presets lists every preset id; --json gives id, title, description', async () => {
    const r = await cli('presets', '--json');
    const list = JSON.parse(r.stdout) as { id: string }[];
    expect(list.map((p) => p.id)).toEqual([...PRESET_IDS]);
    expect((await cli('presets')).stdout).toContain('battery-end-of-service');
  });

  it('schema prints the JSON Schema', async () => {
    const r = await cli('schema');
    expect(JSON.parse(r.stdout).properties.device).toBeDefined();
  });

  it('run --preset --set writes JSON; --format csv writes one row per output time with unit-named columns', async () => {
    const j = await cli(
      'run',
      '--preset',
      'baclofen-programmable',
      '--set',
      'durationDays=2',
      '--set',
      'program.rateMlPerDay=0.4',
    );
    expect(j.code).toBe(0);
    const result = JSON.parse(j.stdout);
    expect(result.series.tHours).toHaveLength(48);
    expect(result.summary.durationHours).toBe(48);
    const out = join(dir, 'r.csv');
    const c = await cli(
      'run',
      '--preset',
      'baclofen-programmable',
      '--set',
      'durationDays=1',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(c).toMatchObject({ code: 0, stdout: '' });
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(25);
    expect(lines[0].split(',').slice(0, 5)).toEqual([
      'tHours',
      'tipVolumeUl',
      'tipDoseUg',
      'reservoirMl',
      'programmedCumulativeMl',
    ]);
    expect(Number(lines[24].split(',')[0])).toBe(24);
  });

  it('runs every preset (CSV to a file)', async () => {
    for (const id of PRESET_IDS) {
      const out = join(dir, `${id}.csv`);
      const r = await cli('run', '--preset', id, '--format', 'csv', '--out', out);
      expect(r.code, `${id}: ${r.stderr}`).toBe(0);
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
      const p = presetScenario(id)!;
      expect(lines.length - 1).toBe(Math.round((p.durationDays * 1440) / (p.outputIntervalMinutes ?? 60)));
    }
  }, 60_000);

  it('run with an invalid --set value exits 1 naming the field', async () => {
    const r = await cli('run', '--preset', 'baclofen-programmable', '--set', 'program.rateMlPerDay=-1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('program.rateMlPerDay = -1: must be a number from 0 to 2400 mL/day');
  });

  it('sweep runs the grid (2 × 3 runs) with a progress bar on stderr', async () => {
    const r = await cli(
      'sweep',
      '--preset',
      'baclofen-programmable',
      '--set',
      'durationDays=1',
      '--vary',
      'program.rateMlPerDay=0.1:0.3:3',
      '--vary',
      'device.strokeVolumeUl=1:2:2',
      '--format',
      'csv',
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^run,program\.rateMlPerDay,device\.strokeVolumeUl,durationHours,/);
    expect(lines).toHaveLength(7);
    expect(r.stderr).toMatch(/sweep \[#+\] 6\/6 100%/);
  });

  it('parseVary and the grid (first --vary slowest)', () => {
    expect(parseVary('a.b=0:1:5').values).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(parseVary('x=3:9:1').values).toEqual([3]);
    const g = [parseVary('a=0:1:2'), parseVary('b=5:6:2')];
    expect(Array.from({ length: gridSize(g) }, (_, k) => gridRow(g, k))).toEqual([
      [0, 5],
      [0, 6],
      [1, 5],
      [1, 6],
    ]);
  });
});
