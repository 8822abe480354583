// The SCORM 1.2 packages of `npm run build:lms` (scripts/lms-package.mjs): each zip has imsmanifest.xml at its
// root, well formed, with what SCORM 1.2 (IMS Content Packaging 1.1.2 + adlcp) requires of a one-SCO course:
// the metadata schema, an organization with an item whose identifierref names a resource, and that resource a
// SCO (adlcp:scormtype="sco") whose href is the lesson page, listing every file of the package.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { ADLCP_NS, IMSCP_NS, scormManifestXml, scormPackage } from '../../scripts/lms-package.mjs';

const app = mkdtempSync(join(tmpdir(), 'itp-scorm-'));
mkdirSync(join(app, 'assets'));
for (const [f, text] of Object.entries({
  'lesson.html': '<!doctype html><script type="module" src="./assets/lesson-1.js"></script>',
  'index.html': 'app',
  'sw.js': 'sw',
  'assets/lesson-1.js': 'export {}',
  'assets/release-1.wasm': 'wasm',
}))
  writeFileSync(join(app, f), text);
afterAll(() => rmSync(app, { recursive: true, force: true }));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: () => true });
type El = Record<string, El[] | string> & { '#text'?: string };
const one = (el: El, tag: string): El => {
  const list = el[tag] as El[] | undefined;
  expect(list, tag).toBeDefined();
  expect(list, tag).toHaveLength(1);
  return list![0]!;
};
const text = (el: El) => String((el as unknown as { '#text'?: unknown })['#text'] ?? el).trim();

/** The checks a platform's SCORM 1.2 import makes; returns the SCO's launch href and its file list. */
function checkManifest(xml: string): { href: string; files: string[]; title: string } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const manifest = one(parser.parse(xml) as El, 'manifest');
  expect(manifest['@xmlns']).toEqual([IMSCP_NS]);
  expect(manifest['@xmlns:adlcp']).toEqual([ADLCP_NS]);
  const meta = one(manifest, 'metadata');
  expect(String(one(meta, 'schema'))).toBe('ADL SCORM');
  expect(String(one(meta, 'schemaversion'))).toBe('1.2');
  const orgs = one(manifest, 'organizations');
  const org = one(orgs, 'organization');
  expect(orgs['@default']).toEqual(org['@identifier']);
  const item = one(org, 'item');
  const resources = one(manifest, 'resources');
  const res = one(resources, 'resource');
  expect(item['@identifierref']).toEqual(res['@identifier']);
  expect(res['@adlcp:scormtype']).toEqual(['sco']);
  expect(res['@type']).toEqual(['webcontent']);
  const files = (res.file as El[]).map((f) => String((f['@href'] as unknown as string[])[0]));
  return {
    href: String((res['@href'] as unknown as string[])[0]),
    files,
    title: text(one(item, 'title')),
  };
}

describe('SCORM 1.2 packages', () => {
  const lesson = { id: 'mri', title: 'MRI & you <test>', description: 'The motor stops.' };

  it('zip: imsmanifest.xml at the root and the lesson page with its assets, all listed in the manifest', () => {
    const files = unzipSync(scormPackage(app, lesson));
    expect(Object.keys(files).sort()).toEqual([
      'assets/lesson-1.js',
      'assets/release-1.wasm',
      'imsmanifest.xml',
      'lesson.html',
    ]);
    const m = checkManifest(strFromU8(files['imsmanifest.xml']!));
    expect(m.title).toBe('MRI & you <test>');
    expect(m.href).toBe('lesson.html?lesson=mri');
    expect(files[m.href.split('?')[0]!]).toBeDefined();
    expect(m.files.sort()).toEqual(['assets/lesson-1.js', 'assets/release-1.wasm', 'lesson.html']);
  });

  it('the check can fail: a resource that is not a SCO, or an item naming no resource', () => {
    const xml = scormManifestXml(lesson, ['lesson.html']);
    expect(() => checkManifest(xml.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"'))).toThrow();
    expect(() => checkManifest(xml.replace('identifierref="res-mri"', 'identifierref="res-x"'))).toThrow();
  });
});
