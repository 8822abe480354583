// The simulation worker with the 'close' fault (see fault-engine.ts).
import { exposeFaulty } from './fault-engine.js';

exposeFaulty('close');
