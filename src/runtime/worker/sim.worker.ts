// The worker entry: exposes one Engine through comlink. Everything else lives in engine.ts.
import * as Comlink from 'comlink';
import { Engine } from './engine.js';
import { registerErrorTransfer } from '../errors-transfer.js';

registerErrorTransfer(Comlink.transferHandlers);
Comlink.expose(new Engine());
