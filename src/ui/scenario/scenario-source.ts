/**
 * Where a view's scenario comes from: a scenario object (property), a scenario file (`scenario-url`), a share
 * link (`#scenario=` in the page URL) or a preset id. Nothing read here is ever written into the page as HTML;
 * the worker validates the scenario when it runs (ScenarioError with issues), so no schema library is loaded
 * on the main thread.
 */
import { DEFAULT_PRESET_ID, findPreset } from '../../model/scenario/presets.js';
import type { ScenarioInput } from '../../model/scenario/schema.js';
import { S } from '../i18n/strings.js';

export interface Resolved {
  /** Not validated yet: the worker validates it when it runs. */
  scenario: ScenarioInput;
  /** A plain-text notice to show (fallback used, link broken, …), or null. */
  notice: string | null;
}

export function defaultScenario(): ScenarioInput {
  return structuredClone(findPreset(DEFAULT_PRESET_ID)!.scenario);
}

/** Preset by id, or the default with a notice. */
export function fromPreset(id: string | null | undefined): Resolved {
  const p = id ? findPreset(id) : findPreset(DEFAULT_PRESET_ID);
  if (p) return { scenario: structuredClone(p.scenario), notice: null };
  return { scenario: defaultScenario(), notice: S.run.unknownPreset(String(id)) };
}

/** Fetches a scenario file (same-origin or CORS-enabled JSON). Falls back to the preset with a notice. */
export async function fromUrl(url: string, fallbackPreset: string | null): Promise<Resolved> {
  try {
    const res = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const json: unknown = await res.json();
    if (typeof json !== 'object' || json === null) throw new Error('not a JSON object');
    return { scenario: json as ScenarioInput, notice: null };
  } catch (e) {
    const base = fromPreset(fallbackPreset);
    return { scenario: base.scenario, notice: S.run.scenarioUrlFailed((e as Error).message) };
  }
}

const HASH_KEY = 'scenario';

/** Encodes a scenario for a share link: base64url of its JSON (UTF-8 safe). */
export function encodeScenario(scenario: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a share-link payload; throws a plain Error with a short reason. */
export function decodeScenario(text: string): unknown {
  if (text.length > 200_000) throw new Error('the link is too long');
  let json: string;
  try {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    throw new Error('the link is damaged');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('the scenario is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('the scenario is not a JSON object');
  return value;
}

/** The scenario in a page URL's hash (`#scenario=…`), null if there is none, or an error reason. */
export function scenarioFromLocation(hash: string): { scenario: unknown } | { error: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = params.get(HASH_KEY);
  if (raw === null) return null;
  try {
    return { scenario: decodeScenario(raw) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export function shareHash(scenario: unknown): string {
  return `#${HASH_KEY}=${encodeScenario(scenario)}`;
}
