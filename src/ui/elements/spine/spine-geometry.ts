/**
 * Drawing geometry of the sagittal spine: vertebral levels from C1 (top) to S2 (bottom) and their y positions
 * in the SVG. Purely a drawing: positions are even per region, not anatomy (the model's own level positions,
 * in cm, come with the result as distribution.levels).
 */
import { LEVEL_NAMES } from '../../../model/data/patient.js';

/** The model's vertebral levels, cranial (top of the drawing) first. */
export const SPINE_LEVELS: readonly string[] = [...LEVEL_NAMES].reverse();

export const SPINE_TOP = 40;
export const SPINE_STEP = 17;

export function levelY(i: number): number {
  return SPINE_TOP + i * SPINE_STEP;
}

/** Vertebral body height for level i (cervical smaller, lumbar larger), px. */
export function bodyHeight(name: string): number {
  if (name.startsWith('C')) return 11;
  if (name.startsWith('T')) return 13;
  return 15;
}

export function nearestLevel(y: number): number {
  const i = Math.round((y - SPINE_TOP) / SPINE_STEP);
  return Math.max(0, Math.min(SPINE_LEVELS.length - 1, i));
}
