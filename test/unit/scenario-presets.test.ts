// Every preset is a real, valid scenario; the ids are the contract the UI and the lessons use.
import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, findPreset, presetScenario } from '../../src/model/scenario/presets.js';
import { validateScenario } from '../../src/model/scenario/validate.js';

describe('presets', () => {
  it('has exactly the contracted ids, each once, with a title and a one-line description', () => {
    expect(PRESETS.map((p) => p.id).sort()).toEqual([...PRESET_IDS].sort());
    for (const p of PRESETS) {
      expect(p.title.length).toBeGreaterThan(5);
      expect(p.description.length).toBeGreaterThan(20);
      expect(p.description).not.toContain('\n');
    }
  });

  it.each(PRESET_IDS)('%s validates without errors', (id) => {
    const v = validateScenario(findPreset(id)!.scenario);
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
    expect(v.ok).toBe(true);
  });

  it('only the intended presets carry clinical warnings, and they say why', () => {
    const warned = Object.fromEntries(
      PRESET_IDS.map((id) => [id, validateScenario(findPreset(id)!.scenario)]).map(([id, v]) => [
        id,
        typeof v === 'object' && v.ok ? v.warnings.map((w) => w.message) : [],
      ]),
    );
    expect(Object.keys(warned).filter((id) => warned[id].length > 0)).toEqual([
      'mri-accumulator',
      'pocket-fill',
      'catheter-granuloma',
      'access-port-injection',
      'wrong-concentration',
    ]);
    expect(warned['catheter-granuloma'].join(' ')).toMatch(/inflammatory mass \(granuloma\)/);
    expect(warned['access-port-injection'].join(' ')).toMatch(/catheter into the CSF within minutes/);
    expect(warned['wrong-concentration'].join(' ')).toMatch(/4 times what the program intends/);
    expect(warned['pocket-fill'][0]).toMatch(/puts 40000 µg of baclofen under the skin/);
    expect(warned['mri-accumulator'][0]).toMatch(/reservoir and catheter contents go into the patient/);
  });

  it('presetScenario returns an independent copy', () => {
    const a = presetScenario('baclofen-programmable')!;
    a.durationDays = 1;
    expect(findPreset('baclofen-programmable')!.scenario.durationDays).toBe(90);
    expect(presetScenario('nope')).toBeUndefined();
  });
});
