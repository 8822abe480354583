// The cmi5 launch sequence of the lesson page against a fake learning record store (an in-memory fetch): token,
// launch data, initialized → answered → completed → passed/failed → terminated, with the rules of cmi5 §7–9
// that an LMS checks (auth header, version header, context template, categories, which result fields go where).
import { describe, expect, it } from 'vitest';
import {
  CMI5_CATEGORY,
  Cmi5Session,
  MASTERY_EXTENSION,
  MOVEON_CATEGORY,
  launchParams,
} from '../../src/ui/lms/cmi5.js';

const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.test', name: 'learner-7' } };
const REG = '6c2e9a52-5f3c-4b8e-9f0a-0d7c1e2b3a49';
const ACTIVITY = 'https://lms.test/cmi5/au/42';
const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const PUBLISHER = 'https://intrathecal-pump-sim.github.io/activities/lessons/mri';

const search = (o: Record<string, string>) => `?${new URLSearchParams(o)}`;
const LAUNCH = search({
  lesson: 'mri',
  endpoint: 'https://lrs.test/xapi',
  fetch: 'https://lms.test/fetch/once',
  actor: JSON.stringify(ACTOR),
  registration: REG,
  activityId: ACTIVITY,
});

interface Recorded {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: Record<string, unknown>;
}

/** An LRS + token endpoint in memory. The token is handed out once (cmi5 §8.2). */
function fakeLrs(launchData: Record<string, unknown>) {
  const requests: Recorded[] = [];
  let tokens = 0;
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>));
    const body =
      typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined;
    requests.push({ url, method: init.method ?? 'GET', headers, body });
    const json = (o: unknown, status = 200) =>
      new Response(JSON.stringify(o), { status, headers: { 'Content-Type': 'application/json' } });
    if (url === 'https://lms.test/fetch/once' && init.method === 'POST')
      return tokens++ === 0
        ? json({ 'auth-token': 'dG9rZW4tMQ==' })
        : json({ 'error-code': '1', 'error-text': 'used' });
    if (headers.Authorization !== 'Basic dG9rZW4tMQ==') return json({ error: 'auth' }, 401);
    if (url.startsWith('https://lrs.test/xapi/activities/state?')) return json(launchData);
    if (url === 'https://lrs.test/xapi/statements' && init.method === 'POST') return json([body?.id]);
    return json({ error: 'not found' }, 404);
  };
  const statements = () => requests.filter((r) => r.url.endsWith('/statements')).map((r) => r.body!);
  const verbs = () => statements().map((s) => (s.verb as { display: { 'en-US': string } }).display['en-US']);
  return { fetch, requests, statements, verbs };
}

const TEMPLATE = {
  contextActivities: { grouping: [{ id: PUBLISHER }] },
  extensions: { [SESSION_EXT]: 'session-1' },
};
const answeredDetail = (correct: boolean) => ({
  lesson: 'mri',
  step: 1,
  question: 'What happens to the accumulator pump in the scanner?',
  choice: correct ? 0 : 2,
  answer: correct ? 'It stops and resumes' : 'Nothing',
  correct,
  first: true,
});

async function launch(launchData: Record<string, unknown>) {
  const lrs = fakeLrs(launchData);
  let t = Date.parse('2026-12-05T09:00:00Z');
  const s = await Cmi5Session.start(launchParams(LAUNCH)!, {
    fetch: lrs.fetch as typeof fetch,
    now: () => (t += 1500),
    onError: (e) => {
      throw e;
    },
  });
  return { lrs, s };
}

describe('cmi5 launch parameters', () => {
  it('reads the five launch parameters next to the lesson’s own', () => {
    const p = launchParams(LAUNCH)!;
    expect(p).toEqual({
      endpoint: 'https://lrs.test/xapi/',
      fetch: 'https://lms.test/fetch/once',
      actor: ACTOR,
      registration: REG,
      activityId: ACTIVITY,
    });
  });
  it('is not a cmi5 launch when one is missing or the actor is not JSON', () => {
    expect(launchParams('?lesson=mri')).toBeNull();
    const q = new URLSearchParams(LAUNCH);
    q.delete('fetch');
    expect(launchParams(`?${q}`)).toBeNull();
    q.set('fetch', 'https://lms.test/f');
    q.set('actor', '{not json');
    expect(launchParams(`?${q}`)).toBeNull();
  });
});

