/** Number formatting for display: always with a unit, a sensible number of significant digits. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return Math.round(value).toLocaleString('en');
  return Number(value.toPrecision(digits)).toLocaleString('en', { maximumSignificantDigits: digits });
}

export const withUnit = (value: number, unit: string, digits = 3): string =>
  `${formatNumber(value, digits)} ${unit}`;
