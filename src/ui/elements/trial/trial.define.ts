import { defineElement } from '../../base/define.js';
import { ItpTrial } from './trial.js';

defineElement('itp-trial', ItpTrial);
