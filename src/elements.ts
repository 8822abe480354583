// Side-effect entry: registers every itp- element (guarded). Embedders import this one module.
import './components/run-summary/run-summary.define.js';
import './components/trial/trial.define.js';
