// The standalone one-lesson page: registers the elements and shows the lesson named in the address; when framed
// by a course platform or launched by one (cmi5), reports the learner's progress to it (src/ui/lms). The lesson
// code is imported dynamically, as the app and the embed do (src/elements-lazy.ts), so that all three pages share
// one eager bundle and one lesson chunk instead of splitting the shared code into more chunks.
import '../src/elements.js';
import { startLessonReporting } from '../src/ui/lms/lesson-reporting.js';
import { applyTheme, savedTheme } from '../src/ui/base/theme-preference.js';
import { setLang } from '../src/ui/i18n/locale.js';
import { startLang } from '../src/ui/i18n/lang-preference.js';

// The theme chosen in the app (same site), else the system's; the language of ?lang= or of the last choice (if
// its catalogue cannot be loaded — offline on a first visit — the lesson shows in English).
applyTheme(savedTheme());
const lang = startLang(location.search);
const main = document.getElementById('lesson')!;

function notice(text: string, link?: { href: string; text: string }): void {
  let p = document.getElementById('lms-notice');
  if (!p) {
    p = document.createElement('p');
    p.id = 'lms-notice';
    p.className = 'note';
    p.setAttribute('role', 'status');
    main.append(p);
  }
  p.textContent = `${text} `;
  if (link) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    p.append(a);
  }
}

// No top-level await here: it would make the bundler split the element code into more chunks (npm run size).
void (lang === 'en' ? Promise.resolve() : setLang(lang))
  .catch(() => undefined)
  .then(() => import('../src/ui/elements/lesson/lesson-page.js'))
  .then(({ mountLessonPage, lessonTitle }) => {
    const options = mountLessonPage(main, location.search);
    if (options.lesson)
      startLessonReporting(window, { id: options.lesson, title: lessonTitle(options.lesson) }, notice);
  });
