/**
 * Interim device defaults (scenario units) per device kind, until src/core/devices.ts (issue 3) provides the
 * sourced device presets. Tags from pumps.md: [V] verified, [U] unverified, [E] estimate, [NF] not found.
 */
export interface DeviceDefaults {
  model: string;
  reservoirMl: number;
  lowReservoirAlarmMl: number;
  refillThresholdMl: number;
  accuracyBiasPercent: number;
  accuracyRandomPercent: number;
  /** Stroke or pulse volume, µL (0 for the continuous-flow gas pump). */
  strokeVolumeUl: number;
  maxRateMlPerDay: number;
  minRateMlPerDay: number;
  /** Constant-rate pumps only: flow at 37 °C and sea level, mL/day. */
  nominalRateMlPerDay: number;
}

export const DEVICE_DEFAULTS: Record<
  'programmable' | 'accumulator' | 'constant-rate' | 'external',
  DeviceDefaults
> = {
  programmable: {
    model: 'synchromed-ii-like-20',
    reservoirMl: 20, // [V] pumps.md §6
    lowReservoirAlarmMl: 2, // [U] pumps.md §6
    refillThresholdMl: 3, // [V] Prometra PTC, pumps.md §6
    accuracyBiasPercent: 1, // [V] Wesemann 2014, pumps.md §6
    accuracyRandomPercent: 0, // estimate: no per-refill scatter unless asked
    strokeVolumeUl: 1, // [E] pumps.md §6
    maxRateMlPerDay: 24, // [U] pumps.md §6
    minRateMlPerDay: 0.048, // [U] pumps.md §6
    nominalRateMlPerDay: 0,
  },
  accumulator: {
    model: 'prometra-ii-like-20',
    reservoirMl: 20, // [V] pumps.md §1.3
    lowReservoirAlarmMl: 2, // [U]
    refillThresholdMl: 3, // [V] pumps.md §1.3
    accuracyBiasPercent: -2.1, // [V] 97.9 % mean accuracy, pumps.md §1.3
    accuracyRandomPercent: 0,
    strokeVolumeUl: 2, // [NF] "~2 µL" not confirmed: an estimate
    maxRateMlPerDay: 24, // estimate (not found, pumps.md §7)
    minRateMlPerDay: 0.048, // estimate
    nominalRateMlPerDay: 0,
  },
  'constant-rate': {
    model: 'codman-3000-like-30',
    reservoirMl: 30, // [V] Codman "about one ounce", pumps.md §2.1
    lowReservoirAlarmMl: 0, // no alarm: gas pumps have no electronics
    refillThresholdMl: 3, // estimate, same rule as the programmable pumps
    accuracyBiasPercent: 0,
    accuracyRandomPercent: 0,
    strokeVolumeUl: 0,
    maxRateMlPerDay: 20,
    minRateMlPerDay: 0.01,
    nominalRateMlPerDay: 1, // estimate: Codman/IsoMed rate options not found [NF], pumps.md §7
  },
  external: {
    model: 'cadd-like',
    reservoirMl: 100, // estimate: a CADD cassette
    lowReservoirAlarmMl: 5, // estimate
    refillThresholdMl: 5, // estimate
    accuracyBiasPercent: 0,
    accuracyRandomPercent: 0,
    strokeVolumeUl: 50, // [V] CADD 0.050 mL per activation, pumps.md §4
    maxRateMlPerDay: 2400, // estimate (CADD-class pumps reach 100 mL/h)
    minRateMlPerDay: 0.01,
    nominalRateMlPerDay: 0,
  },
};
