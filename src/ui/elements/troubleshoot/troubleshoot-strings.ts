/** Every user-visible string of <itp-troubleshoot>, in one place so the view can be translated. */
import { runTimeText } from '../../../model/time-text.js';
import { registerCatalogue } from '../../i18n/locale.js';

export type CheckId = 'reservoir' | 'aspiration' | 'rotor' | 'contrast' | 'imaging';

const ul = (x: number): string => (Number.isFinite(x) ? `${Math.round(x)} µL` : 'its dead volume');

export const TS = {
  heading: 'Troubleshooting: why did the therapy stop working?',
  intro:
    'Pick a story, look at the symptom, then choose what to check. Each check shows what it would find in this simulated patient and what that means. Education only: not clinical guidance.',
  story: 'Story',
  symptom: (first: string, last: string) =>
    `Symptom: the dose reaching the spinal fluid was ${first} on the first day and ${last} on the last day.`,
  checksHeading: 'What do you check?',
  findingsHeading: 'What the checks found',
  noneYet: 'No check chosen yet.',
  shows: 'Finds',
  meaning: 'Meaning',
  dose: (ug: number) => `${ug >= 100 ? Math.round(ug) : ug.toFixed(1)} µg`,
  checks: {
    reservoir: 'Reservoir volume at the refill',
    aspiration: 'Aspirate through the catheter access port',
    rotor: 'Rotor study (X-ray of the pump)',
    contrast: 'Contrast study through the access port',
    imaging: 'Imaging of the catheter tip (MRI or CT myelogram)',
  } satisfies Record<CheckId, string>,
  reservoir: {
    none: 'There was no refill in this story, so the reservoir was not measured.',
    noneMeaning:
      'The check is made at every refill: the volume drawn out is compared with what the pump calculated.',
    shows: (tHours: number, aspirated: string, expected: string, diffUl: number) =>
      `At the refill ${runTimeText(tHours)}: ${aspirated} drawn out, ${expected} calculated by the pump (${
        Math.abs(diffUl) < 50
          ? 'the same'
          : `${(Math.abs(diffUl) / 1000).toFixed(1)} mL ${diffUl > 0 ? 'more' : 'less'}`
      }).`,
    agrees:
      'The pump delivered what it counted (within the 1 mL check of a 20 mL pump). If the effect was lost, the problem is after the pump: the catheter or its tip.',
    surplus:
      'More drug is left than the pump counted out: it did not leave the pump. The catheter is blocked or kinked, or the pump stopped; a rotor study tells them apart.',
    deficit:
      'Less drug is left than calculated: some went somewhere else — at an earlier refill into the pocket under the skin, or the pump delivered more than it counted.',
    port: 'The last "refill" went into the catheter access port: the reservoir was never refilled, and the whole refill went down the catheter into the spinal fluid.',
  },
  aspiration: {
    csf: (deadUl: number) =>
      `After the ${ul(deadUl)} of drug in the catheter are drawn back (and discarded), clear spinal fluid comes back freely.`,
    blocked: 'Nothing can be drawn back: strong resistance.',
    slow: 'Fluid comes back only slowly, against resistance.',
    noCsf: 'No spinal fluid comes back: only air, tissue fluid or nothing.',
    openMeaning: 'The catheter is open and its tip lies in the spinal fluid.',
    granulomaMeaning:
      'Aspiration is often normal with a mass at the tip: a normal result does not rule it out. Imaging is needed.',
    blockedMeaning: 'The catheter is blocked. Do not force it; a contrast study or imaging shows where.',
    slowMeaning: 'The catheter is partly blocked, for example by a kink.',
    brokenMeaning:
      'The catheter is not intact between the pump and the spine: disconnected at the pump, broken or leaking.',
    outMeaning: 'The catheter tip is no longer in the intrathecal space.',
  },
  rotor: {
    none: 'Not possible: this pump has no rotor.',
    noneMeaning: 'A rotor study applies to motor-driven programmable pumps.',
    turned: 'The rotor turned by the programmed amount between the two X-rays.',
    turnedMeaning: 'The pump works. Look at the catheter.',
    stalled: 'The rotor did not move between the two X-rays.',
    stalledMeaning: 'The pump itself has stopped (a motor stall): it must be replaced.',
  },
  contrast: {
    normal: 'Contrast flows freely through the catheter into the spinal fluid.',
    normalMeaning: 'The catheter is intact and its tip is in the intrathecal space.',
    blocked: 'Contrast cannot be injected.',
    blockedMeaning: 'The catheter is blocked.',
    connector: 'Contrast pools in the tissue around the pump connector.',
    connectorMeaning: 'The catheter has come off the pump.',
    fracture: 'Contrast leaks out of the catheter into the tissue along its course.',
    fractureMeaning: 'The catheter is broken or leaking.',
    out: 'Contrast spreads outside the dural sac, not in the spinal fluid.',
    outMeaning: 'The catheter tip has migrated out of the intrathecal space.',
    csfLeak: 'Contrast tracks back along the catheter from where it enters the spine.',
    csfLeakMeaning: 'Spinal fluid and drug leak back along the catheter.',
    granuloma: 'Contrast reaches the tip but outlines a filling defect around it.',
    granulomaMeaning: 'A mass at the catheter tip.',
    kink: 'Contrast passes a narrowing where the catheter is kinked.',
    kinkMeaning: 'A kink partly blocks the catheter.',
    caution: (deadUl: number) =>
      `First draw back the ${ul(deadUl)} of drug in the catheter: injecting without it would push them into the spinal fluid as a bolus.`,
  },
  imaging: {
    normal: 'No mass at the catheter tip; the catheter lies where it was placed.',
    normalMeaning: 'Imaging rules out a mass at the tip.',
    mass: 'A mass surrounds the catheter tip.',
    massMeaning:
      'An inflammatory mass (granuloma): stop the infusion into it and revise the catheter; watch for spinal cord compression.',
    out: 'The catheter tip lies outside the intrathecal space.',
    outMeaning: 'The tip has migrated: the catheter must be revised.',
    course: "The X-ray shows the catheter's course: a kink, a gap at the connector or a break.",
    courseMeaning: 'A mechanical problem along the catheter.',
  },
} as const;

registerCatalogue('TROUBLESHOOT_TEXT', TS);
