// `itp-sim serve --stdio` as a subprocess without Python: answers in request order, errors with their issues, a
// malformed line answered with id null while the server goes on, exit 0 at the end of stdin.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function serve(lines: string[]) {
  const r = spawnSync('node', ['bin/itp-sim.js', 'serve', '--stdio'], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  return {
    ...r,
    answers: r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('itp-sim serve --stdio', () => {
  it('answers run, validate, trial, presets and version; survives malformed lines', () => {
    const r = serve([
      JSON.stringify({
        id: 'a',
        method: 'run',
        params: { preset: 'missed-refill', set: { durationDays: 1 } },
      }),
      '{"id": 2, "method": ',
      '[1, 2]',
      JSON.stringify({
        id: 3,
        method: 'validate',
        params: { preset: 'missed-refill', set: { durationDays: -1 } },
      }),
      JSON.stringify({
        id: 4,
        method: 'trial',
        params: { preset: 'morphine-bolus', cohortSize: 4, workers: 1 },
      }),
      JSON.stringify({
        id: 5,
        method: 'run',
        params: { preset: 'missed-refill', set: { '__proto__.x': 1 } },
      }),
      JSON.stringify({ id: 6, method: 'nope' }),
      JSON.stringify({ id: 7, method: 'version' }),
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.answers.map((a) => a.id)).toEqual(['a', null, null, 3, 4, 5, 6, 7]);
    const run = r.answers[0].result as { summary: { durationHours: number }; tool: { name: string } };
    expect([run.summary.durationHours, run.tool.name]).toEqual([24, 'intrathecal-pump-sim']);
    expect((r.answers[1].error as { message: string }).message).toMatch(/^not JSON/);
    const invalid = r.answers[3].result as { ok: boolean; errors: { path: string }[] };
    expect([invalid.ok, invalid.errors[0].path]).toEqual([false, 'durationDays']);
    expect((r.answers[4].result as { kind: string; rows: unknown[] }).rows).toHaveLength(4);
    expect((r.answers[5].error as { message: string }).message).toContain('not a valid field path');
    expect((r.answers[6].error as { message: string }).message).toContain('unknown method "nope"');
    expect((r.answers[7].result as { name: string }).name).toBe('intrathecal-pump-sim');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  }, 60_000);

  it('an invalid run answers with the issues, naming the field', () => {
    const r = serve([
      JSON.stringify({ id: 1, method: 'run', params: { preset: 'missed-refill', set: { durationDays: 0 } } }),
    ]);
    const error = r.answers[0].error as { message: string; issues: { path: string }[] };
    expect(error.message).toContain('durationDays = 0');
    expect(error.issues[0].path).toBe('durationDays');
  }, 60_000);
});
