/**
 * Which view and stories (presets) each step of the built-in lessons shows; the words are in
 * src/ui/i18n/strings-lessons.ts, step for step. Registered in lesson order by lessons-builtin.ts.
 */
import type { LessonObserve } from './lesson-types.js';

export interface LessonPlan {
  id: string;
  /** One entry per step of the lesson's text. */
  steps: LessonObserve[];
}

const compare = (story: string, controls?: string): LessonObserve => ({
  view: 'compare',
  stories: [story],
  presetAttr: 'constant-preset',
  controls,
});

export const LESSON_PLANS: LessonPlan[] = [
  {
    id: 'why-intrathecal',
    steps: [
      { view: 'routes', stories: ['morphine-cancer-pain'] },
      { view: 'routes', stories: ['morphine-cancer-pain'] },
    ],
  },
  {
    id: 'constant-vs-programmable',
    steps: [compare('baclofen-constant-rate', ''), compare('baclofen-constant-rate', '')],
  },
  {
    id: 'fever-and-flight',
    steps: [compare('gas-pump-fever-flight', ''), compare('gas-pump-fever-flight', 'temperature altitude')],
  },
  {
    id: 'dead-space',
    steps: [
      { view: 'pictures', stories: ['concentration-change-no-bridge'], pictures: ['dose', 'delay'] },
      {
        view: 'pictures',
        stories: ['concentration-change-bridge', 'catheter-dead-space'],
        pictures: ['dose', 'delay'],
        compareWith: 'concentration-change-no-bridge',
      },
    ],
  },
  {
    id: 'mri',
    steps: [
      { view: 'pictures', stories: ['mri-programmable'], pictures: ['tip', 'events'] },
      {
        view: 'pictures',
        stories: ['mri-accumulator', 'mri-accumulator-gen2'],
        pictures: ['tip', 'events'],
      },
    ],
  },
  {
    id: 'refills-alarms-pocket',
    steps: [
      { view: 'pictures', stories: ['missed-refill'], pictures: ['reservoir', 'events'] },
      { view: 'pictures', stories: ['pocket-fill'], pictures: ['plasma', 'events'] },
    ],
  },
  {
    id: 'battery',
    steps: [{ view: 'pictures', stories: ['battery-end-of-service'], pictures: ['battery', 'events'] }],
  },
  {
    id: 'screening-trial',
    steps: [{ view: 'trial', stories: ['baclofen-bolus-screening', 'continuous-trial-external'] }],
  },
  {
    id: 'tolerance-withdrawal',
    steps: [
      {
        view: 'pictures',
        stories: ['morphine-cancer-pain'],
        pictures: ['sedation'],
        compareWith: 'morphine-naive-start',
      },
      { view: 'pictures', stories: ['morphine-restart-after-gap'], pictures: ['sedation', 'events'] },
      { view: 'pictures', stories: ['missed-refill'], pictures: ['withdrawal', 'events'] },
    ],
  },
];
