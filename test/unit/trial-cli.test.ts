// `itp-sim trial`: arguments to a spec, exit codes, the CSV layout, and a real small cohort end to end.
import { describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS, specFromArgs, toCsv, trialAction, UsageError } from '../../src/cli/commands/trial.js';
import { TrialSpecError } from '../../src/core/trials/spec.js';

function capture() {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return {
    get out() {
      return out;
    },
    get err() {
      return err;
    },
    restore() {
      o.mockRestore();
      e.mockRestore();
    },
  };
}

describe('itp-sim trial', () => {
  it('builds a spec from a preset with --cohort and --seed, and rejects bad usage', async () => {
    expect(
      await specFromArgs(undefined, { preset: 'morphine-bolus', cohort: '12', seed: '4' }),
    ).toMatchObject({
      protocol: 'morphine-bolus',
      cohortSize: 12,
      seed: 4,
    });
    await expect(specFromArgs(undefined, {})).rejects.toBeInstanceOf(UsageError);
    await expect(specFromArgs(undefined, { preset: 'nope' })).rejects.toBeInstanceOf(UsageError);
    await expect(specFromArgs(undefined, { preset: 'morphine-bolus', cohort: '1.5' })).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(
      specFromArgs(undefined, { preset: 'morphine-bolus', cohort: '20000' }),
    ).rejects.toBeInstanceOf(TrialSpecError);
  });

  it('exits 2 on usage errors and 1 on an invalid trial file', async () => {
    const c = capture();
    try {
      expect(await trialAction(undefined, { preset: 'morphine-bolus', format: 'xml' })).toBe(2);
      expect(await trialAction('/nonexistent/trial.json', {})).toBe(1);
      expect(c.err).toContain('--format must be json or csv');
      expect(c.out).toBe('');
    } finally {
      c.restore();
    }
  });

  it('runs a cohort and writes one CSV row per patient with a progress bar on stderr', async () => {
    const c = capture();
    try {
      expect(
        await trialAction(undefined, {
          preset: 'baclofen-bolus-spinal',
          cohort: '25',
          seed: '2',
          format: 'csv',
        }),
      ).toBe(0);
    } finally {
      c.restore();
    }
    const lines = c.out.trim().split('\n');
    const header = lines.findIndex((l) => l.startsWith('patient_id'));
    expect(lines[header].split(',')).toEqual([...CSV_COLUMNS]);
    const rows = lines.slice(header + 1).map((l) => l.split(','));
    expect(rows).toHaveLength(25);
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(lines.some((l) => l.startsWith('# published 97 %'))).toBe(true);
    expect(c.err).toContain('25/25 patients');
    expect(c.err).toMatch(/responders \d+\.\d %/);
  });

  it('formats CSV without a trailing comma or NaN', () => {
    const csv = toCsv({
      spec: { name: 't', protocol: 'morphine-bolus', population: 'pain-chronic', cohortSize: 1, seed: 1 },
      protocolTitle: 'P',
      populationTitle: 'Q',
      criterion: 'c',
      published: [],
      summary: {
        n: 1,
        responders: { k: 1, n: 1, p: 1, lo: 0.2, hi: 1 },
      } as never,
      rows: [
        {
          id: 0,
          implant: true,
          code: 'responded',
          bestImprovementPct: 62.5,
          peakSideEffect: 0.1,
          dosesGiven: [200],
          respondingDose: 200,
          longTermBenefit: false,
          longTermImprovementPct: 37.5,
        },
      ],
    });
    expect(csv.trim().split('\n').at(-1)).toBe('0,1,responded,62.50,0.1000,200,200,0,37.50');
    expect(csv).not.toContain('NaN');
  });
});
