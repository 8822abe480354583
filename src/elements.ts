// Side-effect entry: registers every itp- element (guarded). Embedders import this one module.
import './components/run-summary/run-summary.define.js';
import './components/chart/chart.define.js';
import './components/pump-compare/pump-compare.define.js';