describe('cmi5 session against a fake LRS', () => {
  it('token, launch data, initialized → answered → completed → passed → terminated, in that order', async () => {
    const { lrs, s } = await launch({ contextTemplate: TEMPLATE, launchMode: 'Normal', masteryScore: 0.5 });
    await s.answered(answeredDetail(true));
    await s.complete({ lesson: 'mri', score: 2, total: 3, scaled: 2 / 3 });
    expect(lrs.requests[0]).toMatchObject({ url: 'https://lms.test/fetch/once', method: 'POST' });
    const state = new URL(lrs.requests[1]!.url);
    expect(state.pathname).toBe('/xapi/activities/state');
    expect(state.searchParams.get('stateId')).toBe('LMS.LaunchData');
    expect(state.searchParams.get('activityId')).toBe(ACTIVITY);
    expect(state.searchParams.get('registration')).toBe(REG);
    expect(JSON.parse(state.searchParams.get('agent')!)).toEqual(ACTOR);
    expect(lrs.verbs()).toEqual(['initialized', 'answered', 'completed', 'passed', 'terminated']);
    for (const r of lrs.requests.slice(1)) {
      expect(r.headers.Authorization).toBe('Basic dG9rZW4tMQ==');
      expect(r.headers['X-Experience-API-Version']).toBe('1.0.3');
    }
    const ids = new Set<unknown>();
    let last = '';
    for (const st of lrs.statements()) {
      expect(st.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(st.id);
      expect(st.actor).toEqual(ACTOR);
      expect(String(st.timestamp) > last).toBe(true);
      last = String(st.timestamp);
      const ctx = st.context as {
        registration: string;
        contextActivities: { grouping: unknown[]; category?: { id: string }[] };
        extensions: Record<string, unknown>;
      };
      expect(ctx.registration).toBe(REG);
      expect(ctx.contextActivities.grouping).toEqual([{ id: PUBLISHER }]);
      expect(ctx.extensions[SESSION_EXT]).toBe('session-1');
    }
    expect(ids.size).toBe(5);
    interface Sent {
      object: { id: string };
      result?: Record<string, unknown>;
      context: { contextActivities: { category?: { id: string }[] }; extensions: Record<string, unknown> };
    }
    const [init, ans, comp, pass, term] = lrs.statements() as unknown as Sent[];
    const cats = (st: Sent) => (st.context.contextActivities.category ?? []).map((c) => c.id);
    // cmi5-defined statements are about the AU (the platform's activityId) and carry the cmi5 category.
    for (const st of [init, comp, pass, term]) {
      expect(st!.object.id).toBe(ACTIVITY);
      expect(cats(st!)).toContain(CMI5_CATEGORY);
    }
    expect(init!.result).toBeUndefined();
    // An "allowed" statement: no cmi5 or moveOn category, its own object under the AU.
    expect(cats(ans!)).toEqual([]);
    expect(ans!.object.id).toBe(`${ACTIVITY}/steps/1`);
    expect(ans!.result).toEqual({ response: 'It stops and resumes', success: true });
    // completed: completion only (no score, no success), with duration and the moveOn category.
    expect(comp!.result).toEqual({ completion: true, duration: expect.stringMatching(/^PT[\d.]+S$/) });
    expect(cats(comp!)).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
    expect(pass!.result).toEqual({
      success: true,
      score: { raw: 2, min: 0, max: 3, scaled: 2 / 3 },
      duration: expect.stringMatching(/^PT[\d.]+S$/),
    });
    expect(pass!.context.extensions[MASTERY_EXTENSION]).toBe(0.5);
    expect(cats(pass!)).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
    expect(Object.keys(term!.result!)).toEqual(['duration']);
    expect(cats(term!)).toEqual([CMI5_CATEGORY]);
  });

  it('failed below the mastery score; no pass/fail without one', async () => {
    const a = await launch({ contextTemplate: TEMPLATE, masteryScore: 0.8 });
    await a.s.complete({ lesson: 'mri', score: 1, total: 3, scaled: 1 / 3 });
    expect(a.lrs.verbs()).toEqual(['initialized', 'completed', 'failed', 'terminated']);
    expect((a.lrs.statements()[2]!.result as { success: boolean }).success).toBe(false);
    const b = await launch({ contextTemplate: TEMPLATE });
    await b.s.complete({ lesson: 'mri', score: 3, total: 3, scaled: 1 });
    expect(b.lrs.verbs()).toEqual(['initialized', 'completed', 'terminated']);
  });

  it('Browse and Review record no completion; nothing is sent after terminated; completed once', async () => {
    const browse = await launch({ contextTemplate: TEMPLATE, launchMode: 'Browse', masteryScore: 0.5 });
    await browse.s.complete({ lesson: 'mri', score: 3, total: 3, scaled: 1 });
    expect(browse.lrs.verbs()).toEqual(['initialized', 'terminated']);
    const closed = await launch({ contextTemplate: TEMPLATE, masteryScore: 0.5 });
    await closed.s.terminate(true);
    await closed.s.answered(answeredDetail(false));
    await closed.s.complete({ lesson: 'mri', score: 3, total: 3, scaled: 1 });
    await closed.s.terminate();
    expect(closed.lrs.verbs()).toEqual(['initialized', 'terminated']);
    const twice = await launch({ contextTemplate: TEMPLATE });
    await twice.s.complete({ lesson: 'mri', score: 1, total: 1, scaled: 1 });
    await twice.s.complete({ lesson: 'mri', score: 1, total: 1, scaled: 1 });
    expect(twice.lrs.verbs()).toEqual(['initialized', 'completed', 'terminated']);
  });

  it('a refused token or missing launch data rejects the start with a plain reason', async () => {
    const lrs = fakeLrs({});
    await lrs.fetch('https://lms.test/fetch/once', { method: 'POST' }); // the one-time token is used up
    await expect(
      Cmi5Session.start(launchParams(LAUNCH)!, { fetch: lrs.fetch as typeof fetch }),
    ).rejects.toThrow('the platform sent no launch token');
    const noState = async (u: string | URL | Request, init: RequestInit = {}) =>
      String(u).includes('/fetch/')
        ? new Response(JSON.stringify({ 'auth-token': 'x' }))
        : new Response('{}', { status: init.method === 'POST' ? 200 : 404 });
    await expect(
      Cmi5Session.start(launchParams(LAUNCH)!, { fetch: noState as typeof fetch }),
    ).rejects.toThrow('the platform sent no launch data (HTTP 404)');
  });
});
