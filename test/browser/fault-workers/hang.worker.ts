// The simulation worker with the 'hang' fault (see fault-engine.ts).
import { exposeFaulty } from './fault-engine.js';

exposeFaulty('hang');
