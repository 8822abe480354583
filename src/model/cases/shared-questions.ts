/**
 * Questions whose options are the same in several cases (reservoir size, priming); each case adds its own
 * feedback where the patient changes the answer. Texts cite docs/sources.md or say "teaching simplification".
 */
import type { CaseOption, CaseQuestion, TrialQuestion } from './types.js';

/** Reservoir sizes of the programmable pumps modelled: 20 and 40 mL [D1, D3]. */
/** `best`: the size the case teaches, or 'either' when both fit. */
export function reservoirQuestion(best: 20 | 40 | 'either', why20: string, why40: string): CaseQuestion {
  return {
    id: 'reservoir',
    prompt: 'Which reservoir size?',
    options: [
      { id: '20', label: '20 mL', best: best !== 40, feedback: why20 },
      { id: '40', label: '40 mL', best: best !== 20, feedback: why40 },
    ],
  };
}

/** Priming: the empty catheter holds drug-free fluid that must be pushed through first [D1, D3]. */
export const PRIMING_QUESTION: CaseQuestion = {
  id: 'priming',
  prompt: 'The new catheter and pump tubing are empty. How does the first program start?',
  options: [
    {
      id: 'prime',
      label: 'A priming bolus first, then the daily rate',
      best: true,
      feedback:
        'A priming bolus fills the tubing and the catheter, so the drug reaches the tip on the first day. The drug and the fluid ahead of it mix during the bolus, so some drug may arrive before the bolus ends [D1].',
    },
    {
      id: 'no-prime',
      label: 'Only the daily rate: the drug will get there',
      best: false,
      feedback:
        'At a slow daily rate the drug-free fluid in the catheter is pushed out first: about 2.6 µL per cm of catheter [D3], so a 110 cm catheter holds 286 µL and at 0.1 mL/day the drug arrives only after almost 3 days. The patient gets nothing meanwhile. The team primes the catheter.',
    },
  ],
};

/** The two morphine trials [R131]; `bolusNote` ends the single-shot option's feedback for this patient. */
export function morphineTrialQuestion(bolusNote = ''): TrialQuestion {
  return {
    id: 'trial',
    prompt: 'Which trial?',
    options: [
      {
        id: 'continuous',
        protocol: 'morphine-continuous',
        label: 'A continuous infusion for 3 days through a temporary catheter and an external pump',
        best: true,
        feedback:
          'A good choice: a continuous infusion is closest to what the pump will do, and the dose can be raised day by day [R131]. The catheter exit site is checked every day for infection.',
      },
      {
        id: 'bolus',
        protocol: 'morphine-bolus',
        label: 'A single lumbar-puncture injection',
        best: true,
        feedback:
          `Acceptable: a single injection is quick and leaves no catheter behind, but it tests one dose on one day only [R131]. ${bolusNote}`.trim(),
      },
    ],
  };
}

/**
 * Baclofen in a programmable or a constant-rate pump: every dose change of a constant-rate pump needs it emptied
 * and refilled with another concentration [D6]. `whyProgrammable` is the right answer's feedback for this patient.
 */
export function baclofenPumpQuestion(
  whyProgrammable: string,
  whyNotConstant: string,
  extra: CaseOption[] = [],
): CaseQuestion {
  return {
    id: 'pump',
    prompt: 'Which drug and which kind of pump?',
    options: [
      {
        id: 'baclofen-programmable',
        label: 'Baclofen in a programmable pump',
        best: true,
        feedback: whyProgrammable,
      },
      ...extra,
      {
        id: 'baclofen-constant',
        label: 'Baclofen in a constant-rate pump',
        best: false,
        feedback: `Every dose change would need the pump emptied and refilled with another concentration [D6]; ${whyNotConstant} The team chooses a programmable pump.`,
      },
    ],
  };
}
