/**
 * Warnings about catheter complications and refill errors a scenario sets up: an opioid concentration or dose in
 * the range linked with inflammatory masses at the catheter tip [D24, D25], a refill filled at another
 * concentration than prescribed, a refill needle in the catheter access port.
 */
import { issue, type ScenarioIssue } from './errors.js';
import type { Scenario } from './schema.js';
import { drugLimit } from './drug-limits.js';
import { citeText } from '../sources.js';

/** Opioids the granuloma reports name (morphine, hydromorphone [D24, D25]). */
const GRANULOMA_OPIOIDS: readonly string[] = ['morphine', 'hydromorphone'];

const round = (x: number): number => +x.toPrecision(3);

function granulomaRisk(s: Scenario, out: ScenarioIssue[]): void {
  if (!GRANULOMA_OPIOIDS.includes(s.drug.name)) return;
  const lim = drugLimit(s.drug.name);
  const c = s.drug.concentrationUgPerMl;
  const dailyUg = (s.program.rateMlPerDay ?? 0) * c;
  const highC = lim.maxConcentrationUgPerMl !== undefined && c > lim.maxConcentrationUgPerMl;
  const highDose = lim.maxDailyDoseUg !== undefined && dailyUg > lim.maxDailyDoseUg;
  if (!highC && !highDose) return;
  out.push(
    issue(
      highC ? 'drug.concentrationUgPerMl' : 'program.rateMlPerDay',
      highC ? c : s.program.rateMlPerDay,
      `${s.drug.name} at a high concentration and daily dose is linked with an inflammatory mass (granuloma) at ` +
        `the catheter tip: watch for a loss of effect on an unchanged program (${citeText('[D24, D25]').trim()})`,
      'warning',
      { code: 'granuloma', params: { drug: s.drug.name, source: citeText('[D24, D25]').trim() } },
    ),
  );
}

function refillErrors(s: Scenario, out: ScenarioIssue[]): void {
  let c = s.drug.concentrationUgPerMl;
  s.events.forEach((e, i) => {
    if (e.type !== 'refill') return;
    c = e.concentrationUgPerMl ?? c;
    const rx = e.prescribedConcentrationUgPerMl;
    if (rx !== undefined && rx !== c) {
      out.push(
        issue(
          `events.${i}.concentrationUgPerMl`,
          c,
          `was filled instead of the prescribed ${round(rx)} µg/mL: every dose of this fill is ${round(c / rx)} times ` +
            'what the program intends',
          'warning',
          { code: 'wrong-concentration', params: { limit: round(rx), amount: round(c / rx) } },
        ),
      );
    }
    if (e.into === 'catheter-access-port') {
      out.push(
        issue(
          `events.${i}.into`,
          e.into,
          `sends the whole refill (${round(e.volumeMl * c)} µg) down the catheter into the CSF within minutes, an ` +
            'overdose, while the reservoir keeps only its old contents',
          'warning',
          { code: 'catheter-port-refill', params: { amount: round(e.volumeMl * c) } },
        ),
      );
    }
  });
}

export function complicationWarnings(s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  granulomaRisk(s, out);
  refillErrors(s, out);
  return out;
}
