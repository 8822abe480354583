// Shared fixture of the trial tests: a median virtual patient with overrides.
import type { VirtualPatient } from '../../src/model/trials/types.js';

export const medianPatient = (over: Partial<VirtualPatient> = {}): VirtualPatient => ({
  id: 0,
  seedHi: 0,
  seedLo: 0,
  csfClearanceFactor: 1,
  dispersionFactor: 1,
  ec50Factor: 1,
  sideEffectEc50Factor: 1,
  baselineSeverity: 3.4,
  placeboFraction: 0,
  bodyMassKg: 70,
  reliesOnTone: false,
  ...over,
});
