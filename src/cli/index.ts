// The `itp-sim` process: real stdio and files, a worker_threads pool; exits with runCli's code.
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from './main.js';
import { createNodePool } from '../runtime/node/pool.js';
import { createNodeTrialPool } from '../runtime/node/trials.js';

// `itp-sim run … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const code = await runCli(process.argv.slice(2), {
  io: {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (p) => readFile(p, 'utf8'),
    writeFile: (p, d) => writeFile(p, d),
  },
  createPool: (size) => createNodePool({ size }),
  createTrialPool: (size) => createNodeTrialPool({ size }),
  exitCode: 0,
});
process.exitCode = code;
