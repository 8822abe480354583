/**
 * The cmi5 launch sequence of one lesson (an "assignable unit"), as the cmi5 specification (quartz edition)
 * lays it out:
 *   1. the platform opens the lesson's URL with `endpoint`, `fetch`, `actor`, `registration`, `activityId`;
 *   2. POST `fetch` → `{ "auth-token" }`, used as `Authorization: Basic <token>` for every LRS request;
 *   3. GET the state `LMS.LaunchData` (context template, launch mode, mastery score, return URL);
 *   4. statement `initialized`; while the lesson runs, `answered` (allowed statements);
 *   5. at the summary: `completed`, then `passed` or `failed` when the platform set a mastery score — only in
 *      launch mode "Normal" (Browse and Review record nothing that changes the learner's standing);
 *   6. `terminated` when the lesson is finished or the page is closed; nothing after it.
 * Every statement has the actor, the registration and the context template; cmi5-defined ones carry the cmi5
 * category, completed/passed/failed the moveOn one too. xAPI version header 1.0.3.
 */
import type { LessonAnsweredDetail, LessonCompletedDetail } from './lesson-events.js';
import {
  answered,
  isoDuration,
  scoreOf,
  verb,
  type Result,
  type Statement,
  type VerbName,
} from './statements.js';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const XAPI_VERSION = '1.0.3';

export interface LaunchParams {
  endpoint: string;
  fetch: string;
  actor: unknown;
  registration: string;
  activityId: string;
}

/** The cmi5 launch parameters in a query string, or null when the page was not launched by a cmi5 platform. */
export function launchParams(search: string): LaunchParams | null {
  const q = new URLSearchParams(search);
  const [endpoint, fetchUrl, actor, registration, activityId] = [
    'endpoint',
    'fetch',
    'actor',
    'registration',
    'activityId',
  ].map((k) => q.get(k));
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return null;
  let agent: unknown;
  try {
    agent = JSON.parse(actor);
  } catch {
    return null;
  }
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetch: fetchUrl,
    actor: agent,
    registration,
    activityId,
  };
}

interface LaunchData {
  contextTemplate?: { contextActivities?: Record<string, unknown[]>; extensions?: Record<string, unknown> };
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
  moveOn?: string;
}

type Fetch = typeof globalThis.fetch;

