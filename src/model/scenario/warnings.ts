/**
 * Pass 3 of validation: clinically unusual but possible values, said plainly (warnings, not errors). The
 * simulator runs them — it is a teaching tool and "what if" is the point — but the learner is told.
 */
import { issue, type ScenarioIssue } from './errors.js';
import type { Scenario } from './schema.js';
import { drugLimit } from './drug-limits.js';
import { doseLimitWarnings } from './dose-warnings.js';
import { stabilityWarnings } from './stability-warnings.js';
import { complicationWarnings } from './complication-warnings.js';
import { resolveDevice } from './resolve.js';
import { DEVICE_PRESETS } from '../data/devices.js';

function concentrationWarnings(s: Scenario, out: ScenarioIssue[]): void {
  const lim = drugLimit(s.drug.name);
  const check = (path: string, c: number) => {
    if (lim.maxConcentrationUgPerMl !== undefined && c > lim.maxConcentrationUgPerMl) {
      out.push(
        issue(
          path,
          c,
          `is above the highest published concentration of ${s.drug.name} for pumps ` +
            `(${lim.maxConcentrationUgPerMl} µg/mL; ${lim.source})`,
          'warning',
          {
            code: 'concentration-published',
            params: { drug: s.drug.name, limit: lim.maxConcentrationUgPerMl, source: lim.source },
          },
        ),
      );
    }
    if (lim.maxLabelledConcentrationUgPerMl !== undefined && c > lim.maxLabelledConcentrationUgPerMl) {
      out.push(
        issue(
          path,
          c,
          `is above the highest labelled ${s.drug.name} concentration ` +
            `(${lim.maxLabelledConcentrationUgPerMl} µg/mL; ${lim.source}): it would have to be compounded`,
          'warning',
          {
            code: 'concentration-labelled',
            params: { drug: s.drug.name, limit: lim.maxLabelledConcentrationUgPerMl, source: lim.source },
          },
        ),
      );
    }
  };
  check('drug.concentrationUgPerMl', s.drug.concentrationUgPerMl);
  s.events.forEach((e, i) => {
    if (
      (e.type === 'refill' || e.type === 'pocket-fill' || e.type === 'replacement') &&
      e.concentrationUgPerMl !== undefined
    ) {
      check(`events.${i}.concentrationUgPerMl`, e.concentrationUgPerMl);
    }
  });
}

/** Baclofen is not given by patient-activated bolus (the dose limits of every path are in dose-warnings.ts). */
function baclofenWarnings(s: Scenario, out: ScenarioIssue[]): void {
  if (s.drug.name === 'baclofen' && s.program.patientBolus) {
    out.push(
      issue(
        'program.patientBolus',
        s.program.patientBolus,
        'patient-activated boluses are not used with baclofen (the Prometra PTC allows them for morphine only, ' +
          'Prometra II instructions)',
        'warning',
        { code: 'baclofen-patient-bolus', params: {} },
      ),
    );
  }
}

function deviceWarnings(s: Scenario, out: ScenarioIssue[]): void {
  const d = resolveDevice(s);
  const rate = s.program.rateMlPerDay;
  if (s.device.kind !== 'constant-rate' && rate !== undefined && rate > 0 && rate < d.minRateMlPerDay) {
    out.push(
      issue(
        'program.rateMlPerDay',
        rate,
        `is below the slowest rate usually quoted for this pump (${d.minRateMlPerDay} mL/day)`,
        'warning',
        { code: 'rate-below-min', params: { limit: d.minRateMlPerDay, unit: 'mL/day' } },
      ),
    );
  }
  s.events.forEach((e, i) => {
    if (e.type !== 'mri') return;
    if (s.device.kind === 'accumulator' && (s.device.generation ?? 2) === 1) {
      out.push(
        issue(
          `events.${i}`,
          e.atHours,
          'an MRI scan opens both valves of a first-generation accumulator pump: the reservoir and catheter ' +
            'contents go into the patient (the pump must be emptied first, Prometra instructions)',
          'warning',
          { code: 'mri-opens-valves', params: {} },
        ),
      );
    }
    if ((e.resumeDelayHours ?? 0) > 0 && DEVICE_PRESETS[d.presetId].mri.value !== 'stall-restart') {
      out.push(
        issue(
          `events.${i}.resumeDelayHours`,
          e.resumeDelayHours,
          'has no effect on this pump: a late restart after a scan is a fault of programmable pumps, whose motor the magnet stops',
          'warning',
          { code: 'mri-delay-no-effect', params: {} },
        ),
      );
    }
    if ((e.fieldT ?? 1.5) > 3) {
      out.push(
        issue(
          `events.${i}.fieldT`,
          e.fieldT,
          'no pump in this simulator is MRI-conditional above 3 T',
          'warning',
          { code: 'mri-field', params: { limit: 3, unit: 'T' } },
        ),
      );
    }
  });
  const t = [
    s.environment.bodyTemperatureC,
    ...(s.environment.timeline?.map((e) => e.bodyTemperatureC) ?? []),
  ];
  t.forEach((c) => {
    if (c !== undefined && (c > 41 || c < 32)) {
      out.push(
        issue('environment', c, `a body temperature of ${c} °C is life-threatening`, 'warning', {
          code: 'body-temperature',
          params: { amount: c, unit: '°C' },
        }),
      );
    }
  });
}

/** Warnings for values a clinician would question. Never throws. */
export function clinicalWarnings(s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  concentrationWarnings(s, out);
  doseLimitWarnings(s, out);
  baclofenWarnings(s, out);
  deviceWarnings(s, out);
  out.push(...stabilityWarnings(s));
  out.push(...complicationWarnings(s));
  return out;
}
