// Trial specs are strict like scenarios (issue 17): `criteria.intolerableSideeffect` (a typo) was ignored and
// changed the responder rate from 29 % to 78.5 %; now every unknown field is an error naming its full path.
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSpec, TrialSpecError } from '../../src/model/trials/spec.js';
import { runCliCaptured } from '../helpers/cli.js';

const paths = (input: unknown): string[] => {
  try {
    resolveSpec(input);
  } catch (e) {
    if (e instanceof TrialSpecError) return e.issues.map((i) => i.path).sort();
    throw e;
  }
  return [];
};

const base = { protocol: 'morphine-continuous', population: 'pain-chronic', cohortSize: 10 };

describe('trial spec strictness', () => {
  it('rejects unknown fields at every level, each with its path', () => {
    expect(paths({ ...base, criteria: { intolerableSideeffect: 0.3 } })).toEqual([
      'criteria.intolerableSideeffect',
    ]);
    expect(paths({ ...base, cohortsize: 10, seeed: 2 })).toEqual(['cohortsize', 'seeed']);
    expect(
      paths({
        ...base,
        criteria: { efficacy: { kind: 'relative-reduction', thresholdPct: 30, thresholdpct: 50 } },
      }),
    ).toEqual(['criteria.efficacy.thresholdpct']);
    expect(paths({ ...base, criteria: { intolerableSideEffect: 0.3 } })).toEqual([]);
  });

  it('itp-sim trial exits 1 and names the misspelt field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'itp-trial-'));
    const file = join(dir, 'trial.json');
    await writeFile(file, JSON.stringify({ ...base, criteria: { intolerableSideeffect: 0.3 } }));
    const r = await runCliCaptured(['trial', file, '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('criteria.intolerableSideeffect: is not a field of a trial spec');
    expect(r.stdout).toBe('');
  });
});
