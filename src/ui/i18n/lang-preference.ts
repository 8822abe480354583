/**
 * Which language a page starts in: `?lang=` in its address first (a shared link or a course page can ask for
 * one), else the learner's last choice in this browser, else English. Unknown values are ignored, never shown.
 */
import { isLang, type Lang } from './locale.js';

const KEY = 'itp-lang';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The language the page should start in. */
export function startLang(search: string, store: Pick<Storage, 'getItem'> | null = storage()): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (isLang(asked)) return asked;
  try {
    const saved = store?.getItem(KEY);
    if (isLang(saved)) return saved;
  } catch {
    /* blocked storage: English */
  }
  return 'en';
}

/** Remembers the choice (best effort) and writes it into the address without reloading (other parameters kept). */
export function rememberLang(lang: Lang, win: Window | null = globalThis.window ?? null): void {
  try {
    storage()?.setItem(KEY, lang);
  } catch {
    /* storage full or blocked: the choice still applies to this page */
  }
  if (!win) return;
  const url = new URL(win.location.href);
  if (lang === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  win.history.replaceState(win.history.state, '', url);
}
