// The self-contained ES module for pages without a bundler (dist/cdn/itp-sim.js, `intrathecal-pump-sim/cdn`):
// registers every itp- element and exports the browser library, with Lit, comlink and zod bundled in.
import './elements.js';
export * from './index.js';
