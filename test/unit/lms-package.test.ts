// The cmi5 packages of `npm run build:lms` (scripts/lms-package.mjs): each zip has cmi5.xml at its root, well
// formed, with the elements and attributes the cmi5 course structure (§13–14, its XSD's sequence order)
// requires, and an AU URL that points at a file inside the package. Built from a small stand-in app folder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { CMI5_NS, courseStructureXml, lessonPackage } from '../../scripts/lms-package.mjs';
import { lessonsForPackages } from '../../scripts/build-lms.mjs';

const app = mkdtempSync(join(tmpdir(), 'itp-lms-'));
mkdirSync(join(app, 'assets'));
for (const [f, text] of Object.entries({
  'lesson.html': '<!doctype html><script type="module" src="./assets/lesson-1.js"></script>',
  'index.html': 'app',
  'embed.html': 'embed',
  'sw.js': 'sw',
  'workbox-0bb07689.js': 'wb',
  'manifest.webmanifest': '{}',
  'assets/lesson-1.js': 'export {}',
  'assets/release-1.wasm': 'wasm',
}))
  writeFileSync(join(app, f), text);
afterAll(() => rmSync(app, { recursive: true, force: true }));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true });
type Node = Record<string, Node[]> & { ':@'?: Record<string, string>; '#text'?: string };
const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const children = (n: Node) => (n[tagOf(n)] as Node[]).filter((c) => tagOf(c) !== '#text');
const attrs = (n: Node) => n[':@'] ?? {};
const isIri = (s: string | undefined) => !!s && /^https:\/\/[^\s]+$/.test(s);

/** The checks an LMS's import makes of a one-AU course structure; returns the AU's URL. */
function checkCourseStructure(xml: string): string {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as Node[];
  const root = doc.find((n) => tagOf(n) === 'courseStructure')!;
  expect(root, 'root element courseStructure').toBeDefined();
  expect(attrs(root)['@xmlns']).toBe(CMI5_NS);
  const [course, ...units] = children(root);
  expect(tagOf(course!)).toBe('course');
  expect(isIri(attrs(course!)['@id'])).toBe(true);
  expect(children(course!).map(tagOf)).toEqual(['title', 'description']);
  expect(units.map(tagOf)).toEqual(['au']);
  const au = units[0]!;
  const a = attrs(au);
  expect(isIri(a['@id'])).toBe(true);
  expect(a['@id']).not.toBe(attrs(course!)['@id']);
  expect(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']).toContain(
    a['@moveOn'],
  );
  expect(['AnyWindow', 'OwnWindow']).toContain(a['@launchMethod']);
  expect(children(au).map(tagOf)).toEqual(['title', 'description', 'url']);
  for (const el of [...children(course!), ...children(au)].filter((n) => tagOf(n) !== 'url')) {
    const ls = children(el);
    expect(ls.length).toBeGreaterThan(0);
    for (const l of ls) {
      expect(tagOf(l)).toBe('langstring');
      expect(attrs(l)['@lang']).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
      expect(String((l.langstring as Node[])[0]?.['#text'] ?? '').trim()).not.toBe('');
    }
  }
  const url = children(au).find((n) => tagOf(n) === 'url')!;
  return String((url.url as Node[])[0]!['#text']);
}

describe('cmi5 packages', () => {
  const lesson = { id: 'mri', title: 'MRI & you <test>', description: `The pump's "motor" stops.` };
  const base = 'https://intrathecal-pump-sim.github.io/activities/lessons/';

  it('zip: cmi5.xml at the root, the lesson page and assets, not the app page or the service worker', () => {
    const files = unzipSync(lessonPackage(app, lesson, base));
    expect(Object.keys(files).sort()).toEqual([
      'assets/lesson-1.js',
      'assets/release-1.wasm',
      'cmi5.xml',
      'lesson.html',
    ]);
    const url = checkCourseStructure(strFromU8(files['cmi5.xml']!));
    expect(url).toBe('lesson.html?lesson=mri');
    expect(files[url.split('?')[0]!]).toBeDefined();
    // Text is escaped, never markup: the title comes back exactly.
    const doc = new XMLParser().parse(strFromU8(files['cmi5.xml']!));
    expect(doc.courseStructure.au.title.langstring).toBe('MRI & you <test>');
  });

  it('the same input gives the same bytes (fixed dates, sorted files)', () => {
    expect(
      Buffer.from(lessonPackage(app, lesson, base)).equals(Buffer.from(lessonPackage(app, lesson, base))),
    ).toBe(true);
  });

  it('a folder without the lesson page says to build the app first', () => {
    const empty = mkdtempSync(join(tmpdir(), 'itp-lms-empty-'));
    try {
      expect(() => lessonPackage(empty, lesson, base)).toThrow(/npm run build:app/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('every lesson of the app: a valid course structure with its own AU id', async () => {
    const { lessons, activityBase } = await lessonsForPackages();
    expect(lessons.length).toBeGreaterThanOrEqual(8);
    const ids = new Set<string>();
    for (const l of lessons) {
      const xml = courseStructureXml(l, activityBase);
      expect(checkCourseStructure(xml)).toBe(`lesson.html?lesson=${l.id}`);
      ids.add(new XMLParser({ ignoreAttributes: false }).parse(xml).courseStructure.au['@_id']);
    }
    expect(ids.size).toBe(lessons.length);
  }, 30_000);
});
