/** Which view and presets each lesson uses (texts in src/ui/i18n/strings-lessons.ts). */
export interface LessonPlan {
  id: string;
  view: 'compare' | 'routes' | 'lifecycle' | 'charts' | 'trial';
  presets: string[];
  /** The attribute of the view that receives the preset. */
  presetAttr?: 'preset' | 'constant-preset';
  controls?: string;
}

export const LESSON_PLANS: LessonPlan[] = [
  { id: 'why-intrathecal', view: 'routes', presets: ['morphine-cancer-pain'] },
  {
    id: 'constant-vs-programmable',
    view: 'compare',
    presets: ['baclofen-constant-rate'],
    presetAttr: 'constant-preset',
  },
  {
    id: 'fever-and-flight',
    view: 'compare',
    presets: ['gas-pump-fever-flight'],
    presetAttr: 'constant-preset',
    controls: 'temperature altitude',
  },
  {
    id: 'dead-space',
    view: 'lifecycle',
    presets: ['catheter-dead-space', 'concentration-change-bridge', 'concentration-change-no-bridge'],
  },
  { id: 'mri', view: 'charts', presets: ['mri-programmable', 'mri-accumulator', 'mri-accumulator-gen2'] },
  { id: 'refills-alarms-pocket', view: 'lifecycle', presets: ['missed-refill', 'pocket-fill'] },
  { id: 'battery', view: 'lifecycle', presets: ['battery-end-of-service'] },
  {
    id: 'screening-trial',
    view: 'trial',
    presets: ['baclofen-bolus-screening', 'continuous-trial-external'],
  },
  {
    id: 'tolerance-withdrawal',
    view: 'charts',
    presets: ['morphine-cancer-pain', 'morphine-naive-start', 'morphine-restart-after-gap', 'missed-refill'],
  },
];
