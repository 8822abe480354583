/** `--shard i/n | auto/n` and `--meta FILE`, shared by `trial` and `sweep` (docs/api.md, "Beyond one machine"). */
import { parseShard, ShardError, type Shard } from '../model/shard.js';
import { poolSize } from '../runtime/node/pool.js';
import { CliError, EXIT_USAGE, type CliIo } from './context.js';

export const SHARD_HELP =
  'run part i of n (1-based); auto/n takes i from JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX (0-based) + 1';

export function shardFromArgs(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  try {
    return parseShard(text, process.env);
  } catch (e) {
    if (e instanceof ShardError) throw new CliError(e.message, EXIT_USAGE);
    throw e;
  }
}

/** --workers N: a whole number ≥ 1, lowered to twice the cores with a warning (each worker costs memory). */
export function workersFromArgs(io: CliIo, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < 1)
    throw new CliError(`--workers must be a whole number of at least 1, got "${text}"`, EXIT_USAGE);
  const { size, capped } = poolSize(n);
  if (capped)
    io.stderr.write(
      `itp-sim: --workers ${n} is more than twice the ${size / 2} cores of this machine; using ${size}\n`,
    );
  return size;
}
