/**
 * Drug stability in the pump: a warning when one fill stays in an implanted pump longer than its drug's limit
 * (src/model/data/drug-stability.ts). Every interval is checked: the initial fill to the first refill, refill to
 * refill (a replacement is a new pump's first fill), and the last fill to the end of the run when the run outlasts
 * the limit with no refill. The 6-month figure was shown in the programmable pump [D1]; it is applied to every
 * implanted pump (for the others an estimate: no figure of their own was found). External pumps are not checked:
 * their reservoirs are not implanted for months. The run's initial fill is taken as a pump already in use (a
 * scenario does not say whether its pump is new); a replacement is a new pump, so a new-pump first-fill limit
 * (ziconotide) applies to it.
 */
import { issue, type IssueParams, type ScenarioIssue } from './errors.js';
import type { Scenario } from './schema.js';
import { fillTimeline } from './dose-warnings.js';
import { resolveDevice } from './resolve.js';
import { PUMP_STABILITY } from '../data/drug-stability.js';
import { citeText, type Sourced } from '../sources.js';
import { runTimeText } from '../time-text.js';
import { HOURS_PER_DAY } from '../units.js';

type Fill = ReturnType<typeof fillTimeline>[number];

const round = (x: number): number => +x.toPrecision(4);

/** The limit for one fill: a new pump's first fill, diluted solution, or the drug's own limit; null = none known. */
export function stabilityLimit(fill: Fill): Sourced | null {
  const st = PUMP_STABILITY[fill.drug];
  if (!st) return null;
  if (fill.event?.newPump && st.newPumpFirstFillDays) return st.newPumpFirstFillDays;
  if (st.diluted && !st.diluted.undilutedUgPerMl.includes(fill.concentrationUgPerMl))
    return st.diluted.maxDays;
  return st.maxDays;
}

const fillWords = (f: Fill): string =>
  !f.event ? 'the initial fill' : f.event.newPump ? "the new pump's first fill" : 'the refill';

export function stabilityWarnings(s: Scenario): ScenarioIssue[] {
  if (s.device.kind === 'external') return [];
  const out: ScenarioIssue[] = [];
  const endHours = s.durationDays * HOURS_PER_DAY;
  const fills = fillTimeline(s);
  fills.forEach((f, k) => {
    if (f.tHours >= endHours || (!f.event && !(resolveDevice(s).reservoirStartMl > 0))) return;
    const limit = stabilityLimit(f);
    if (!limit) return;
    const next = fills[k + 1];
    const closed = next?.event && next.tHours <= endHours ? next : null;
    const days = ((closed ? closed.tHours : endHours) - f.tHours) / HOURS_PER_DAY;
    if (days <= limit.value) return;
    const since = `${fillWords(f)} (${f.drug} ${round(f.concentrationUgPerMl)} µg/mL, ${runTimeText(f.tHours)})`;
    const beyond =
      `longer than ${f.drug} is known to keep in the pump: at most ${round(limit.value)} days, ` +
      citeText(limit.source).trim();
    const params: IssueParams = {
      what: !f.event ? 'initial' : f.event.newPump ? 'new-pump' : 'refilled',
      drug: f.drug,
      amount: round(days),
      limit: round(limit.value),
      from: f.tHours,
      to: round(f.concentrationUgPerMl),
      source: citeText(limit.source).trim(),
    };
    out.push(
      closed?.event
        ? issue(
            `events.${closed.event.index}.atHours`,
            closed.tHours,
            `this ${closed.event.newPump ? 'replacement' : 'refill'} comes ${round(days)} days after ${since}, ${beyond}`,
            'warning',
            { code: 'stability-interval', params: { ...params, flag: closed.event.newPump } },
          )
        : issue(
            'durationDays',
            s.durationDays,
            `${since} stays in the pump ${round(days)} days with no refill before the run ends, ${beyond}`,
            'warning',
            { code: 'stability-end', params },
          ),
    );
  });
  return out;
}
