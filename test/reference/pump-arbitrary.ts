// fast-check generator of random pump schedules (programmable or external, no battery), times on whole seconds.
import fc from 'fast-check';
import type { BasalProgram, Fault, PumpConfig } from '../../src/model/pump-config.js';
import { baseConfig } from './pump-fixtures.js';

const tH = (maxH: number) => fc.integer({ min: 0, max: maxH * 3600 }).map((s) => s / 3600);

const program: fc.Arbitrary<BasalProgram> = fc.oneof(
  fc.constant<BasalProgram>({ mode: 'stopped' }),
  fc
    .double({ min: 0, max: 60, noNaN: true })
    .map<BasalProgram>((r) => ({ mode: 'continuous', rateUlPerHour: r })),
  fc
    .array(fc.record({ startHours: tH(23), rateUlPerHour: fc.double({ min: 0, max: 60, noNaN: true }) }), {
      minLength: 1,
      maxLength: 4,
    })
    .map<BasalProgram>((steps) => ({ mode: 'flex', period: 'day', steps })),
);

const fault = (maxH: number): fc.Arbitrary<Fault> =>
  fc.oneof(
    fc.record({ kind: fc.constant('occlusion' as const), tHours: tH(maxH), durationHours: tH(12) }),
    fc.record({
      kind: fc.constant('leak' as const),
      tHours: tH(maxH),
      fraction: fc.constantFrom(0.25, 1),
      durationHours: tH(12),
    }),
    fc.record({ kind: fc.constant('motor-stall' as const), tHours: tH(maxH), durationHours: tH(12) }),
  );

/** A random schedule over `hours` (the run is `hours` hourly intervals). */
export function scheduleArb(hours: number): fc.Arbitrary<PumpConfig> {
  return fc
    .record({
      external: fc.boolean(),
      strokeUl: fc.constantFrom(0.5, 1, 2.5, 7),
      maxStrokesPerHour: fc.constantFrom(40, 200, 1000),
      initial: program,
      changes: fc.array(fc.record({ tHours: tH(hours), program }), { maxLength: 3 }),
      boluses: fc.array(
        fc.record({
          tHours: tH(hours),
          kind: fc.constantFrom('single' as const, 'priming' as const, 'bridge' as const),
          volumeUl: fc.double({ min: 0.5, max: 300, noNaN: true }),
          durationHours: fc.double({ min: 0.01, max: 3, noNaN: true }),
          then: fc.constantFrom('resume' as const, 'stop' as const),
        }),
        { maxLength: 3 },
      ),
      patient: fc.option(
        fc.record({
          doseUl: fc.double({ min: 1, max: 40, noNaN: true }),
          durationHours: fc.double({ min: 0.01, max: 1, noNaN: true }),
          lockoutHours: fc.double({ min: 0, max: 2, noNaN: true }),
          maxPerDay: fc.integer({ min: 0, max: 6 }),
        }),
      ),
      requests: fc.array(tH(hours), { maxLength: 16 }),
      refills: fc.array(
        fc.record({
          tHours: tH(hours),
          volumeUl: fc.oneof(
            fc.double({ min: 0, max: 4500, noNaN: true }),
            fc.double({ min: 0, max: 20000, noNaN: true }),
          ),
          concentrationUgPerUl: fc.double({ min: 0, max: 10, noNaN: true }),
          drug: fc.constantFrom('baclofen', 'morphine'),
          pocketFillFraction: fc.constantFrom(0, 0, 0.3),
          missed: fc.boolean(),
        }),
        { maxLength: 2 },
      ),
      faults: fc.array(fault(hours), { maxLength: 3 }),
      mri: fc.array(
        fc.record(
          { tHours: tH(hours), durationHours: tH(2), resumeDelayHours: fc.constantFrom(0, 1.5, 3) },
          { requiredKeys: ['tHours', 'durationHours'] },
        ),
        { maxLength: 2 },
      ),
      reservoirUl: fc.oneof(
        fc.double({ min: 1900, max: 4500, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
      ),
      conc: fc.double({ min: 0, max: 10, noNaN: true }),
      primed: fc.boolean(),
      bias: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
      spread: fc.double({ min: 0, max: 0.1, noNaN: true }),
      seed: fc.integer({ min: 0, max: 2 ** 31 }),
    })
    .map((r) => {
      const cfg = baseConfig(r.initial, {
        preset: r.external ? 'external' : 'programmable',
        reservoirUl: r.reservoirUl,
        conc: r.conc,
        device: {
          strokeVolumeUl: r.strokeUl,
          maxStrokesPerHour: r.maxStrokesPerHour,
          battery: null,
          accuracyBiasFraction: r.bias,
          accuracyRandomHalfWidthFraction: r.spread,
          mriRestartDelayHours: 2,
        },
      });
      cfg.catheter.primed = r.primed;
      cfg.catheter.lengthCm = 40;
      cfg.program.changes = r.changes;
      cfg.program.boluses = r.boluses;
      cfg.program.patientBolus = r.patient;
      cfg.program.patientRequests = r.requests;
      cfg.events.refills = r.refills;
      cfg.events.faults = r.faults;
      cfg.environment.mriScans = r.mri;
      cfg.seed = r.seed;
      return cfg;
    });
}
