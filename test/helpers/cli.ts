// Runs itp-sim in-process with captured stdout/stderr and an in-thread simulation pool (shared by the CLI tests).
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { RunnerPool } from '../../src/runtime/runner-pool.js';
import { simulate } from '../../src/runtime/node/index.js';

export async function runCliCaptured(
  argv: string[],
  extra: Partial<Pick<CliContext, 'createTrialPool'>> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    io: {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      readFile: (p) => readFile(p, 'utf8'),
      writeFile: (p, d) => writeFile(p, d),
    },
    createPool: async (size) =>
      new RunnerPool(() => ({ run: (s, o) => simulate(s, o), dispose() {} }), size ?? 2),
    ...extra,
    exitCode: 0,
  };
  const code = await runCli(argv, ctx);
  return { code, stdout, stderr };
}
