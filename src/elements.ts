// Side-effect entry: registers every itp- element (guarded). Embedders import this one module.
import './ui/elements/run-summary/run-summary.define.js';
import './ui/elements/chart/chart.define.js';
import './ui/elements/pump-compare/pump-compare.define.js';
import './ui/elements/spine/spine.define.js';
import './ui/elements/charts/charts.define.js';
// <itp-app>, <itp-programming>, <itp-lifecycle>, <itp-route-compare>, <itp-trial>, <itp-lesson>, <itp-case>, <itp-journey> and
// <itp-troubleshoot> are their own chunks, loaded when one appears (src/elements-lazy.ts).
import { autoDefineLazyElements } from './elements-lazy.js';
import type { ItpApp } from './ui/elements/app/app.js';
import type { ItpProgramming } from './ui/elements/programming/programming.js';
import type { ItpLifecycle } from './ui/elements/lifecycle/lifecycle.js';
import type { ItpRouteCompare } from './ui/elements/route-compare/route-compare.js';
import type { ItpTrial } from './ui/elements/trial/trial.js';
import type { ItpLesson } from './ui/elements/lesson/lesson.js';
import type { ItpCase } from './ui/elements/case/case.js';
import type { ItpJourney } from './ui/elements/journey/journey.js';
import type { ItpTroubleshoot } from './ui/elements/troubleshoot/troubleshoot.js';
autoDefineLazyElements();
// Types only (erased from the JS): the typed events, on HTMLElementEventMap too, for code that imports this entry.
export type * from './ui/base/events.js';

declare global {
  // The lazy elements' tags are typed here, with the eager ones (their *.define.ts), so that code importing this
  // entry gets `document.createElement('itp-trial')` typed before the element's own module has loaded.
  interface HTMLElementTagNameMap {
    'itp-app': ItpApp;
    'itp-programming': ItpProgramming;
    'itp-lifecycle': ItpLifecycle;
    'itp-route-compare': ItpRouteCompare;
    'itp-trial': ItpTrial;
    'itp-lesson': ItpLesson;
    'itp-case': ItpCase;
    'itp-journey': ItpJourney;
    'itp-troubleshoot': ItpTroubleshoot;
  }
}
