/**
 * The program being edited, as plain JSON in the scenario format (program.mode, rateMlPerDay, flex,
 * boluses, patientBolus), and the mapping of validation issues back to the field that caused them.
 */
import type { ScenarioIssue } from '../../../model/scenario/errors.js';

export interface FlexStep {
  startHours: number;
  rateMlPerDay: number;
}
export interface Bolus {
  kind: 'single' | 'priming' | 'bridge';
  atHours: number;
  volumeUl?: number;
  durationMinutes?: number;
}
export interface PatientBolus {
  doseUg: number;
  durationMinutes?: number;
  lockoutHours: number;
  maxPerDay: number;
}
export interface ProgramDraft {
  mode: 'stopped' | 'continuous' | 'flex';
  rateMlPerDay: number;
  flex: { periodHours: 24 | 168; steps: FlexStep[] };
  boluses: Bolus[];
  patientBolus: PatientBolus | null;
}

type Json = Record<string, unknown>;
const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);

export function draftFrom(program: Json): ProgramDraft {
  const flex = (program.flex ?? {}) as Json;
  const mode = program.mode === 'flex' || program.mode === 'stopped' ? program.mode : 'continuous';
  return {
    mode,
    rateMlPerDay: num(program.rateMlPerDay, 0.2),
    flex: {
      periodHours: flex.periodHours === 168 ? 168 : 24,
      steps: Array.isArray(flex.steps)
        ? (flex.steps as FlexStep[]).map((s) => ({ ...s }))
        : [
            { startHours: 0, rateMlPerDay: num(program.rateMlPerDay, 0.2) },
            { startHours: 8, rateMlPerDay: num(program.rateMlPerDay, 0.2) * 1.5 },
          ],
    },
    boluses: Array.isArray(program.boluses) ? (program.boluses as Bolus[]).map((b) => ({ ...b })) : [],
    patientBolus: program.patientBolus ? { ...(program.patientBolus as PatientBolus) } : null,
  };
}

/** The draft as a scenario `program` object (only the fields the mode uses). */
export function programFrom(d: ProgramDraft): Json {
  const p: Json = { mode: d.mode };
  if (d.mode === 'continuous') p.rateMlPerDay = d.rateMlPerDay;
  if (d.mode === 'flex') p.flex = { periodHours: d.flex.periodHours, steps: d.flex.steps };
  if (d.boluses.length) p.boluses = d.boluses;
  if (d.patientBolus) p.patientBolus = d.patientBolus;
  return p;
}

/** Issues whose path is exactly `path` (or starts with it, for a group). */
export function issuesAt(issues: ScenarioIssue[], path: string, group = false): ScenarioIssue[] {
  return issues.filter((i) => i.path === path || (group && i.path.startsWith(`${path}.`)));
}

/** Issues not shown next to a field (their paths are not in `shown`): listed in the summary. */
export function otherIssues(issues: ScenarioIssue[], shown: Set<string>): ScenarioIssue[] {
  return issues.filter((i) => !shown.has(i.path));
}

/** The message without its "path = value:" prefix, for display next to the field. */
export function shortMessage(i: ScenarioIssue): string {
  const m = i.message;
  const k = m.indexOf(': ');
  return m.startsWith(i.path) && k > 0 ? m.slice(k + 2) : m;
}
