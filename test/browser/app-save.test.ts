// Saving in <itp-app> (issue 17): the typed name survives re-renders, an empty name is refused, a taken name
// never overwrites the other entry, a saved entry without a scenario is not reported as loaded, and a corrupt
// list that cannot be set aside (storage full) is neither claimed as kept nor overwritten — it is offered as a
// download. Storage faults are injected: setItem throws QuotaExceededError once the data would exceed a quota.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/elements/app/app.define.js';
import {
  CorruptStoreError,
  STORE_KEY,
  loadSaved,
  saveScenario,
  uniqueName,
} from '../../src/ui/scenario/storage.js';
import { settle, shadow } from './ui-helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  localStorage.clear();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A Map-backed Storage that holds at most `maxChars` characters of values (a full disk, in small). */
function fullStorage(maxChars: number, initial: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(initial));
  const used = () => [...m.values()].reduce((n, v) => n + v.length, 0);
  return {
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem(k: string, v: string) {
      if (used() - (m.get(k)?.length ?? 0) + v.length > maxChars) throw quota();
      m.set(k, String(v));
    },
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
  };
}

/** Makes the page's localStorage behave as full beyond `maxChars` characters of values. */
function limitLocalStorage(maxChars: number): void {
  const real = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k: string, v: string) {
    let used = 0;
    for (let i = 0; i < this.length; i++) used += (this.getItem(this.key(i)!) ?? '').length;
    if (used - (this.getItem(k)?.length ?? 0) + v.length > maxChars) throw quota();
    real.call(this, k, v);
  });
}

async function mountApp(): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const el = document.createElement('itp-app') as HTMLElement & { updateComplete: Promise<unknown> };
  document.body.append(el);
  await settle(el);
  return el;
}

const root = (el: HTMLElement) => shadow(el);
const status = (el: HTMLElement) => root(el).querySelector('#share-status')!.textContent!.trim();
const nameInput = (el: HTMLElement) => root(el).querySelector<HTMLInputElement>('.share input[type="text"]')!;
const button = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;

async function typeName(el: HTMLElement & { updateComplete: Promise<unknown> }, name: string): Promise<void> {
  const input = nameInput(el);
  input.value = name;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const corruptRaw = `{"version":1,"entries":[{"name":"${'x'.repeat(600)}`;

describe('saved scenarios: storage layer', () => {
  it('a name that is taken gets a unique variant; the other entry is kept', () => {
    const ls = fullStorage(1e6);
    saveScenario('a', { x: 1 }, new Date(), ls);
    const second = saveScenario('a', { x: 2 }, new Date(), ls);
    expect(second.name).toBe('a (2)');
    expect(loadSaved(ls).entries.map((e) => [e.name, e.scenario])).toEqual([
      ['a', { x: 1 }],
      ['a (2)', { x: 2 }],
    ]);
    expect(uniqueName('a', second.entries)).toBe('a (3)');
  });

  it('refuses an empty name', () => {
    expect(() => saveScenario('   ', { x: 1 }, new Date(), fullStorage(1e6))).toThrow(RangeError);
  });

  it('a corrupt list that cannot be set aside (quota) is reported as stuck, and writes are refused', () => {
    const ls = fullStorage(1000, { [STORE_KEY]: corruptRaw });
    const r = loadSaved(ls);
    expect(r.corrupt).toEqual({ raw: corruptRaw, keptAsideKey: null });
    expect(() => saveScenario('new', { x: 1 }, new Date(), ls)).toThrow(CorruptStoreError);
    expect(ls.getItem(STORE_KEY)).toBe(corruptRaw);
  });
});

describe('<itp-app> save', () => {
  it('keeps the typed name across a change of view and saves under it', async () => {
    const el = await mountApp();
    await typeName(el, 'My run');
    button(el, 'Spine').click(); // a re-render of the whole app
    await settle(el);
    expect(nameInput(el).value).toBe('My run');
    button(el, 'Save in this browser').click();
    await settle(el);
    expect(loadSaved().entries.map((e) => e.name)).toEqual(['My run']);
    expect(status(el)).toBe('Saved “My run”.');
  });

  it('never overwrites an entry with the same name, and says so', async () => {
    const el = await mountApp();
    await typeName(el, 'Mine');
    button(el, 'Save in this browser').click();
    await settle(el);
    button(el, 'Save in this browser').click();
    await settle(el);
    expect(loadSaved().entries.map((e) => e.name)).toEqual(['Mine', 'Mine (2)']);
    expect(status(el)).toContain('Saved as “Mine (2)”');
  });

  it('refuses an empty name with a message instead of saving "Untitled"', async () => {
    const el = await mountApp();
    button(el, 'Save in this browser').click();
    await settle(el);
    expect(loadSaved().entries).toEqual([]);
    expect(status(el)).toBe('Type a name first, then save.');
  });

  it('a saved entry without a scenario is not "Loaded": the message says why', async () => {
    localStorage.setItem(
      STORE_KEY,
      JSON.stringify({ version: 1, entries: [{ name: 'Empty', savedAt: '2026-01-01T10:00:00.000Z' }] }),
    );
    const el = await mountApp();
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Load Empty"]')!.click();
    await settle(el);
    expect(status(el)).toBe('“Empty” could not be loaded: it was saved without a scenario in it.');
  });
});

describe('<itp-app> with a corrupt list and a full storage', () => {
  it('tells the truth, never overwrites the corrupt data, and offers it as a download', async () => {
    localStorage.setItem(STORE_KEY, corruptRaw);
    limitLocalStorage(1000); // room for the corrupt list once, not for a copy of it
    const el = await mountApp();
    expect(status(el)).not.toMatch(/kept|nothing is lost/);
    expect(status(el)).toContain('too full to set them aside');
    await typeName(el, 'New');
    button(el, 'Save in this browser').click();
    await settle(el);
    expect(localStorage.getItem(STORE_KEY)).toBe(corruptRaw);
    expect(status(el)).toContain('saving is paused');

    const got = new Promise<{ name: string; href: string }>((resolve) => {
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        resolve({ name: this.download, href: this.href });
      });
    });
    button(el, 'Download the unreadable saved data').click();
    const file = await got;
    expect(await (await fetch(file.href)).text()).toBe(corruptRaw);
    await settle(el);
    // Only after the download may the learner choose to delete it; then saving works again.
    button(el, 'Delete it and start a new list').click();
    await settle(el);
    button(el, 'Save in this browser').click();
    await settle(el);
    expect(loadSaved().entries.map((e) => e.name)).toEqual(['New']);
  });
});
