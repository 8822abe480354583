import { defineElement } from '../../base/define.js';
import { ItpCase } from './case.js';

defineElement('itp-case', ItpCase);
