/**
 * Field paths ("program.rateMlPerDay", "events.0.tHours") for `--set`, `--vary` and runSweep(): the one parser and
 * the one setter, so that no way of editing a scenario can write to Object.prototype ("__proto__.x") or to a
 * constructor.
 */

/** Keys that would reach Object.prototype (or a constructor) instead of a field of the scenario. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class FieldPathError extends Error {
  override readonly name = 'FieldPathError';
}

/** Splits "a.b.0.c" into keys; throws FieldPathError for an empty key or a prototype key. */
export function parseFieldPath(text: string): string[] {
  const path = text.split('.');
  if (path.some((p) => p === '' || FORBIDDEN_KEYS.has(p)))
    throw new FieldPathError(`"${text}" is not a valid field path`);
  return path;
}

/**
 * Sets a value at a path, creating objects on the way (arrays for numeric keys). Checks the keys itself too,
 * whoever split the path, and walks own properties only.
 */
export function setAtPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  if (path.length === 0 || path.some((k) => k === '' || FORBIDDEN_KEYS.has(k)))
    throw new FieldPathError(`"${path.join('.')}" is not a valid field path`);
  let node: Record<string, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === null || typeof next !== 'object') node[key] = /^\d+$/.test(path[i + 1]) ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
