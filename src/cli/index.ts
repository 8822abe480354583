// The `itp-sim` process: real stdio and files, a worker_threads pool; exits with runCli's code.
import * as fsp from 'node:fs/promises';
import { runCli } from './main.js';
import { removePendingTemps, writeFileAtomic } from './atomic-write.js';
import { readInputFile, readInputStream } from './input-files.js';
import { createNodePool } from '../runtime/node/pool.js';
import { createNodeTrialPool } from '../runtime/node/trials.js';

// `itp-sim run … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// Killed mid-write: remove the temporary --out file, then die of the same signal (exit status 128 + n).
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removePendingTemps();
    process.kill(process.pid, signal);
  });
}

const code = await runCli(process.argv.slice(2), {
  io: {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: readInputFile,
    writeFile: (p, d) => writeFileAtomic(fsp, p, d),
    readStdin: () => readInputStream(process.stdin),
  },
  createPool: (size) => createNodePool({ size }),
  createTrialPool: (size) => createNodeTrialPool({ size }),
  exitCode: 0,
});
process.exitCode = code;
