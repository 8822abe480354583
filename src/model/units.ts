/**
 * Unit conversions at the edges. Internal units (docs/architecture.md): h, µL, µg, µg/µL, cm, kPa, °C.
 * Everything that turns a scenario field or a displayed number into or out of those units goes through here.
 */

export const HOURS_PER_DAY = 24;
export const HOURS_PER_YEAR = 24 * 365.25;
export const MINUTES_PER_HOUR = 60;
export const UL_PER_ML = 1000;
export const UG_PER_MG = 1000;
export const NG_PER_UG = 1000;

export const daysToHours = (days: number): number => days * HOURS_PER_DAY;
export const hoursToDays = (hours: number): number => hours / HOURS_PER_DAY;
export const minutesToHours = (minutes: number): number => minutes / MINUTES_PER_HOUR;
export const mlToUl = (ml: number): number => ml * UL_PER_ML;
export const ulToMl = (ul: number): number => ul / UL_PER_ML;
/** mL/day → µL/h */
export const mlPerDayToUlPerHour = (mlPerDay: number): number => (mlPerDay * UL_PER_ML) / HOURS_PER_DAY;
/** µL/h → mL/day */
export const ulPerHourToMlPerDay = (ulPerHour: number): number => (ulPerHour * HOURS_PER_DAY) / UL_PER_ML;
/** µg/mL (clinical) → µg/µL (internal, = mg/mL) */
export const ugPerMlToUgPerUl = (ugPerMl: number): number => ugPerMl / UL_PER_ML;
/** µg/µL (internal) → µg/mL (clinical) */
export const ugPerUlToUgPerMl = (ugPerUl: number): number => ugPerUl * UL_PER_ML;
/** µg/µL (internal) → ng/mL (display of CSF and plasma levels) */
export const ugPerUlToNgPerMl = (ugPerUl: number): number => ugPerUl * UL_PER_ML * NG_PER_UG;

/** Standard sea-level pressure, kPa (ISA). */
export const SEA_LEVEL_KPA = 101.325;
const FT_TO_M = 0.3048;

/**
 * ISA troposphere: p = p0 · (1 − 2.25577e-5 · h)^5.25588, h in metres (valid below 11 km).
 * Standard atmosphere [D22]: 1,000 ft → −3.6 kPa, 8,000 ft → −26.1 kPa.
 */
export function altitudeFtToKpa(altitudeFt: number): number {
  const h = altitudeFt * FT_TO_M;
  return SEA_LEVEL_KPA * Math.pow(1 - 2.25577e-5 * h, 5.25588);
}

/** Depth of sea water (m) → absolute pressure, kPa (ρg ≈ 10.05 kPa per metre of sea water). */
export function seaDepthMToKpa(depthM: number): number {
  return SEA_LEVEL_KPA + 10.05 * depthM;
}

/** Atmospheres absolute (ATA) → kPa. */
export const ataToKpa = (ata: number): number => ata * SEA_LEVEL_KPA;

/** Percent (scenario) → fraction (engine): 1 % → 0.01. */
export const percentToFraction = (percent: number): number => percent / 100;
/** Fraction (engine) → percent (scenario, display). */
export const fractionToPercent = (fraction: number): number => fraction * 100;
// Distribution engine (issue 4): clinical pharmacokinetic units → internal (h, µL, µg).
export const UL_PER_L = 1e6;
/** L → µL */
export const litresToUl = (l: number): number => l * UL_PER_L;
/** mL/min → µL/h */
export const mlPerMinToUlPerHour = (mlPerMin: number): number => mlPerMin * UL_PER_ML * MINUTES_PER_HOUR;
/** ng/mL (display of CSF and plasma levels) → µg/µL (internal) */
export const ngPerMlToUgPerUl = (ngPerMl: number): number => ngPerMl / (UL_PER_ML * NG_PER_UG);
/** m²/s (dispersion coefficients in the literature) → cm²/h (internal) */
export const m2PerSecondToCm2PerHour = (m2PerS: number): number => m2PerS * 1e4 * 3600;
/** cm²/h → m²/s */
export const cm2PerHourToM2PerSecond = (cm2PerH: number): number => cm2PerH / (1e4 * 3600);
/** half-life (h) → first-order rate constant (1/h) */
export const halfLifeToRatePerHour = (tHalfHours: number): number => Math.LN2 / tHalfHours;
