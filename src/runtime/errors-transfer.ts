/**
 * Comlink serialises a thrown Error as {name, message, stack} only, which would drop a ScenarioError's issues
 * and turn an AbortError into a plain Error. This wraps comlink's 'throw' handler so both survive the worker
 * boundary. It takes the handler map as a parameter so that core never imports comlink.
 */
import { ScenarioError, type ScenarioIssue } from '../model/scenario/errors.js';

interface ThrowHandler {
  canHandle(value: unknown): boolean;
  serialize(value: unknown): [unknown, unknown[]];
  deserialize(value: unknown): unknown;
}

interface SerializedError {
  isError: true;
  value: { name: string; message: string; stack?: string; issues?: ScenarioIssue[] };
}

function isSerializedError(v: unknown): v is SerializedError {
  return typeof v === 'object' && v !== null && (v as SerializedError).isError === true;
}

/** Rebuilds a named error on the receiving side. */
export function reviveError(value: SerializedError['value']): Error {
  if (value.name === 'ScenarioError' && Array.isArray(value.issues)) return new ScenarioError(value.issues);
  const err = new Error(value.message);
  err.name = value.name;
  if (value.stack) err.stack = value.stack;
  return err;
}

export function registerErrorTransfer(handlers: Map<string, unknown>): void {
  const original = handlers.get('throw') as ThrowHandler | undefined;
  if (!original || (original as { wrapped?: boolean }).wrapped) return;
  const wrapped: ThrowHandler & { wrapped: true } = {
    wrapped: true,
    canHandle: (v) => original.canHandle(v),
    serialize(thrown) {
      const value = (thrown as { value: unknown }).value;
      if (value instanceof Error) {
        const issues = (value as Partial<ScenarioError>).issues;
        return [
          { isError: true, value: { name: value.name, message: value.message, stack: value.stack, issues } },
          [],
        ];
      }
      return original.serialize(thrown);
    },
    deserialize(serialized) {
      if (isSerializedError(serialized)) throw reviveError(serialized.value);
      return original.deserialize(serialized);
    },
  };
  handlers.set('throw', wrapped);
}
