// What the CLI writes (subprocess, the real binary): `run` JSON carries the input scenario and the tool version
// beside the result (the rest is resultToJson byte for byte), and run, sweep and trial CSVs share one style —
// a single camelCase header row, no comment lines, rows as long as the header.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../src/runtime/node/index.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { resultToJson } from '../../src/model/export.js';

const bin = (...args: string[]) =>
  spawnSync('node', ['bin/itp-sim.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('results carry their input and the tool', () => {
  it('run JSON: scenario (with the --set edit) and tool; without them it is resultToJson(result)', async () => {
    const r = bin('run', '--preset', 'missed-refill', '--set', 'durationDays=2');
    expect(r.status, r.stderr).toBe(0);
    const { scenario, tool, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(tool).toEqual({ name: 'intrathecal-pump-sim', version });
    expect(scenario).toEqual({ ...presetScenario('missed-refill'), durationDays: 2 });
    expect(JSON.stringify(rest)).toBe(resultToJson(await simulate(scenario)));
  }, 60_000);

  it('run --format csv --meta FILE: the CSV is the series, the sidecar carries the tool and the scenario', () => {
    const meta = join(mkdtempSync(join(tmpdir(), 'itp-meta-')), 'run.json');
    const r = bin(
      'run',
      '--preset',
      'missed-refill',
      '--set',
      'durationDays=1',
      '--format',
      'csv',
      '--meta',
      meta,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.startsWith('tHours,')).toBe(true);
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    expect([m.kind, m.tool.version, m.scenario.durationDays, m.summary.durationHours]).toEqual([
      'run',
      version,
      1,
      24,
    ]);
  }, 60_000);

  it('trial and sweep JSON name their kind, tool and input', () => {
    const t = JSON.parse(
      bin('trial', '--preset', 'morphine-bolus', '--cohort', '5', '--workers', '1').stdout,
    );
    expect([t.kind, t.tool.version, t.spec.cohortSize]).toEqual(['trial', version, 5]);
    const s = JSON.parse(
      bin('sweep', '--preset', 'missed-refill', '--set', 'durationDays=1', '--vary', 'seed=1,2').stdout,
    );
    expect([s.kind, s.tool.version, s.scenario.durationDays, s.runs]).toEqual(['sweep', version, 1, 2]);
  }, 60_000);
});

describe('one CSV style', () => {
  it.each([
    ['run', ['run', '--preset', 'missed-refill', '--set', 'durationDays=1', '--format', 'csv']],
    [
      'sweep',
      [
        'sweep',
        '--preset',
        'missed-refill',
        '--set',
        'durationDays=1',
        '--vary',
        'seed=1,2',
        '--format',
        'csv',
      ],
    ],
    ['trial', ['trial', '--preset', 'morphine-bolus', '--cohort', '5', '--workers', '1', '--format', 'csv']],
  ])(
    '%s: one camelCase header row, no comment lines, rectangular',
    (_name, argv) => {
      const r = bin(...argv);
      expect(r.status, r.stderr).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.some((l) => l.startsWith('#'))).toBe(false);
      const header = lines[0].split(',');
      for (const h of header) expect(h).toMatch(/^[a-z][A-Za-z0-9]*([._][A-Za-z0-9]+)*$/);
      for (const l of lines.slice(1)) expect(l.split(',')).toHaveLength(header.length);
    },
    60_000,
  );
});
