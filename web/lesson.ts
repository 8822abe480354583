// The standalone one-lesson page: registers the elements and shows the lesson named in the address.
import '../src/elements.js';
import { mountLessonPage } from '../src/ui/elements/lesson/lesson-page.js';

mountLessonPage(document.getElementById('lesson')!, location.search);
