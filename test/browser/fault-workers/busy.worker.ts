// The simulation worker that is busy for 3 s before each run, yielding between slices (see fault-engine.ts).
import { exposeFaulty } from './fault-engine.js';

exposeFaulty('busy');
