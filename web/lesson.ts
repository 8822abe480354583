// The standalone one-lesson page: registers the elements and shows the lesson named in the address. The lesson
// code is imported dynamically, as the app and the embed do (src/elements-lazy.ts), so that all three pages share
// one eager bundle and one lesson chunk instead of splitting the shared code into more chunks.
import '../src/elements.js';

void import('../src/ui/elements/lesson/lesson-page.js').then(({ mountLessonPage }) =>
  mountLessonPage(document.getElementById('lesson')!, location.search),
);
