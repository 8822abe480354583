import { defineElement } from '../../base/define.js';
import { ItpLessonPictures } from './lesson-pictures.js';

defineElement('itp-lesson-pictures', ItpLessonPictures);

declare global {
  interface HTMLElementTagNameMap {
    'itp-lesson-pictures': ItpLessonPictures;
  }
}