/** One launch of one lesson. Create with `Cmi5Session.start`; methods never throw (failures go to `onError`). */
export class Cmi5Session {
  private terminated = false;
  private done = false;
  private readonly startedMs: number;
  /** Statements are sent one after the other, in the order the learner caused them. */
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    readonly params: LaunchParams,
    private readonly token: string,
    readonly launchData: LaunchData,
    private readonly http: Fetch,
    private readonly now: () => number,
    private readonly onError: (e: unknown) => void,
  ) {
    this.startedMs = now();
  }

  /** Steps 2–4: the auth token, the launch data, `initialized`. Rejects when the platform cannot be reached. */
  static async start(
    params: LaunchParams,
    opts: { fetch?: Fetch; now?: () => number; onError?: (e: unknown) => void } = {},
  ): Promise<Cmi5Session> {
    const http = opts.fetch ?? globalThis.fetch.bind(globalThis);
    const tokenRes = await http(params.fetch, { method: 'POST' });
    if (!tokenRes.ok) throw new Error(`the platform refused the launch token (HTTP ${tokenRes.status})`);
    const token = ((await tokenRes.json()) as { 'auth-token'?: string })['auth-token'];
    if (!token) throw new Error('the platform sent no launch token');
    const q = new URLSearchParams({
      stateId: 'LMS.LaunchData',
      activityId: params.activityId,
      agent: JSON.stringify(params.actor),
      registration: params.registration,
    });
    const stateRes = await http(`${params.endpoint}activities/state?${q}`, {
      headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION },
    });
    if (!stateRes.ok) throw new Error(`the platform sent no launch data (HTTP ${stateRes.status})`);
    const launchData = (await stateRes.json()) as LaunchData;
    const s = new Cmi5Session(
      params,
      token,
      launchData,
      http,
      opts.now ?? Date.now,
      opts.onError ?? console.error,
    );
    await s.send('initialized', {}, true);
    return s;
  }

  get normal(): boolean {
    return (this.launchData.launchMode ?? 'Normal') === 'Normal';
  }

  /** An answer (an xAPI "allowed" statement: no cmi5 category). */
  answered(d: LessonAnsweredDetail): Promise<void> {
    const st = answered(this.params.activityId, d);
    return this.enqueue(() => this.post(st, false, false));
  }

  /** Step 5 then 6: completed (+ passed/failed against the mastery score), terminated. Once per launch. */
  complete(d: LessonCompletedDetail): Promise<void> {
    if (this.done) return this.queue;
    this.done = true;
    if (this.normal) {
      // cmi5 9.5: only passed/failed carry a score or success; completed carries completion alone.
      void this.send('completed', { completion: true }, true, true);
      const mastery = this.launchData.masteryScore;
      const score = scoreOf(d);
      if (typeof mastery === 'number' && score) {
        const pass = score.scaled >= mastery;
        void this.send(pass ? 'passed' : 'failed', { success: pass, score }, true, true, false, {
          [MASTERY_EXTENSION]: mastery,
        });
      }
    }
    return this.terminate();
  }

  /** Step 6. `keepalive` lets the request outlive a closing page. */
  terminate(keepalive = false): Promise<void> {
    if (this.terminated) return this.queue;
    const p = this.send('terminated', {}, true, false, keepalive);
    this.terminated = true;
    return p;
  }

  /** Where the platform wants the learner to go when done (cmi5 returnURL), if it said. */
  get returnUrl(): string | undefined {
    return this.launchData.returnURL;
  }

  /** A cmi5-defined statement about the lesson itself; every one but initialized has the session's duration. */
  private send(
    name: VerbName,
    result: Result,
    cmi5: boolean,
    moveOn = false,
    keepalive = false,
    extensions: Record<string, unknown> = {},
  ): Promise<void> {
    return this.enqueue(() => {
      const st: Statement = {
        verb: verb(name),
        object: { objectType: 'Activity', id: this.params.activityId },
        ...(name === 'initialized'
          ? {}
          : { result: { ...result, duration: isoDuration(this.now() - this.startedMs) } }),
      };
      return this.post(st, cmi5, moveOn, keepalive, extensions);
    });
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    if (this.terminated) return this.queue;
    this.queue = this.queue.then(job).catch(this.onError);
    return this.queue;
  }

  private async post(
    st: Statement,
    cmi5: boolean,
    moveOn: boolean,
    keepalive = false,
    extensions: Record<string, unknown> = {},
  ): Promise<void> {
    const tpl = this.launchData.contextTemplate ?? {};
    const category = [
      ...((tpl.contextActivities?.category as unknown[] | undefined) ?? []),
      ...(cmi5 ? [{ id: CMI5_CATEGORY }] : []),
      ...(moveOn ? [{ id: MOVEON_CATEGORY }] : []),
    ];
    const statement = {
      id: crypto.randomUUID(),
      timestamp: new Date(this.now()).toISOString(),
      actor: this.params.actor,
      ...st,
      context: {
        ...tpl,
        registration: this.params.registration,
        extensions: { ...tpl.extensions, ...extensions },
        contextActivities: { ...tpl.contextActivities, ...(category.length ? { category } : {}) },
      },
    };
    const res = await this.http(`${this.params.endpoint}statements`, {
      method: 'POST',
      keepalive,
      headers: {
        Authorization: `Basic ${this.token}`,
        'X-Experience-API-Version': XAPI_VERSION,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(statement),
    });
    if (!res.ok)
      throw new Error(`the platform did not record "${st.verb.display['en-US']}" (HTTP ${res.status})`);
  }
}
