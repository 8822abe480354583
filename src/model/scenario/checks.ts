/**
 * Consistency checks between fields that a schema cannot express (pass 2 of validate.ts). Each returns
 * ScenarioIssues with the path, the value and a plain statement of the rule.
 */
import { issue, type ScenarioIssue } from './errors.js';
import type { Scenario } from './schema.js';
import { resolveDevice } from './resolve.js';
import { rangeText } from './fields.js';
import { checkReplacements } from './checks-replacement.js';
import { outputGrid } from './output-grid.js';
import { DRUGS } from '../data/drugs.js';

/** Output rows the engines will allocate; bounded so that no scenario can exhaust memory. */
export const MAX_OUTPUT_INTERVALS = 600_000;
export const MAX_OUTPUT_INTERVALS_WITH_DISTRIBUTION = 120_000;

/** Output rows of the run: whole intervals and a shorter last one for the rest (output-grid.ts). */
export function outputIntervalCount(s: Scenario): number {
  return outputGrid(s.durationDays * 24, s.outputIntervalMinutes / 60).nOut;
}

function checkOutput(s: Scenario, out: ScenarioIssue[]): void {
  const n = outputIntervalCount(s);
  const withDist = s.model.distribution !== false;
  const max = withDist ? MAX_OUTPUT_INTERVALS_WITH_DISTRIBUTION : MAX_OUTPUT_INTERVALS;
  if (n > max) {
    const minInterval = Math.ceil((s.durationDays * 1440) / max);
    out.push(
      issue(
        'outputIntervalMinutes',
        s.outputIntervalMinutes,
        `gives ${n} output rows over ${s.durationDays} days; the limit is ${max}` +
          `${withDist ? ' with the CSF distribution on' : ''}: use at least ${minInterval} min` +
          `${withDist ? ' or set model.distribution to false' : ''}`,
        'error',
        {
          code: 'output-rows',
          params: { count: n, amount: s.durationDays, limit: max, min: minInterval, flag: withDist },
        },
      ),
    );
  }
}

function checkProgram(s: Scenario, out: ScenarioIssue[]): void {
  const d = resolveDevice(s);
  const p = s.program;
  if (s.device.kind === 'constant-rate') {
    const set = (
      ['mode', 'rateMlPerDay', 'flex', 'boluses', 'patientBolus', 'patientBolusRequests'] as const
    ).filter((k) => p[k] !== undefined);
    for (const k of set) {
      out.push(
        issue(
          `program.${k}`,
          p[k],
          'a constant-rate (gas-driven) pump cannot be programmed: its flow is set by the device ' +
            '(device.nominalRateMlPerDay); the dose changes only with the concentration at refill',
          'error',
          { code: 'not-programmable', params: {} },
        ),
      );
    }
    return;
  }
  const mode = p.mode ?? 'continuous';
  if (mode === 'continuous' && p.rateMlPerDay === undefined) {
    out.push(
      issue(
        'program.rateMlPerDay',
        undefined,
        'is needed for mode "continuous" (the basal rate in mL/day)',
        'error',
        {
          code: 'needs-rate',
          params: {},
        },
      ),
    );
  }
  if (mode === 'flex' && !p.flex) {
    out.push(
      issue('program.flex', undefined, 'is needed for mode "flex" (a period and its steps)', 'error', {
        code: 'needs-flex',
        params: {},
      }),
    );
  }
  const rates: [string, number][] = [];
  if (p.rateMlPerDay !== undefined) rates.push(['program.rateMlPerDay', p.rateMlPerDay]);
  p.flex?.steps.forEach((st, i) => rates.push([`program.flex.steps.${i}.rateMlPerDay`, st.rateMlPerDay]));
  s.events.forEach((e, i) => {
    if (e.type !== 'reprogram') return;
    if (e.rateMlPerDay !== undefined) rates.push([`events.${i}.rateMlPerDay`, e.rateMlPerDay]);
    e.flex?.steps.forEach((st, j) =>
      rates.push([`events.${i}.flex.steps.${j}.rateMlPerDay`, st.rateMlPerDay]),
    );
    if ((e.mode ?? 'continuous') === 'continuous' && e.rateMlPerDay === undefined && e.mode !== undefined) {
      out.push(
        issue(`events.${i}.rateMlPerDay`, undefined, 'is needed to reprogram to mode "continuous"', 'error', {
          code: 'needs-rate-reprogram',
          params: {},
        }),
      );
    }
    if (e.mode === 'flex' && !e.flex)
      out.push(
        issue(`events.${i}.flex`, undefined, 'is needed for mode "flex"', 'error', {
          code: 'needs-flex-reprogram',
          params: {},
        }),
      );
  });
  for (const [path, rate] of rates) {
    if (rate > d.maxRateMlPerDay) {
      out.push(
        issue(
          path,
          rate,
          `is faster than this pump can deliver: its maximum is ${d.maxRateMlPerDay} mL/day ` +
            `(allowed ${rangeText(0, d.maxRateMlPerDay, 'mL/day')})`,
          'error',
          { code: 'rate-above-max', params: { min: 0, max: d.maxRateMlPerDay, unit: 'mL/day' } },
        ),
      );
    }
  }
  const checkFlexSteps = (base: string, flex: NonNullable<Scenario['program']['flex']>) => {
    flex.steps.forEach((st, i) => {
      if (st.startHours >= flex.periodHours) {
        out.push(
          issue(
            `${base}.steps.${i}.startHours`,
            st.startHours,
            `must be less than the period (${flex.periodHours} h)`,
            'error',
            { code: 'step-after-period', params: { limit: flex.periodHours, unit: 'h' } },
          ),
        );
      }
      if (i > 0 && st.startHours <= flex.steps[i - 1].startHours) {
        out.push(
          issue(
            `${base}.steps.${i}.startHours`,
            st.startHours,
            'steps must be in increasing order of start',
            'error',
            {
              code: 'steps-order',
              params: {},
            },
          ),
        );
      }
    });
    if (flex.steps[0].startHours !== 0) {
      out.push(
        issue(
          `${base}.steps.0.startHours`,
          flex.steps[0].startHours,
          'the first step must start at 0 h',
          'error',
          {
            code: 'first-step-zero',
            params: {},
          },
        ),
      );
    }
  };
  if (p.flex) checkFlexSteps('program.flex', p.flex);
  s.events.forEach((e, i) => {
    if (e.type === 'reprogram' && e.flex) checkFlexSteps(`events.${i}.flex`, e.flex);
  });
  if (p.patientBolusRequests?.length && !p.patientBolus) {
    out.push(
      issue(
        'program.patientBolusRequests',
        p.patientBolusRequests.length,
        'need program.patientBolus (dose, lockout, maximum per day)',
        'error',
        { code: 'needs-patient-bolus', params: {} },
      ),
    );
  }
}

