/**
 * The language of the words on screen. The English catalogues (strings.ts, strings-lessons.ts, strings-reach.ts
 * and any a lazy view registers) are the objects the elements read at render time; choosing another language
 * loads that language's catalogue (its own chunk, fetched only when chosen) and writes its texts into those same
 * objects, in place, then asks every itp- element on the page to render again. Choosing English restores the
 * saved English texts. A key a translation lacks keeps its English text (and fails test/unit/i18n-catalogues).
 *
 * Why not @lit/localize: its runtime mode needs every string wrapped in msg() at each call site (a rewrite of
 * every element) and an extraction step to XLIFF; here the catalogues stay plain typed objects, a translation is
 * type-checked against the English shape, and the embed bundle carries no localisation runtime and no Spanish.
 * Numbers, plurals and lists go through Intl for the current language (`numberLocale`, `plural`).
 */

/** Languages with a complete catalogue. English is built in; the others load on demand. */
export const LANGUAGES = { en: 'English', es: 'Español' } as const;
export type Lang = keyof typeof LANGUAGES;
export const isLang = (v: unknown): v is Lang => typeof v === 'string' && Object.hasOwn(LANGUAGES, v);

type Json = Record<string, unknown> | unknown[];
/** A translation: the same keys as the English catalogue, every leaf optional at run time. */
export type Translation = object;

/** A catalogue's own translations, each its own chunk (large texts that only one lazy view shows). */
export type OwnTranslations = Partial<Record<Exclude<Lang, 'en'>, () => Promise<Translation>>>;

const catalogues = new Map<string, { live: Json; english: Json; own?: OwnTranslations }>();
const loaders: Record<Exclude<Lang, 'en'>, () => Promise<Record<string, Translation>>> = {
  es: async () => (await import('./strings.es.js')).ES,
};
let current: Lang = 'en';
let loaded: Record<string, Translation> | null = null;

/** The language on screen now. */
export const currentLang = (): Lang => current;

/** The locale for Intl formatting (numbers, plurals) of the current language. */
export const numberLocale = (): string => current;

const clone = (v: unknown): unknown => (typeof v === 'function' ? v : structuredClone(v));
function snapshot(o: Json): Json {
  if (Array.isArray(o)) return o.map((v) => (typeof v === 'object' && v ? snapshot(v as Json) : clone(v)));
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, typeof v === 'object' && v ? snapshot(v as Json) : clone(v)]),
  );
}

/** Writes `from` into `into`, in place (nested objects and arrays keep their identity: modules hold them). */
function writeInto(into: Json, from: unknown): void {
  if (typeof from !== 'object' || from === null) return;
  const target = into as Record<string, unknown>;
  for (const [k, v] of Object.entries(from)) {
    if (!(k in target)) continue; // a key English does not have is not shown anywhere
    const old = target[k];
    if (typeof old === 'object' && old !== null && typeof v === 'object' && v !== null)
      writeInto(old as Json, v);
    else if (typeof v === typeof old) target[k] = v;
  }
}

/**
 * Registers one English catalogue under `name` (the key of its section in a translation). A catalogue registered
 * after a language was chosen (a lazily loaded view) is translated at once.
 */
export function registerCatalogue(name: string, english: Json, own?: OwnTranslations): void {
  if (catalogues.has(name)) return;
  catalogues.set(name, { live: english, english: snapshot(english), own });
  if (current === 'en') return;
  if (loaded?.[name]) writeInto(english, loaded[name]);
  const load = own?.[current];
  // The view is on screen in English for the moment its Spanish chunk takes to arrive, then renders again.
  if (load) {
    const lang = current;
    const doc = globalThis.document ?? null;
    void load().then((tr) => {
      if (current !== lang) return;
      writeInto(english, tr);
      if (doc) rerenderAll(doc);
    });
  }
}

/** The registered English catalogues by name, as they are now (for the catalogue tests). */
export const registeredCatalogues = (): ReadonlyMap<string, Json> =>
  new Map([...catalogues].map(([name, c]) => [name, c.english]));

/** The translations of the registered catalogues that carry their own, by catalogue name. */
async function ownTranslations(lang: Exclude<Lang, 'en'>): Promise<Record<string, Translation>> {
  const own = [...catalogues].flatMap(([name, c]) => {
    const load = c.own?.[lang];
    return load ? [load().then((tr) => [name, tr] as const)] : [];
  });
  return Object.fromEntries(await Promise.all(own));
}

/** A language's catalogue, with the registered catalogues' own translations (for the catalogue tests). */
export const loadTranslation = async (lang: Exclude<Lang, 'en'>): Promise<Record<string, Translation>> => ({
  ...(await loaders[lang]()),
  ...(await ownTranslations(lang)),
});

/** Elements (in every shadow root) that can render again: Lit elements have requestUpdate(). */
function rerenderAll(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    const u = (el as unknown as { requestUpdate?: () => void }).requestUpdate;
    if (typeof u === 'function') u.call(el);
    if (el.shadowRoot) rerenderAll(el.shadowRoot);
  }
}

/**
 * Shows `lang`: loads its catalogue if needed, writes it into every registered catalogue, sets `<html lang>`,
 * re-renders the page's elements and sends `itp-locale-change` on the document. Resolves when done; a catalogue
 * that cannot be loaded (offline, first visit) leaves the page in its current language and rejects.
 */
export async function setLang(lang: Lang, doc: Document | null = globalThis.document ?? null): Promise<void> {
  if (lang !== 'en') loaded = await loadTranslation(lang);
  for (const { live, english } of catalogues.values()) {
    writeInto(live, english);
    if (lang !== 'en') writeInto(live, loaded?.[nameOf(live)]);
  }
  current = lang;
  if (doc) {
    doc.documentElement.lang = lang;
    rerenderAll(doc);
    doc.dispatchEvent(new CustomEvent('itp-locale-change', { detail: { lang } }));
  }
}

function nameOf(live: Json): string {
  for (const [name, c] of catalogues) if (c.live === live) return name;
  return '';
}

const pluralRules = new Map<string, Intl.PluralRules>();
/** The plural form of `n` in the current language: `forms.one` for 1 in English and Spanish, else `forms.other`. */
export function plural(n: number, forms: { one: string; other: string }): string {
  const loc = numberLocale();
  let r = pluralRules.get(loc);
  if (!r) pluralRules.set(loc, (r = new Intl.PluralRules(loc)));
  return r.select(n) === 'one' ? forms.one : forms.other;
}
