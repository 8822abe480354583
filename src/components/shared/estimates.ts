/**
 * Sources of the estimated device numbers the views show with an "est." badge (pumps.md tags). Kept as data
 * so the badge can name its source; replace with the device presets' own tag/source data when present.
 */
export interface Sourced {
  source: string;
  tag: 'estimate' | 'verified' | 'unverified' | 'not-found';
}

export const QUANTUM_SOURCE: Record<string, Sourced> = {
  programmable: {
    source: 'pumps.md §6 [E]: 1 µL per stroke; no published SynchroMed value (range 0.5–5 µL)',
    tag: 'estimate',
  },
  accumulator: { source: 'pumps.md §1.3 [NF]: “~2 µL” per valve cycle, not confirmed', tag: 'estimate' },
  external: { source: 'pumps.md §4 [V]: 50 µL per activation (CADD-type cassette)', tag: 'verified' },
};

export const GAS_SENSITIVITY_SOURCE: Sourced = {
  source:
    'pumps.md §2.2 [E]: drive pressure 1.0 atm assumed; ≈ +8 %/°C and ≈ +3.6 % per 1,000 ft follow from it. No manufacturer figure.',
  tag: 'estimate',
};

export function estimateSources(kind: string): string[] {
  const q = QUANTUM_SOURCE[kind];
  return q && q.tag !== 'verified' ? [q.source] : [];
}
