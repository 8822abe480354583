/** One patient's trial as the timeline view draws it: the judged trial plus dense engine samples. */
import type { TrialProtocol, TrialResult } from './types.js';

export interface TrialTimelineData {
  result: TrialResult;
  protocol: TrialProtocol;
  /** Sample times, h, from 0 to the end of the deciding step. */
  tHours: Float64Array;
  /** Drug-effect fraction 0–1 at each sample. */
  effectFraction: Float64Array;
  /** Side-effect intensity 0–1 at each sample. */
  sideEffect: Float64Array;
}
