/**
 * The shape a translation must have: the English catalogue's keys, with every literal string widened to string
 * and every function keeping its parameters (it must return a string). `as const` catalogues give literal types;
 * a translation only has to match their structure.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => unknown
    ? (...args: A) => string
    : T extends readonly (infer E)[]
      ? Widen<E>[]
      : T extends object
        ? { -readonly [K in keyof T]: Widen<T[K]> }
        : T;
