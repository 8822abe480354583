/**
 * Elements whose code is a separate chunk (dynamic import): rarely used first, heavy (the trial view carries the
 * trial protocols and the zod spec schema; the lesson carries every lesson's questions and texts; the app carries
 * every view; programming its forms; lifecycle the seven-year model). Keeping them out keeps the bundle every
 * embedding page downloads under its budget (`npm run size`). A host page that writes `<itp-trial>` into its own DOM gets it
 * loaded the first time one appears; our own elements that render a lazy element import it themselves (the
 * lesson does for its trial story). Nothing is fetched until an element needs it, so the first-minute payload
 * of a page without a trial is the eager bundle only (`npm run size`).
 */
const LAZY: Record<string, () => Promise<unknown>> = {
  'itp-app': () => import('./ui/elements/app/app.define.js'),
  'itp-programming': () => import('./ui/elements/programming/programming.define.js'),
  'itp-lifecycle': () => import('./ui/elements/lifecycle/lifecycle.define.js'),
  'itp-route-compare': () => import('./ui/elements/route-compare/route-compare.define.js'),
  'itp-trial': () => import('./ui/elements/trial/trial.define.js'),
  'itp-lesson': () => import('./ui/elements/lesson/lesson.define.js'),
  'itp-case': () => import('./ui/elements/case/case.define.js'),
  'itp-journey': () => import('./ui/elements/journey/journey.define.js'),
  'itp-troubleshoot': () => import('./ui/elements/troubleshoot/troubleshoot.define.js'),
};

const pending = new Set(Object.keys(LAZY));
let observer: MutationObserver | null = null;

function load(tag: string): void {
  if (!pending.delete(tag)) return;
  LAZY[tag]!().catch((e: unknown) => console.error(`itp: could not load <${tag}>`, e));
  if (!pending.size) observer?.disconnect();
}

function scan(root: ParentNode): void {
  for (const tag of [...pending]) if (root.querySelector(tag)) load(tag);
}

/** Watches the document (light DOM) for the lazy tags; idempotent. */
export function autoDefineLazyElements(doc: Document = document): void {
  if (observer || !pending.size) return;
  for (const tag of [...pending]) if (customElements.get(tag)) pending.delete(tag);
  scan(doc);
  if (!pending.size) return;
  observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        if (pending.has(n.localName)) load(n.localName);
        else if (n.firstElementChild) scan(n);
      }
  });
  observer.observe(doc, { childList: true, subtree: true });
}
