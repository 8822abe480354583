/**
 * The page's colour theme: "system" (follow prefers-color-scheme), "light" or "dark", remembered in
 * localStorage. It is applied as the root element's `color-scheme`, which every itp- element's tokens follow
 * (theme.ts). Only the app and the lesson page call this; an embedding page sets its own `color-scheme`.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'itp-theme';

/** The saved choice; "system" when none, unreadable (private mode, blocked storage) or not one of THEMES. */
export function savedTheme(storage: Pick<Storage, 'getItem'> | null = safeStorage()): Theme {
  try {
    const v = storage?.getItem(KEY);
    return (THEMES as readonly string[]).includes(v ?? '') ? (v as Theme) : 'system';
  } catch {
    return 'system';
  }
}

/** Applies `theme` to `root` and remembers it (a failing storage only loses the memory, never the choice). */
export function applyTheme(
  theme: Theme,
  root: HTMLElement = document.documentElement,
  storage = safeStorage(),
): void {
  root.style.colorScheme = theme === 'system' ? 'light dark' : theme;
  root.dataset.theme = theme;
  try {
    if (theme === 'system') storage?.removeItem(KEY);
    else storage?.setItem(KEY, theme);
  } catch {
    /* storage full or blocked: the theme still applies to this page */
  }
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
