/**
 * Consistency checks of pump replacement events (pass 2 of validate.ts): replacement is for implanted pumps, the
 * fill fits the new pump's reservoir, and a programmable pump replacing a constant-rate one needs a program.
 */
import { issue, type ScenarioIssue } from './errors.js';
import type { Scenario } from './schema.js';
import { resolveDevice } from './resolve.js';
import { rangeText } from './fields.js';

const IMPLANTED = ['programmable', 'accumulator', 'constant-rate'];
const IMPLANTED_TEXT = `must be an implanted pump (one of: ${IMPLANTED.join(', ')}): external pumps are not replaced by a scenario event`;

export function checkReplacements(s: Scenario, out: ScenarioIssue[]): void {
  s.events.forEach((e, i) => {
    if (e.type !== 'replacement') return;
    const at = `events.${i}`;
    if (!IMPLANTED.includes(s.device.kind)) {
      out.push(
        issue('device.kind', s.device.kind, `${IMPLANTED_TEXT} (${at} replaces it)`, 'error', {
          code: 'implanted-only',
          params: { options: [...IMPLANTED], event: i },
        }),
      );
    }
    if (e.device && !IMPLANTED.includes(e.device.kind)) {
      out.push(
        issue(`${at}.device.kind`, e.device.kind, IMPLANTED_TEXT, 'error', {
          code: 'implanted-only',
          params: { options: [...IMPLANTED] },
        }),
      );
    }
    const cap = resolveDevice(e.device ? { ...s, device: e.device } : s).reservoirMl;
    if (e.volumeMl > cap) {
      out.push(
        issue(
          `${at}.volumeMl`,
          e.volumeMl,
          `the fill cannot exceed the new pump's reservoir (${cap} mL): allowed ${rangeText(0, cap, 'mL')}`,
          'error',
          { code: 'replacement-fill', params: { min: 0, max: cap, unit: 'mL' } },
        ),
      );
    }
    const start = e.atHours + (e.interruptionHours ?? 0);
    if (e.interruptionHours && start > s.durationDays * 24) {
      out.push(
        issue(
          `${at}.interruptionHours`,
          e.interruptionHours,
          `the new pump would start after the end of the run (${s.durationDays * 24} h)`,
          'warning',
          { code: 'replacement-start-after-end', params: { to: s.durationDays * 24 } },
        ),
      );
    }
    s.events.forEach((x, j) => {
      if ((x.type === 'refill' || x.type === 'pocket-fill') && x.atHours >= e.atHours && x.atHours < start) {
        out.push(
          issue(
            `events.${j}.atHours`,
            x.atHours,
            `falls while no pump is implanted (${at}: from ${e.atHours} to ${start} h): the new pump is filled by the replacement`,
            'warning',
            { code: 'no-pump-implanted', params: { event: i, from: e.atHours, to: start } },
          ),
        );
      }
    });
    const programmed =
      s.events.some((x) => x.type === 'reprogram' && x.atHours >= start) ||
      (s.device.kind !== 'constant-rate' && s.program.mode !== 'stopped');
    if (e.device && e.device.kind !== 'constant-rate' && !programmed) {
      out.push(
        issue(
          `${at}.device.kind`,
          e.device.kind,
          'the new pump has no program to run and stays stopped: add a reprogram event at or after its start',
          'warning',
          { code: 'new-pump-unprogrammed', params: {} },
        ),
      );
    }
  });
}
