// Two packages per lesson (scripts/build-lms.mjs), each the lesson page and every built asset it may load:
// - cmi5: cmi5.xml at the root of the zip — the course structure a platform imports (cmi5 §13–14): a course
//   with one assignable unit whose URL is the lesson page, relative to the package. The platform adds its launch
//   parameters (endpoint, fetch, actor, registration, activityId) to that URL; the lesson page keeps `lesson=`.
// - SCORM 1.2: imsmanifest.xml at the root (IMS Content Packaging 1.1.2 with ADL's adlcp extension): one
//   organization with one item pointing at one resource, a SCO whose launch page is the lesson page; the page
//   finds the platform's `API` object itself (src/ui/lms/scorm12.ts). Every file of the package is listed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { strToU8, zipSync } from 'fflate';

export const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** Files of the built app a lesson does not need in a package: the app and embed pages, the service worker. */
const LEAVE_OUT = /^(index\.html|embed\.html|sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/;

const esc = (s) =>
  String(s).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c],
  );

/**
 * cmi5.xml for one lesson. `lesson`: { id, title, description }; `activityBase`: the IRI the lesson ids live
 * under (statements.ts ACTIVITY_BASE). moveOn "Completed": the learner moves on by finishing the lesson (a
 * platform may still set a mastery score, then the lesson also sends passed or failed). launchMethod
 * "AnyWindow": the platform may show it in a frame or a window.
 */
export function courseStructureXml(lesson, activityBase, lang = 'en-US') {
  const au = `${activityBase}${encodeURIComponent(lesson.id)}`;
  const text = (tag, value) => `<${tag}><langstring lang="${esc(lang)}">${esc(value)}</langstring></${tag}>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<courseStructure xmlns="${CMI5_NS}">`,
    `  <course id="${esc(`${au}/course`)}">`,
    `    ${text('title', lesson.title)}`,
    `    ${text('description', lesson.description)}`,
    '  </course>',
    `  <au id="${esc(au)}" moveOn="Completed" launchMethod="AnyWindow">`,
    `    ${text('title', lesson.title)}`,
    `    ${text('description', lesson.description)}`,
    `    <url>${esc(`lesson.html?lesson=${encodeURIComponent(lesson.id)}`)}</url>`,
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}

export const IMSCP_NS = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
export const ADLCP_NS = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

/** The SCORM 1.2 manifest for one lesson whose package holds `files` (paths relative to the package root). */
export function scormManifestXml(lesson, files) {
  const id = lesson.id.replace(/[^\w.-]/g, '-');
  const href = `lesson.html?lesson=${encodeURIComponent(lesson.id)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="itp-${esc(id)}" version="1.0" xmlns="${IMSCP_NS}" xmlns:adlcp="${ADLCP_NS}"`,
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `    xsi:schemaLocation="${IMSCP_NS} imscp_rootv1p1p2.xsd ${ADLCP_NS} adlcp_rootv1p2.xsd">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="org-${esc(id)}">`,
    `    <organization identifier="org-${esc(id)}">`,
    `      <title>${esc(lesson.title)}</title>`,
    `      <item identifier="item-${esc(id)}" identifierref="res-${esc(id)}" isvisible="true">`,
    `        <title>${esc(lesson.title)}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="res-${esc(id)}" type="webcontent" adlcp:scormtype="sco" href="${esc(href)}">`,
    ...files.map((f) => `      <file href="${esc(f)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** The built app's files a lesson package carries, by path in the package. */
function appFiles(appDir) {
  const files = {};
  for (const p of walk(appDir)) {
    const rel = relative(appDir, p).split(sep).join('/');
    if (!rel.includes('/') && LEAVE_OUT.test(rel)) continue;
    files[rel] = new Uint8Array(readFileSync(p));
  }
  if (!files['lesson.html']) throw new Error(`${appDir} has no lesson.html: run \`npm run build:app\` first`);
  return files;
}

/** Deterministic zips: fixed dates. */
const zip = (files) => zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });

/** The zip (bytes) of one lesson's cmi5 package from a built app folder (dist/app). */
export function lessonPackage(appDir, lesson, activityBase) {
  return zip({ 'cmi5.xml': strToU8(courseStructureXml(lesson, activityBase)), ...appFiles(appDir) });
}

/** The zip (bytes) of one lesson's SCORM 1.2 package from a built app folder (dist/app). */
export function scormPackage(appDir, lesson) {
  const files = appFiles(appDir);
  return zip({ 'imsmanifest.xml': strToU8(scormManifestXml(lesson, Object.keys(files))), ...files });
}
