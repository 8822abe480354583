// The standalone one-lesson page: registers the elements and shows the lesson named in the address; when framed
// by a course platform or launched by one (cmi5), reports the learner's progress to it (src/ui/lms).
import '../src/elements.js';
import { mountLessonPage } from '../src/ui/elements/lesson/lesson-page.js';
import { LESSON_TEXTS } from '../src/ui/i18n/strings-lessons.js';
import { startLessonReporting } from '../src/ui/lms/lesson-reporting.js';
import { applyTheme, savedTheme } from '../src/ui/base/theme-preference.js';

// The theme chosen in the app (same site), else the system's.
applyTheme(savedTheme());

const main = document.getElementById('lesson')!;
const options = mountLessonPage(main, location.search);
if (options.lesson) {
  const id = options.lesson;
  const title = LESSON_TEXTS.find((t) => t.id === id)?.title ?? id;
  startLessonReporting(window, { id, title }, (text, link) => {
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
  });
}
