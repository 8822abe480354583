/**
 * The cases' ids and titles only: what a lesson list needs without loading the cases themselves (they are a
 * lazy chunk of the app, src/ui/elements/case).
 */
import type { CaseId } from './types.js';

export const CASE_CATALOG: readonly { id: CaseId; title: string }[] = [
  { id: 'cancer-pain', title: 'Cancer pain: Mr A.' },
  { id: 'chronic-pain', title: 'Chronic back and leg pain: Ms B.' },
  { id: 'spinal-spasticity', title: 'Spasticity after a spinal cord injury: Mr C.' },
  { id: 'cp-child', title: 'A child with cerebral palsy: Lea' },
];

export function caseTitle(id: CaseId): string {
  return CASE_CATALOG.find((c) => c.id === id)!.title;
}
