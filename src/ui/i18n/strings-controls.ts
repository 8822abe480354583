/**
 * The words of the shared controls: the slider with numeric entry (<itp-slider-field>), the segmented control
 * (<itp-segmented>), the estimate badge's tip, and the handles a learner drags (the rate, the catheter tip). Numbers
 * arrive formatted, each with its unit.
 */
import { registerCatalogue } from './locale.js';

export const CONTROL_TEXT = {
  /** A typed value outside the field's range was set to the nearest allowed one. */
  clamped: (typed: string, set: string, min: string, max: string) =>
    `Allowed from ${min} to ${max}: ${typed} was changed to ${set}.`,
  /** Nothing usable was typed: the value shown stays. */
  notANumber: (min: string, max: string) => `Enter a number from ${min} to ${max}.`,
  /** The number box beside a slider, for a screen reader (the slider has the plain label). */
  exact: (label: string) => `${label}, exact value`,
  /** The estimate badge, in words, and what its tip says. */
  estimate: 'estimate',
  estimateWhy: (source: string) => `Estimate — ${source}`,
  /** The rate handle on the pump drawing. */
  rateHandle: 'Basal rate (drag up or down, or use the arrow keys)',
  rateCaption: 'Basal rate',
  rateValue: (rate: string, dose: string) => `${rate}, that is ${dose} at the tip`,
  /** A vertebral level in words (the catheter tip handle). */
  level: (name: string, region: string, n: number) => `${name}: ${region} vertebra ${n}`,
  regions: { C: 'cervical', T: 'thoracic', L: 'lumbar', S: 'sacral' } as Record<string, string>,
};

registerCatalogue('CONTROL_TEXT', CONTROL_TEXT);
