/**
 * Catheter complications and drug put into tissue: the numbers the fault presets and the tissue depot of the pump
 * engine (assembly/pump/tissue.ts) use, each with its source and tag (docs/sources.md).
 *
 * What the sources give are presentations and time courses in words, not rates: an inflammatory mass (granuloma)
 * at the catheter tip shows first as a loss of effect on an unchanged or escalating program, with pain or sensory
 * change at the tip's level, later motor loss [D23, D24]; it is linked to opioids (morphine, hydromorphone) at high
 * concentration and dose [D24, D25], and usually grows over months, once within 5 weeks [D26]. The fractions and
 * times below turn that into a teaching model and are estimates.
 */
import { sourced, type Sourced } from '../sources.js';

/**
 * Absorption of drug from the pump pocket or other tissue into the blood, half-time, h. No figure for a pump pocket
 * was found; 2 h is an estimate for a large volume injected into a walled-off pocket (a small subcutaneous injection
 * is absorbed faster). The reported pocket fills caused an overdose over hours, with part of the drug aspirated
 * back from the pocket [D12].
 */
export const TISSUE_ABSORPTION_HALF_TIME_HOURS: Sourced = sourced(
  2,
  'h',
  'estimate',
  'no figure for a pump pocket found; an estimate (a large volume in a walled-off pocket)',
);

/** Granuloma: fraction of the drug leaving the tip that no longer reaches the CSF when the mass is grown. */
export const GRANULOMA_FINAL_LOSS_FRACTION: Sourced = sourced(
  0.9,
  'fraction',
  'estimate',
  'a loss of effect is the first sign [D23]; how much drug the mass takes up was not found: an estimate',
);

/** Granuloma: time for the mass to reach that fraction, h (6 weeks). */
export const GRANULOMA_GROWTH_HOURS: Sourced = sourced(
  6 * 7 * 24,
  'h',
  'estimate',
  'usually months; one grew within 5 weeks [D26]: 6 weeks is an estimate for a teaching run',
);

/** A tip that migrated out of the intrathecal space (subdural, epidural or soft tissue): all of the drug to tissue. */
export const MIGRATED_OUT_LOSS_FRACTION: Sourced = sourced(
  1,
  'fraction',
  'estimate',
  'outside the dura none of the infusion reaches the CSF directly: an estimate (epidural uptake ignored)',
);

/** A CSF leak along the catheter tract: the fraction of the drug leaving the tip that escapes with it. */
export const CSF_LEAK_LOSS_FRACTION: Sourced = sourced(
  0.5,
  'fraction',
  'estimate',
  'no figure found: an estimate for a teaching run',
);

/** A kink: the fraction of the flow blocked when the scenario gives none. */
export const KINK_BLOCKED_FRACTION: Sourced = sourced(
  0.5,
  'fraction',
  'estimate',
  'a partial blockage; no figure found: an estimate for a teaching run',
);

/** A refill pushed by hand into the catheter access port by mistake: time to inject it, h (5 min). */
export const PORT_INJECTION_HOURS: Sourced = sourced(
  5 / 60,
  'h',
  'estimate',
  'a refill syringe emptied by hand: 5 min is an estimate',
);
