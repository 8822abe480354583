// The xAPI-shaped statements and the iframe target origin of the lesson page (src/ui/lms).
import { describe, expect, it } from 'vitest';
import { targetOrigin } from '../../src/ui/lms/frame-reporter.js';
import {
  ACTIVITY_BASE,
  VERBS,
  answered,
  attempted,
  completed,
  isoDuration,
  lessonActivityId,
  scoreOf,
} from '../../src/ui/lms/statements.js';

describe('lesson statements', () => {
  const id = lessonActivityId('fever-and-flight');
  it('name the lesson by an IRI under the project’s base, or the platform’s id', () => {
    expect(id).toBe(`${ACTIVITY_BASE}fever-and-flight`);
    expect(lessonActivityId('x', 'https://lms.test/au/1')).toBe('https://lms.test/au/1');
  });
  it('attempted, answered (answer and whether right), completed (score and duration)', () => {
    expect(attempted(id, 'Fever and flying')).toEqual({
      verb: { id: VERBS.attempted, display: { 'en-US': 'attempted' } },
      object: { objectType: 'Activity', id, definition: { name: { 'en-US': 'Fever and flying' } } },
    });
    const a = answered(id, {
      lesson: 'fever-and-flight',
      step: 0,
      question: 'Q?',
      choice: 1,
      answer: 'Faster',
      correct: false,
      first: true,
    });
    expect(a.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(a.object.id).toBe(`${id}/steps/0`);
    expect(a.result).toEqual({ response: 'Faster', success: false });
    const c = completed(id, { lesson: 'fever-and-flight', score: 2, total: 4, scaled: 0.5 }, 125_040);
    expect(c.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(c.result).toEqual({
      completion: true,
      score: { raw: 2, min: 0, max: 4, scaled: 0.5 },
      duration: 'PT125S',
    });
  });
  it('scores are clean whatever the detail says; a lesson without questions has none', () => {
    expect(scoreOf({ lesson: 'x', score: 7, total: 3, scaled: 9 })).toEqual({
      raw: 3,
      min: 0,
      max: 3,
      scaled: 1,
    });
    expect(scoreOf({ lesson: 'x', score: Number.NaN, total: 2, scaled: Number.NaN })?.scaled).toBe(0);
    expect(scoreOf({ lesson: 'x', score: 0, total: 0, scaled: 0 })).toBeUndefined();
    const c = completed(id, { lesson: 'x', score: 0, total: 0, scaled: 0 }, 1000);
    expect(c.result).toEqual({ completion: true, duration: 'PT1S' });
  });
  it('durations are ISO 8601 to 0.1 s, never negative', () => {
    expect(isoDuration(1234)).toBe('PT1.2S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});

describe('iframe target origin', () => {
  it('is the parent-origin parameter, else the referrer’s origin, else none', () => {
    expect(targetOrigin('https://moodle.example.org/course/x', '')).toBe('https://moodle.example.org');
    expect(targetOrigin(null, 'https://canvas.example.edu/courses/3/pages/y?z=1')).toBe(
      'https://canvas.example.edu',
    );
    expect(targetOrigin(null, '')).toBeNull();
    expect(targetOrigin('', '')).toBeNull();
  });
  it('"*" only when asked for; never a non-http origin', () => {
    expect(targetOrigin('*', 'https://a.test/')).toBe('*');
    expect(targetOrigin('javascript:alert(1)', '')).toBeNull();
    expect(targetOrigin('not a url', 'https://a.test/')).toBeNull();
    expect(targetOrigin(null, 'file:///x.html')).toBeNull();
  });
});