function checkVolumes(s: Scenario, out: ScenarioIssue[]): void {
  const d = resolveDevice(s);
  const cap = d.reservoirMl;
  const within = (path: string, v: number | undefined, what: string, key: string) => {
    if (v !== undefined && v > cap) {
      out.push(
        issue(
          path,
          v,
          `${what} cannot exceed the reservoir (${cap} mL): allowed ${rangeText(0, cap, 'mL')}`,
          'error',
          {
            code: 'above-reservoir',
            params: { what: key, min: 0, max: cap, unit: 'mL' },
          },
        ),
      );
    }
  };
  within('device.reservoirStartMl', s.device.reservoirStartMl, 'the starting volume', 'start');
  within('device.lowReservoirAlarmMl', s.device.lowReservoirAlarmMl, 'the alarm threshold', 'alarm');
  within('device.refillThresholdMl', s.device.refillThresholdMl, 'the refill threshold', 'threshold');
  s.events.forEach((e, i) => {
    if (e.type === 'refill') within(`events.${i}.volumeMl`, e.volumeMl, 'a refill', 'refill');
  });
}

const BOTH = 'give altitudeFt or ambientPressureKpa, not both';

function checkTimes(s: Scenario, out: ScenarioIssue[]): void {
  const endHours = s.durationDays * 24;
  const late = (path: string, t: number) => {
    if (t > endHours) {
      out.push(
        issue(path, t, `is after the end of the run (${endHours} h): it will have no effect`, 'warning', {
          code: 'after-end',
          params: { to: endHours },
        }),
      );
    }
  };
  s.events.forEach((e, i) => late(`events.${i}.atHours`, e.atHours));
  s.program.boluses?.forEach((b, i) => late(`program.boluses.${i}.atHours`, b.atHours));
  s.program.patientBolusRequests?.forEach((r, i) =>
    late(`program.patientBolusRequests.${i}.atHours`, r.atHours),
  );
  s.patient.postureChanges?.forEach((c, i) => late(`patient.postureChanges.${i}.atHours`, c.atHours));
  s.environment.timeline?.forEach((e, i) => {
    late(`environment.timeline.${i}.atHours`, e.atHours);
    if (e.altitudeFt !== undefined && e.ambientPressureKpa !== undefined) {
      out.push(
        issue(`environment.timeline.${i}`, e, BOTH, 'error', { code: 'altitude-or-pressure', params: {} }),
      );
    }
    if (i > 0 && e.atHours < s.environment.timeline![i - 1].atHours) {
      out.push(
        issue(`environment.timeline.${i}.atHours`, e.atHours, 'entries must be in time order', 'error', {
          code: 'time-order',
          params: {},
        }),
      );
    }
  });
  if (s.environment.altitudeFt !== undefined && s.environment.ambientPressureKpa !== undefined) {
    out.push(
      issue('environment', s.environment, BOTH, 'error', { code: 'altitude-or-pressure', params: {} }),
    );
  }
}

/** Pass 2 of validation: returns errors (and a few warnings about inert fields). */
/** A hyperbaric formulation exists for bupivacaine only (the dextrose spinal solution [R64]). */
function checkFormulation(s: Scenario, out: ScenarioIssue[]): void {
  if (s.drug.formulation === 'hyperbaric' && !DRUGS[s.drug.name].hyperbaricDensityRelativeToCsf)
    out.push(
      issue(
        'drug.formulation',
        s.drug.formulation,
        `must be plain for ${DRUGS[s.drug.name].displayName.toLowerCase()}: only bupivacaine has a hyperbaric ` +
          'formulation here (or give drug.densityRelativeToCsf)',
        'error',
        { code: 'hyperbaric-plain', params: { drug: s.drug.name } },
      ),
    );
}

export function checkScenario(s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  checkOutput(s, out);
  checkFormulation(s, out);
  checkProgram(s, out);
  checkVolumes(s, out);
  checkTimes(s, out);
  checkReplacements(s, out);
  return out;
}
