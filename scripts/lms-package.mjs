// One cmi5 package per lesson (scripts/build-lms.mjs): the lesson page and every built asset it may load, with
// cmi5.xml at the root of the zip — the course structure a platform imports (cmi5 §13–14): a course with one
// assignable unit whose URL is the lesson page, relative to the package. The platform adds its launch
// parameters (endpoint, fetch, actor, registration, activityId) to that URL; the lesson page keeps `lesson=`.
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

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** The zip (bytes) of one lesson's package from a built app folder (dist/app). Deterministic: fixed dates. */
export function lessonPackage(appDir, lesson, activityBase) {
  const files = { 'cmi5.xml': strToU8(courseStructureXml(lesson, activityBase)) };
  for (const p of walk(appDir)) {
    const rel = relative(appDir, p).split(sep).join('/');
    if (!rel.includes('/') && LEAVE_OUT.test(rel)) continue;
    files[rel] = new Uint8Array(readFileSync(p));
  }
  if (!files['lesson.html']) throw new Error(`${appDir} has no lesson.html: run \`npm run build:app\` first`);
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(files, { level: 9, mtime });
}
