// `npm run build:lms`: for each lesson a cmi5 package, dist/lms/<lesson>.zip, and a SCORM 1.2 package,
// dist/lms/scorm12/<lesson>.zip, from the built app (dist/app), for a teacher to upload to a learning platform
// (README: Moodle, Canvas). The lesson list, titles and the activity
// IRI base come from the app's own sources (read through Vite, so nothing is listed twice).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { lessonPackage, scormPackage } from './lms-package.mjs';

const root = new URL('../', import.meta.url);
const src = (p) => new URL(p, root).pathname;
const load = async (p) => (await runnerImport(src(p), { configFile: false, logLevel: 'silent' })).module;

/** Every lesson as { id, title, description } (the first paragraph of its story). */
export async function lessonsForPackages() {
  const { LESSON_PLANS } = await load('src/ui/elements/lesson/lesson-plan.ts');
  const { LESSON_TEXTS } = await load('src/ui/i18n/strings-lessons.ts');
  const { ACTIVITY_BASE } = await load('src/ui/lms/statements.ts');
  const lessons = LESSON_PLANS.map(({ id }) => {
    const t = LESSON_TEXTS.find((x) => x.id === id);
    if (!t) throw new Error(`lesson ${id} has no text in strings-lessons.ts`);
    return { id, title: t.title, description: t.intro[0] ?? t.title };
  });
  return { lessons, activityBase: ACTIVITY_BASE };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const appDir = src('dist/app/');
  const out = src('dist/lms/');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(`${out}scorm12/`, { recursive: true });
  const { lessons, activityBase } = await lessonsForPackages();
  for (const lesson of lessons) {
    const zip = lessonPackage(appDir, lesson, activityBase);
    writeFileSync(`${out}${lesson.id}.zip`, zip);
    console.log(`dist/lms/${lesson.id}.zip  ${(zip.length / 1024).toFixed(1)} KB  ${lesson.title}`);
    const scorm = scormPackage(appDir, lesson);
    writeFileSync(`${out}scorm12/${lesson.id}.zip`, scorm);
    console.log(`dist/lms/scorm12/${lesson.id}.zip  ${(scorm.length / 1024).toFixed(1)} KB  (SCORM 1.2)`);
  }
}
