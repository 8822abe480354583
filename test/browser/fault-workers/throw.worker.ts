// The simulation worker with the 'throw' fault (see fault-engine.ts).
import { exposeFaulty } from './fault-engine.js';

exposeFaulty('throw');
