// The registry of `itp-sim` commands, in the order `--help` lists them. Append new commands here.
import type { CliCommand } from '../context.js';
import { runCommand } from './run.js';
import { validateCommand } from './validate.js';
import { presetsCommand } from './presets.js';
import { schemaCommand } from './schema.js';
import { sweepCommand } from './sweep.js';
import { trialCommand } from './trial.js';
import { mergeCommand } from './merge.js';
import { serveCommand } from './serve.js';

export const COMMANDS: CliCommand[] = [
  runCommand,
  validateCommand,
  presetsCommand,
  schemaCommand,
  sweepCommand,
  trialCommand,
  mergeCommand,
  serveCommand,
];
