/**
 * A comlink Endpoint over a worker_threads Worker or parentPort (comlink's own node adapter ships without
 * types for its .mjs path, and this is all it does): message events carry `{ data }` like the web's.
 */
import type { Endpoint } from 'comlink';

interface NodePort {
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  on(type: 'message', listener: (data: unknown) => void): unknown;
  off(type: 'message', listener: (data: unknown) => void): unknown;
}

type Listener = EventListenerOrEventListenerObject;

export function nodeEndpoint(port: NodePort): Endpoint {
  const wrapped = new WeakMap<Listener, (data: unknown) => void>();
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => port.postMessage(message, transfer),
    addEventListener(_type: string, listener: Listener) {
      const l = (data: unknown) => {
        const event = { data } as MessageEvent;
        if (typeof listener === 'function') listener(event);
        else listener.handleEvent(event);
      };
      wrapped.set(listener, l);
      port.on('message', l);
    },
    removeEventListener(_type: string, listener: Listener) {
      const l = wrapped.get(listener);
      if (l) {
        port.off('message', l);
        wrapped.delete(listener);
      }
    },
  };
}
