/**
 * The app's place in the page address: `#view=…&lesson=…&case=…&scenario=…`. The hash holds the whole screen state,
 * so a copied address reproduces the screen and Back/Forward move between views. The scenario part is the
 * share-link encoding of scenario-source.ts (base64url JSON); a missing part means "the default".
 */
import { encodeScenario } from './scenario-source.js';

export interface Address {
  /** View id, or null when the address names none (the caller checks it against its views). */
  view: string | null;
  lesson: string | null;
  /** The patient case shown in the lessons view, or null. */
  patientCase: string | null;
  /** The encoded scenario exactly as in the address (decoded and checked by scenarioFromLocation), or null. */
  scenario: string | null;
}

export function readAddress(hash: string): Address {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    view: q.get('view'),
    lesson: q.get('lesson'),
    patientCase: q.get('case'),
    scenario: q.get('scenario'),
  };
}

/** The hash for an address; parts that are null are left out. */
export function addressHash(a: Address): string {
  const q = new URLSearchParams();
  if (a.view !== null) q.set('view', a.view);
  if (a.lesson !== null) q.set('lesson', a.lesson);
  if (a.patientCase !== null) q.set('case', a.patientCase);
  if (a.scenario !== null) q.set('scenario', a.scenario);
  const s = q.toString();
  return s ? `#${s}` : '';
}

/** The address part of a scenario (null: none, i.e. the default). */
export function scenarioPart(scenario: unknown): string | null {
  return scenario === undefined ? null : encodeScenario(scenario);
}
