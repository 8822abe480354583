import { defineElement } from '../../base/define.js';
import { ItpJourney } from './journey.js';

defineElement('itp-journey', ItpJourney);
