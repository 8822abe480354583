/**
 * The 10-year, 1000-cell external-pump run of issue 17 (53 s measured on a busy machine): estimated well above
 * the question threshold (CONFIRM_ABOVE_SECONDS), for the long-run and run-queue tests.
 */
export const bigRun = {
  schemaVersion: 1,
  durationDays: 3650,
  drug: { name: 'bupivacaine', concentrationUgPerMl: 5000 },
  device: {
    kind: 'external',
    access: 'temporary-catheter',
    reservoirMl: 100,
    reservoirStartMl: 100,
    strokeVolumeUl: 50,
  },
  patient: { catheterTipLevel: 'T10', postureCycle: {} },
  program: { mode: 'continuous', rateMlPerDay: 2.4 },
  model: { csfCells: 1000 },
};
