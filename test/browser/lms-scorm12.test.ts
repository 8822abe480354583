// SCORM 1.2 run-time (src/ui/lms/scorm12.ts through lesson-reporting.ts): the lesson page in a frame finds the
// platform's API object on its parent window, and calls it in the SCORM order — initialize, status incomplete,
// commit; at the summary the score and passed/failed/completed, commit; finish when the page goes away.
import { afterEach, describe, expect, it } from 'vitest';
import { startLessonReporting } from '../../src/ui/lms/lesson-reporting.js';
import { LESSON_COMPLETED } from '../../src/ui/lms/lesson-events.js';

type Call = [string, ...string[]];

/** A platform's API: records every call, answers LMSGetValue from `data`. */
function fakeApi(data: Record<string, string>) {
  const calls: Call[] = [];
  const api = {
    LMSInitialize: (a: string) => (calls.push(['LMSInitialize', a]), 'true'),
    LMSFinish: (a: string) => (calls.push(['LMSFinish', a]), 'true'),
    LMSGetValue: (e: string) => data[e] ?? '',
    LMSSetValue: (e: string, v: string) => (calls.push(['LMSSetValue', e, v]), (data[e] = v), 'true'),
    LMSCommit: (a: string) => (calls.push(['LMSCommit', a]), 'true'),
    LMSGetLastError: () => '0',
  };
  return { api, calls };
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
  delete (window as unknown as { API?: unknown }).API;
});

/** A lesson page in a frame of this window (the "platform"), reporting; returns its window. */
async function lessonInFrame(): Promise<Window> {
  const f = document.createElement('iframe');
  frames.push(f);
  document.body.append(f);
  await new Promise((r) => setTimeout(r));
  return f.contentWindow!;
}

const complete = (win: Window, score: number, total: number) =>
  win.document.dispatchEvent(
    new CustomEvent(LESSON_COMPLETED, { detail: { lesson: 'mri', score, total, scaled: score / total } }),
  );

describe('SCORM 1.2 reporting', () => {
  it('finds window.API on the parent and calls it in order, with the score; passed against the mastery score', async () => {
    const { api, calls } = fakeApi({
      'cmi.core.lesson_status': 'not attempted',
      'cmi.student_data.mastery_score': '75',
    });
    (window as unknown as { API: unknown }).API = api;
    const win = await lessonInFrame();
    const notices: string[] = [];
    const r = startLessonReporting(win, { id: 'mri', title: 'MRI' }, (t) => notices.push(t));
    expect(r.scorm).not.toBeNull();
    complete(win, 3, 4);
    win.dispatchEvent(new PageTransitionEvent('pagehide'));
    win.dispatchEvent(new PageTransitionEvent('pagehide')); // finishing twice calls LMSFinish once
    r.stop();
    expect(calls).toEqual([
      ['LMSInitialize', ''],
      ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete'],
      ['LMSCommit', ''],
      ['LMSSetValue', 'cmi.core.score.min', '0'],
      ['LMSSetValue', 'cmi.core.score.max', '4'],
      ['LMSSetValue', 'cmi.core.score.raw', '3'],
      ['LMSSetValue', 'cmi.core.lesson_status', 'passed'],
      ['LMSCommit', ''],
      ['LMSFinish', ''],
    ]);
    expect(notices).toEqual([]);
  });

  it('failed under the mastery score; completed without one; nothing written in review mode', async () => {
    const failing = fakeApi({ 'cmi.student_data.mastery_score': '80' });
    (window as unknown as { API: unknown }).API = failing.api;
    let win = await lessonInFrame();
    let r = startLessonReporting(win, { id: 'mri', title: 'MRI' }, () => {});
    complete(win, 2, 4);
    r.stop();
    expect(failing.calls).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'failed']);

    const plain = fakeApi({ 'cmi.core.lesson_status': 'incomplete' });
    (window as unknown as { API: unknown }).API = plain.api;
    win = await lessonInFrame();
    r = startLessonReporting(win, { id: 'mri', title: 'MRI' }, () => {});
    complete(win, 1, 4);
    r.stop();
    expect(plain.calls.filter((c) => c[1] === 'cmi.core.lesson_status')).toEqual([
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
    ]);

    const review = fakeApi({ 'cmi.core.lesson_mode': 'review' });
    (window as unknown as { API: unknown }).API = review.api;
    win = await lessonInFrame();
    r = startLessonReporting(win, { id: 'mri', title: 'MRI' }, () => {});
    complete(win, 4, 4);
    win.dispatchEvent(new PageTransitionEvent('pagehide'));
    r.stop();
    expect(review.calls).toEqual([
      ['LMSInitialize', ''],
      ['LMSFinish', ''],
    ]);
  });

  it('outside SCORM there is no API and no session; a refused call is told to the learner', async () => {
    const win = await lessonInFrame();
    const r = startLessonReporting(win, { id: 'mri', title: 'MRI' }, () => {});
    expect(r.scorm).toBeNull();
    r.stop();
    const { api } = fakeApi({});
    (window as unknown as { API: unknown }).API = {
      ...api,
      LMSCommit: () => 'false',
      LMSGetLastError: () => '101',
    };
    const notices: string[] = [];
    const w2 = await lessonInFrame();
    startLessonReporting(w2, { id: 'mri', title: 'MRI' }, (t) => notices.push(t)).stop();
    expect(notices.join(' ')).toMatch(/101/);
  });
});
