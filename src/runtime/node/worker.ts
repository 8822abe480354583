// The worker_threads entry (Node pool): the same Engine as the browser worker, over parentPort.
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { Engine } from '../worker/engine.js';
import { registerErrorTransfer } from '../errors-transfer.js';
import { nodeEndpoint } from './endpoint.js';

if (!parentPort) throw new Error('src/runtime/node/worker.ts must run in a worker thread.');
registerErrorTransfer(Comlink.transferHandlers as Map<string, unknown>);
Comlink.expose(new Engine(), nodeEndpoint(parentPort));
