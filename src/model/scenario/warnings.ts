/**
 * Pass 3 of validation: clinically unusual but possible values, said plainly (warnings, not errors). The
 * simulator runs them — it is a teaching tool and "what if" is the point — but the learner is told.
 */
import { issue, type ScenarioIssue } from './errors.js';
import type { Scenario } from './schema.js';
import { drugLimit } from './drug-limits.js';
import { resolveDevice } from './resolve.js';

const round = (x: number): number => +x.toPrecision(4);

/** Largest basal rate the program asks for at any time, mL/day. */
function peakBasalRateMlPerDay(s: Scenario): number {
  const rates = [s.program.rateMlPerDay ?? 0, ...(s.program.flex?.steps.map((st) => st.rateMlPerDay) ?? [])];
  for (const e of s.events) {
    if (e.type !== 'reprogram') continue;
    rates.push(e.rateMlPerDay ?? 0, ...(e.flex?.steps.map((st) => st.rateMlPerDay) ?? []));
  }
  return Math.max(0, ...rates);
}

/** Largest daily dose the scenario can give, µg/day: peak basal plus every allowed patient bolus. */
export function peakDailyDoseUg(s: Scenario): number {
  const rate =
    s.device.kind === 'constant-rate' ? resolveDevice(s).nominalRateMlPerDay : peakBasalRateMlPerDay(s);
  const concentrations = [
    s.drug.concentrationUgPerMl,
    ...s.events.flatMap((e) =>
      (e.type === 'refill' || e.type === 'replacement') && e.concentrationUgPerMl
        ? [e.concentrationUgPerMl]
        : [],
    ),
  ];
  const c = Math.max(...concentrations);
  const pb = s.program.patientBolus;
  return rate * c + (pb ? pb.doseUg * pb.maxPerDay : 0);
}

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

function doseWarnings(s: Scenario, out: ScenarioIssue[]): void {
  const lim = drugLimit(s.drug.name);
  const dose = peakDailyDoseUg(s);
  if (lim.maxDailyDoseUg !== undefined && dose > lim.maxDailyDoseUg) {
    out.push(
      issue(
        'program',
        round(dose),
        `up to ${round(dose)} µg/day of ${s.drug.name} is above the published maximum daily dose ` +
          `(${lim.maxDailyDoseUg} µg/day; ${lim.source})`,
        'warning',
      ),
    );
  }
  if (s.drug.name === 'baclofen') {
    s.program.boluses?.forEach((b, i) => {
      const doseUg = (b.volumeUl ?? 0) * (s.drug.concentrationUgPerMl / 1000);
      if (b.kind === 'single' && doseUg > 100) {
        out.push(
          issue(
            `program.boluses.${i}.volumeUl`,
            b.volumeUl,
            `gives ${round(doseUg)} µg of baclofen in one bolus; screening boluses are usually 25–100 µg ` +
              '(Boster 2016)',
            'warning',
          ),
        );
      }
    });
    if (s.program.patientBolus) {
      out.push(
        issue(
          'program.patientBolus',
          s.program.patientBolus,
          'patient-activated boluses are not used with baclofen (the Prometra PTC allows them for morphine only, ' +
            'Prometra II instructions)',
          'warning',
        ),
      );
    }
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
      out.push(issue('environment', c, `a body temperature of ${c} °C is life-threatening`, 'warning'));
    }
  });
}

/** Warnings for values a clinician would question. Never throws. */
export function clinicalWarnings(s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  concentrationWarnings(s, out);
  doseWarnings(s, out);
  deviceWarnings(s, out);
  return out;
}
