// The remembered colour theme (src/ui/base/theme-preference.ts): applied as the root's color-scheme; a corrupt,
// missing or unreadable saved value means "follow the system", never an error.
import { describe, expect, it } from 'vitest';
import { applyTheme, savedTheme } from '../../src/ui/base/theme-preference.js';

function memoryStorage(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    map: m,
  };
}
type Root = Parameters<typeof applyTheme>[1];
type Store = Parameters<typeof applyTheme>[2];
const fakeRoot = () => ({ style: { colorScheme: '' }, dataset: {} as Record<string, string> });

describe('theme preference', () => {
  it('reads a saved theme; anything else is the system', () => {
    expect(savedTheme(memoryStorage({ 'itp-theme': 'dark' }))).toBe('dark');
    expect(savedTheme(memoryStorage({ 'itp-theme': 'light' }))).toBe('light');
    expect(savedTheme(memoryStorage({ 'itp-theme': '{"x":1}' }))).toBe('system');
    expect(savedTheme(memoryStorage())).toBe('system');
    expect(savedTheme(null)).toBe('system');
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(savedTheme(throwing)).toBe('system');
  });
  it('applies light, dark or both to the root and remembers only a choice', () => {
    const s = memoryStorage();
    const root = fakeRoot();
    applyTheme('dark', root as unknown as Root, s as unknown as Store);
    expect(root.style.colorScheme).toBe('dark');
    expect(root.dataset.theme).toBe('dark');
    expect(s.map.get('itp-theme')).toBe('dark');
    applyTheme('system', root as unknown as Root, s as unknown as Store);
    expect(root.style.colorScheme).toBe('light dark');
    expect(s.map.has('itp-theme')).toBe(false);
  });
  it('a full or blocked storage still applies the theme', () => {
    const root = fakeRoot();
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => applyTheme('light', root as unknown as Root, full as unknown as Store)).not.toThrow();
    expect(root.style.colorScheme).toBe('light');
  });
});
