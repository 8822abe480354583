import { defineElement } from '../../base/define.js';
import { ItpLesson } from './lesson.js';

defineElement('itp-lesson', ItpLesson);

declare global {
  interface HTMLElementTagNameMap {
    'itp-lesson': ItpLesson;
  }
}
