/**
 * Saved scenarios in localStorage, versioned. Nothing the learner saved is ever dropped or overwritten:
 * - a corrupt or unknown-version list is moved aside under a timestamped key, unchanged, and reported;
 * - if it cannot be moved aside (storage full), it stays where it is and every write is refused
 *   (CorruptStoreError) until the learner has downloaded it and chosen to start a new list;
 * - a save under a name that is already taken gets a unique name ("Name (2)"), never replaces the other entry.
 * Every function takes the Storage to use (tests inject one whose setItem throws QuotaExceededError).
 */
export const STORE_KEY = 'itp-sim:scenarios';
export const STORE_VERSION = 1;
export const NAME_MAX_CHARS = 120;

export interface SavedScenario {
  name: string;
  savedAt: string;
  scenario: unknown;
}

interface StoreV1 {
  version: 1;
  entries: SavedScenario[];
}

/** A saved list that could not be read. */
export interface CorruptStore {
  /** Its text, exactly as it was found (offered to the learner as a download). */
  raw: string;
  /** Where it was moved, or null when it could not be moved and still sits under STORE_KEY. */
  keptAsideKey: string | null;
}

export interface LoadResult {
  entries: SavedScenario[];
  corrupt: CorruptStore | null;
  unavailable: boolean;
}

/** Thrown by writes while an unreadable list could not be set aside: writing would destroy it. */
export class CorruptStoreError extends Error {
  override readonly name = 'CorruptStoreError';
}

/** The page's localStorage, or null when the browser blocks it. */
export function pageStorage(): Storage | null {
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

export function loadSaved(ls: Storage | null = pageStorage(), now = new Date()): LoadResult {
  if (!ls) return { entries: [], corrupt: null, unavailable: true };
  const raw = ls.getItem(STORE_KEY);
  if (raw === null) return { entries: [], corrupt: null, unavailable: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (isStore(parsed)) return { entries: parsed.entries, corrupt: null, unavailable: false };
  const aside = `${STORE_KEY}:corrupt:${now.toISOString()}`;
  try {
    ls.setItem(aside, raw);
  } catch {
    // No room for a copy (quota): leave the original where it is; writes are refused until it is resolved.
    return { entries: [], corrupt: { raw, keptAsideKey: null }, unavailable: false };
  }
  ls.removeItem(STORE_KEY);
  return { entries: [], corrupt: { raw, keptAsideKey: aside }, unavailable: false };
}

function write(ls: Storage | null, entries: SavedScenario[]): void {
  if (!ls) throw new Error('localStorage is unavailable');
  const store: StoreV1 = { version: STORE_VERSION, entries };
  ls.setItem(STORE_KEY, JSON.stringify(store));
}

/** The entries, or CorruptStoreError if an unreadable list still occupies the key (writing would lose it). */
function readForWrite(ls: Storage | null): SavedScenario[] {
  const loaded = loadSaved(ls);
  if (loaded.corrupt && loaded.corrupt.keptAsideKey === null)
    throw new CorruptStoreError('the saved list could not be read and could not be set aside');
  return loaded.entries;
}

/** `name`, or `name (2)`, `name (3)`, … — the first that no entry uses. */
export function uniqueName(name: string, entries: readonly SavedScenario[]): string {
  const taken = new Set(entries.map((e) => e.name));
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, NAME_MAX_CHARS - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface SaveOutcome {
  entries: SavedScenario[];
  /** The name it was saved under: the name asked for, or a unique variant when that one was taken. */
  name: string;
}

/**
 * Saves a scenario as a new entry; returns the new list and the name used. Throws RangeError for an empty
 * name, CorruptStoreError while an unreadable list blocks writing, and the storage's own error (quota).
 */
export function saveScenario(
  name: string,
  scenario: unknown,
  now = new Date(),
  ls: Storage | null = pageStorage(),
): SaveOutcome {
  const clean = name.trim().slice(0, NAME_MAX_CHARS);
  if (!clean) throw new RangeError('a saved scenario needs a name');
  const entries = readForWrite(ls);
  const used = uniqueName(clean, entries);
  const next = [...entries, { name: used, savedAt: now.toISOString(), scenario }];
  write(ls, next);
  return { entries: next, name: used };
}

export function deleteScenario(name: string, ls: Storage | null = pageStorage()): SavedScenario[] {
  const next = readForWrite(ls).filter((e) => e.name !== name);
  write(ls, next);
  return next;
}

/**
 * Deletes an unreadable list that could not be set aside — only on the learner's explicit request, after it
 * was offered as a download.
 */
export function discardCorrupt(ls: Storage | null = pageStorage()): void {
  const loaded = loadSaved(ls);
  if (loaded.corrupt?.keptAsideKey === null) ls?.removeItem(STORE_KEY);
}
