/**
 * Saved scenarios in localStorage, versioned. A corrupt or unknown-version entry is never dropped: its raw
 * text is moved aside under a timestamped key and reported, and a fresh store starts.
 */
export const STORE_KEY = 'itp-sim:scenarios';
export const STORE_VERSION = 1;

export interface SavedScenario {
  name: string;
  savedAt: string;
  scenario: unknown;
}

interface StoreV1 {
  version: 1;
  entries: SavedScenario[];
}

export interface LoadResult {
  entries: SavedScenario[];
  /** Key the corrupt entry was moved to, if any. */
  quarantinedKey: string | null;
  unavailable: boolean;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isStore(v: unknown): v is StoreV1 {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as StoreV1;
  return (
    s.version === STORE_VERSION &&
    Array.isArray(s.entries) &&
    s.entries.every(
      (e) =>
        typeof e === 'object' && e !== null && typeof e.name === 'string' && typeof e.savedAt === 'string',
    )
  );
}

export function loadSaved(): LoadResult {
  const ls = storage();
  if (!ls) return { entries: [], quarantinedKey: null, unavailable: true };
  const raw = ls.getItem(STORE_KEY);
  if (raw === null) return { entries: [], quarantinedKey: null, unavailable: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (isStore(parsed)) return { entries: parsed.entries, quarantinedKey: null, unavailable: false };
  const aside = `${STORE_KEY}:corrupt:${new Date().toISOString()}`;
  try {
    ls.setItem(aside, raw);
    ls.removeItem(STORE_KEY);
  } catch {
    return { entries: [], quarantinedKey: STORE_KEY, unavailable: false };
  }
  return { entries: [], quarantinedKey: aside, unavailable: false };
}

function write(entries: SavedScenario[]): void {
  const ls = storage();
  if (!ls) throw new Error('localStorage is unavailable');
  const store: StoreV1 = { version: STORE_VERSION, entries };
  ls.setItem(STORE_KEY, JSON.stringify(store));
}

/** Saves (or replaces by name) a scenario; returns the new list. */
export function saveScenario(name: string, scenario: unknown, now = new Date()): SavedScenario[] {
  const { entries } = loadSaved();
  const clean = name.trim().slice(0, 120) || 'Untitled';
  const next = entries.filter((e) => e.name !== clean);
  next.push({ name: clean, savedAt: now.toISOString(), scenario });
  write(next);
  return next;
}

export function deleteScenario(name: string): SavedScenario[] {
  const next = loadSaved().entries.filter((e) => e.name !== name);
  write(next);
  return next;
}
