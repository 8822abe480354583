/**
 * The lesson page's messages to the page that frames it (a course platform's iframe):
 *   { type: 'itp:resize', height }            whenever the page's height changes (px, integer), so the host can
 *                                             size the iframe without a scroll bar;
 *   { type: 'itp:statement', statement }      xAPI-shaped (statements.ts): attempted, answered, completed.
 * They go to ONE target origin: `?parent-origin=<origin>` in the lesson's address, else the origin of the page
 * that opened the frame (document.referrer). Without either nothing is posted: lesson answers are not broadcast to
 * whatever page happens to frame the lesson. `parent-origin=*` posts to any parent, only when a teacher asks.
 */
import type { Statement } from './statements.js';

export type FrameMessage =
  { type: 'itp:resize'; height: number } | { type: 'itp:statement'; statement: Statement };

/**
 * The origin to post to, or null (do not post). `param` is the `parent-origin` query value, `referrer` the
 * document's referrer. Only http(s) origins (or the explicit '*') are accepted; anything else is ignored.
 */
export function targetOrigin(param: string | null, referrer: string): string | null {
  const originOf = (u: string) => {
    try {
      const url = new URL(u);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
    } catch {
      return null;
    }
  };
  if (param !== null && param !== '') return param === '*' ? '*' : originOf(param);
  return referrer ? originOf(referrer) : null;
}

export interface FrameReporter {
  post(message: FrameMessage): void;
  /** Stops watching the height. */
  stop(): void;
}

/**
 * Starts reporting for this window: posts the height now and on every change (ResizeObserver on the root
 * element). Does nothing when the page is not framed or no target origin is known.
 */
export function startFrameReporter(win: Window, search: string): FrameReporter {
  const origin =
    win.parent !== win
      ? targetOrigin(new URLSearchParams(search).get('parent-origin'), win.document.referrer)
      : null;
  const post = (m: FrameMessage) => {
    if (origin) win.parent.postMessage(m, origin);
  };
  if (!origin) return { post, stop: () => {} };
  const root = win.document.documentElement;
  let last = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: 'itp:resize', height });
  };
  const observer = new ResizeObserver(report);
  observer.observe(root);
  report();
  return { post, stop: () => observer.disconnect() };
}
