// Side-effect entry: registers every itp- element (guarded). Embedders import this one module.
import './components/run-summary/run-summary.define.js';
import './components/chart/chart.define.js';
import './components/pump-compare/pump-compare.define.js';
import './components/spine/spine.define.js';
import './components/charts/charts.define.js';
import './components/programming/programming.define.js';
import './components/lifecycle/lifecycle.define.js';
import './components/route-compare/route-compare.define.js';
import './components/lessons/lesson.define.js';
import './components/app/app.define.js';
// <itp-trial> is its own chunk, loaded when one appears (src/elements-lazy.ts).
import { autoDefineLazyElements } from './elements-lazy.js';
autoDefineLazyElements();
// Types only (erased from the JS): the typed events, on HTMLElementEventMap too, for code that imports this entry.
export type * from './components/shared/events.js';
