/**
 * What the standalone lesson page (web/lesson.html) tells a course platform about the learner's progress:
 * iframe messages to the framing page (frame-reporter.ts) and, when a cmi5 platform launched the page, the cmi5
 * statements to its learning record store (cmi5.ts). Both listen to the lesson's own events, bubbling to the
 * document; the lesson element knows nothing of platforms.
 */
import { Cmi5Session, launchParams } from './cmi5.js';
import { startFrameReporter } from './frame-reporter.js';
import { findScormApi, Scorm12Session } from './scorm12.js';
import {
  LESSON_ANSWERED,
  LESSON_COMPLETED,
  type LessonAnsweredDetail,
  type LessonCompletedDetail,
} from './lesson-events.js';
import { answered, attempted, completed, lessonActivityId } from './statements.js';
import { LMS_TEXT as T } from '../i18n/strings-reach.js';

export interface LessonReporting {
  /** The cmi5 session once started (null outside cmi5 or when the launch failed). */
  cmi5: Promise<Cmi5Session | null>;
  /** The SCORM 1.2 attempt when a SCORM platform launched the page (and not cmi5). */
  scorm: Scorm12Session | null;
  stop(): void;
}

/**
 * Starts both reports for `lesson` in `win` (its address gives `parent-origin` and the cmi5 launch parameters).
 * `notice` shows the learner a plain sentence (a failed launch, the way back to the course).
 */
export function startLessonReporting(
  win: Window,
  lesson: { id: string; title: string },
  notice: (text: string, link?: { href: string; text: string }) => void,
): LessonReporting {
  const search = win.location.search;
  const frame = startFrameReporter(win, search);
  const launch = launchParams(search);
  const lessonId = lessonActivityId(lesson.id, launch?.activityId);
  const startedMs = Date.now();
  frame.post({ type: 'itp:statement', statement: attempted(lessonId, lesson.title) });

  const cmi5 = launch
    ? Cmi5Session.start(launch, { onError: (e) => notice(T.notRecorded(messageOf(e))) }).catch(
        (e: unknown) => {
          notice(T.launchFailed(messageOf(e)));
          return null;
        },
      )
    : Promise.resolve(null);
  // A SCORM 1.2 platform (the package's launch page): its API object is on a window above the lesson.
  const api = launch ? null : findScormApi(win);
  const scorm = api
    ? Scorm12Session.start(api, { onError: (e) => notice(T.notRecorded(messageOf(e))) })
    : null;

  const onAnswered = (e: Event) => {
    const d = (e as CustomEvent<LessonAnsweredDetail>).detail;
    frame.post({ type: 'itp:statement', statement: answered(lessonId, d) });
    void cmi5.then((s) => s?.answered(d));
  };
  const onCompleted = (e: Event) => {
    const d = (e as CustomEvent<LessonCompletedDetail>).detail;
    frame.post({ type: 'itp:statement', statement: completed(lessonId, d, Date.now() - startedMs) });
    scorm?.complete(d);
    void cmi5.then(async (s) => {
      if (!s) return;
      await s.complete(d);
      const back = safeLink(s.returnUrl, win.location.href);
      notice(T.recorded, back ? { href: back, text: T.backToCourse } : undefined);
    });
  };
  // A closed tab or a platform that navigates away still ends the session (fetch keepalive outlives the page).
  const onHide = () => {
    scorm?.finish();
    void cmi5.then((s) => s?.terminate(true));
  };
  const doc = win.document;
  doc.addEventListener(LESSON_ANSWERED, onAnswered);
  doc.addEventListener(LESSON_COMPLETED, onCompleted);
  win.addEventListener('pagehide', onHide);
  return {
    cmi5,
    scorm,
    stop: () => {
      frame.stop();
      doc.removeEventListener(LESSON_ANSWERED, onAnswered);
      doc.removeEventListener(LESSON_COMPLETED, onCompleted);
      win.removeEventListener('pagehide', onHide);
    },
  };
}

/** The platform's return address as a link only when it is http(s) (never a javascript: or data: URL). */
function safeLink(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
