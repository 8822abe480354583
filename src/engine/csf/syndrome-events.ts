/**
 * What the patient showed, as events a learner can read next to the pump's: withdrawal (early, full, severe),
 * sedation and overdose, read from the effect series of a run (assembly/csf/adapt.ts and pd.ts make them). An
 * event is reported when a series rises into a band, and again only after it fell below HYSTERESIS × the band's
 * threshold, so a series hovering at a threshold does not flood the list. The signs are those of the sources:
 * baclofen [R72, R100], onset over 24–72 h [R73]; the bands are estimates (src/model/data/adaptation.ts).
 */
import type { SimEvent } from '../../model/result.js';
import type { Effects } from '../../model/series.js';
import type { DrugName } from '../../model/data/drugs.js';
import { DRUGS } from '../../model/data/drugs.js';
import { HYSTERESIS, SYNDROME_THRESHOLDS as T } from '../../model/data/adaptation.js';

type Band = { code: string; severity: SimEvent['severity']; threshold: number; series: keyof Effects };
type DrugClass = 'baclofen' | 'opioid' | 'other';

const BANDS: Band[] = [
  {
    code: 'withdrawal-early',
    severity: 'warning',
    threshold: T.withdrawalEarly.value,
    series: 'withdrawalFraction',
  },
  { code: 'withdrawal', severity: 'alarm', threshold: T.withdrawal.value, series: 'withdrawalFraction' },
  {
    code: 'withdrawal-severe',
    severity: 'alarm',
    threshold: T.withdrawalSevere.value,
    series: 'withdrawalFraction',
  },
  { code: 'oversedation', severity: 'warning', threshold: T.sedated.value, series: 'sedationFraction' },
  {
    code: 'overdose',
    severity: 'alarm',
    threshold: T.overdoseBreathing.value,
    series: 'respiratoryDepressionFraction',
  },
];

/** Plain-language messages per drug class (the UI's labels of the codes are in src/ui/i18n/strings.ts). */
const MESSAGES: Record<DrugClass, Record<string, string>> = {
  baclofen: {
    'withdrawal-early': 'Baclofen withdrawal starting: spasticity returning, itching, a faster pulse.',
    withdrawal:
      'Baclofen withdrawal: rebound spasticity, fever, unstable blood pressure and pulse, confusion.',
    'withdrawal-severe':
      'Severe baclofen withdrawal: high fever, rigidity, drowsiness; risk of muscle breakdown (rhabdomyolysis) and death. An emergency.',
    oversedation: 'Baclofen overdose signs: drowsiness, weak muscles.',
    overdose: 'Baclofen overdose: deep drowsiness, slowed breathing. An emergency.',
  },
  opioid: {
    'withdrawal-early': 'Opioid withdrawal starting: pain returning, restlessness, sweating.',
    withdrawal: 'Opioid withdrawal: rebound pain, agitation, sweating, diarrhoea, a fast pulse.',
    'withdrawal-severe': 'Severe opioid withdrawal: intense pain, vomiting, diarrhoea, a fast pulse.',
    oversedation: 'Opioid sedation: drowsy; slowed breathing may follow.',
    overdose: 'Opioid overdose: deep sedation, slowed breathing. An emergency.',
  },
  other: {
    'withdrawal-early': 'Withdrawal starting as the drug wears off after days of use.',
    withdrawal: 'Withdrawal: the treated symptoms rebound, with agitation and a fast pulse.',
    'withdrawal-severe': 'Severe withdrawal: an emergency.',
    oversedation: 'Sedation: drowsy.',
    overdose: 'Overdose: deep sedation, slowed breathing. An emergency.',
  },
};

/** The drug class as a number in the events' data, so the page can write the signs in its language. */
const CLASS_ID: Record<DrugClass, number> = { baclofen: 0, opioid: 1, other: 2 };

function drugClass(drug: DrugName): DrugClass {
  if (drug === 'baclofen') return 'baclofen';
  return DRUGS[drug].pd.tolerance ? 'opioid' : 'other';
}

/** The syndrome events of a run, in time order (`tHours`: output interval ends). */
export function syndromeEvents(drug: DrugName, tHours: Float64Array, effects: Effects): SimEvent[] {
  const cls = drugClass(drug);
  const messages = MESSAGES[cls];
  const out: SimEvent[] = [];
  for (const band of BANDS) {
    const v = effects[band.series];
    if (!v) continue;
    let armed = true;
    for (let k = 0; k < v.length && k < tHours.length; k++) {
      const x = v[k];
      if (armed && x >= band.threshold) {
        out.push({
          tHours: tHours[k],
          code: band.code,
          severity: band.severity,
          message: messages[band.code],
          data: { level: x, drugClass: CLASS_ID[cls] },
        });
        armed = false;
      } else if (!armed && x < HYSTERESIS * band.threshold) armed = true;
    }
  }
  return out.sort((a, b) => a.tHours - b.tHours);
}
