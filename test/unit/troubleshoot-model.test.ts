// What each troubleshooting check shows (src/ui/elements/troubleshoot/troubleshoot-model.ts), computed from
// simulated runs of the complication stories: every story has a check that tells it apart from a working pump.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import {
  CHECKS,
  doseFirstLastDay,
  faultState,
  findings,
} from '../../src/ui/elements/troubleshoot/troubleshoot-model.js';
import { TROUBLESHOOT_STORIES } from '../../src/ui/elements/troubleshoot/troubleshoot.js';
import { TS } from '../../src/ui/elements/troubleshoot/troubleshoot-strings.js';

const checked = async (id: string) => {
  const s = presetScenario(id)!;
  const r = await simulate(s);
  return { r, f: findings(r, s) };
};

describe('troubleshooting checks', () => {
  it('a working pump: every check normal; the aspiration gives the dead volume to discard (50 cm × 2.6 + 20 µL)', async () => {
    const { f } = await checked('baclofen-programmable');
    expect(f.aspiration.shows).toBe(TS.aspiration.csf(150));
    expect(f.aspiration.shows).toMatch(/150 µL/);
    expect(f.rotor.shows).toBe(TS.rotor.turned);
    expect(f.contrast.shows).toBe(TS.contrast.normal);
    expect(f.imaging.shows).toBe(TS.imaging.normal);
  });

  it('granuloma: pump and aspiration look normal, imaging finds the mass', async () => {
    const { r, f } = await checked('catheter-granuloma');
    expect(f.reservoir.meaning).toBe(TS.reservoir.agrees);
    expect(f.aspiration.meaning).toBe(TS.aspiration.granulomaMeaning);
    expect(f.imaging.shows).toBe(TS.imaging.mass);
    const d = doseFirstLastDay(r);
    expect(d.lastUg).toBeLessThan(0.15 * d.firstUg);
  });

  it('kink and occlusion: a surplus at the refill with its volume, computed from the run', async () => {
    const kink = await checked('catheter-kink');
    expect(kink.f.reservoir.meaning).toBe(TS.reservoir.surplus);
    expect(kink.f.reservoir.shows).toMatch(/2\.[2-8] mL more/);
    expect(kink.f.aspiration.shows).toBe(TS.aspiration.slow);
    const occ = await checked('catheter-occlusion');
    expect(occ.f.reservoir.shows).toMatch(/[45]\.\d mL more/);
    expect(occ.f.contrast.shows).toBe(TS.contrast.blocked);
  });

  it('disconnection and migration: the reservoir agrees, no CSF on aspiration; contrast tells them apart', async () => {
    const dis = await checked('catheter-disconnection');
    const mig = await checked('catheter-migration');
    for (const x of [dis, mig]) {
      expect(x.f.reservoir.meaning).toBe(TS.reservoir.agrees);
      expect(x.f.aspiration.shows).toBe(TS.aspiration.noCsf);
    }
    expect(dis.f.contrast.shows).toBe(TS.contrast.connector);
    expect(mig.f.contrast.shows).toBe(TS.contrast.out);
  });

  it('pocket fill and access-port refill are told by the reservoir check', async () => {
    const port = await checked('access-port-injection');
    expect(port.f.reservoir.meaning).toBe(TS.reservoir.port);
  });

  it('every story has a check whose finding differs from the working pump', async () => {
    const normal = (await checked('baclofen-programmable')).f;
    for (const id of TROUBLESHOOT_STORIES.filter(
      (x) => x !== 'baclofen-programmable' && x !== 'pocket-fill',
    )) {
      const { f } = await checked(id);
      expect(
        CHECKS.some((c) => f[c].shows !== normal[c].shows),
        id,
      ).toBe(true);
    }
  });

  it('replays the log: a repaired fault is no longer in force', () => {
    const s = faultState([
      { tHours: 1, code: 'catheter-disconnection', severity: 'warning', message: '' },
      { tHours: 2, code: 'catheter-repaired', severity: 'info', message: '' },
    ]);
    expect(s.disconnected).toBe(false);
  });
});
