/**
 * The program being edited, in the scenario format's own types (program.mode, rateMlPerDay, flex, boluses,
 * patientBolus), and the mapping of validation issues back to the field that caused them.
 */
import type { ScenarioIssue } from '../../../model/scenario/errors.js';
import type { ScenarioInput } from '../../../model/scenario/schema.js';

/** The scenario format's own types (type-only imports: no schema code in the bundle). */
export type ProgramInput = NonNullable<ScenarioInput['program']>;
type FlexInput = NonNullable<ProgramInput['flex']>;
export type FlexStep = FlexInput['steps'][number];
export type Bolus = NonNullable<ProgramInput['boluses']>[number];
export type PatientBolus = NonNullable<ProgramInput['patientBolus']>;

export interface ProgramDraft {
  mode: NonNullable<ProgramInput['mode']>;
  rateMlPerDay: number;
  flex: { periodHours: FlexInput['periodHours']; steps: FlexStep[] };
  boluses: Bolus[];
  patientBolus: PatientBolus | null;
}

const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);

/** A draft of `program` (not validated yet: missing or odd fields take the editor's defaults). */
export function draftFrom(program: ProgramInput | undefined): ProgramDraft {
  const p = program ?? {};
  const mode = p.mode === 'flex' || p.mode === 'stopped' ? p.mode : 'continuous';
  const rate = num(p.rateMlPerDay, 0.2);
  return {
    mode,
    rateMlPerDay: rate,
    flex: {
      periodHours: p.flex?.periodHours === 168 ? 168 : 24,
      steps: Array.isArray(p.flex?.steps)
        ? p.flex.steps.map((s) => ({ ...s }))
        : [
            { startHours: 0, rateMlPerDay: rate },
            // 1.5 × the rate, to 4 significant figures (0.2 × 1.5 is 0.30000000000000004 in floating point)
            { startHours: 8, rateMlPerDay: Number((rate * 1.5).toPrecision(4)) },
          ],
    },
    boluses: Array.isArray(p.boluses) ? p.boluses.map((b) => ({ ...b })) : [],
    patientBolus: p.patientBolus ? { ...p.patientBolus } : null,
  };
}

/** The draft as a scenario `program` object (only the fields the mode uses). */
export function programFrom(d: ProgramDraft): ProgramInput {
  const p: ProgramInput = { mode: d.mode };
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
