/**
 * Shards: one of n parts of a cohort or a sweep, so that n processes (or n jobs of a cluster's array job) run a
 * big computation and `itp-sim merge` puts it back together. Part i (1-based) of n takes the items
 * [floor((i−1)·total/n), floor(i·total/n)): contiguous, disjoint, together all of them, sizes differing by at most
 * one. `auto/n` reads the 0-based index that array-job schedulers set for each task.
 */

export interface Shard {
  /** 1-based index of this part. */
  index: number;
  /** Number of parts. */
  count: number;
}

/** Array-job variables (0-based), first found wins: Kubernetes Indexed Job, Slurm array, AWS Batch array. */
export const SHARD_INDEX_VARIABLES = [
  'JOB_COMPLETION_INDEX',
  'SLURM_ARRAY_TASK_ID',
  'AWS_BATCH_JOB_ARRAY_INDEX',
] as const;

export class ShardError extends Error {
  override readonly name = 'ShardError';
}

const whole = (s: string) => (/^\d+$/.test(s) ? Number(s) : NaN);

/** Parses "i/n" (1 ≤ i ≤ n) or "auto/n" (i from the environment's 0-based array index, plus one). */
export function parseShard(text: string, env: Record<string, string | undefined> = {}): Shard {
  const m = /^([^/]+)\/([^/]+)$/.exec(text.trim());
  const usage = `--shard expects i/n with 1 ≤ i ≤ n (e.g. 2/4) or auto/n, got "${text}"`;
  if (!m) throw new ShardError(usage);
  const count = whole(m[2]);
  if (!(count >= 1 && count <= 100_000)) throw new ShardError(usage);
  let index: number;
  if (m[1] === 'auto') {
    const name = SHARD_INDEX_VARIABLES.find((v) => env[v] !== undefined && env[v] !== '');
    if (!name)
      throw new ShardError(
        `--shard auto/${count}: none of ${SHARD_INDEX_VARIABLES.join(', ')} is set (they are 0-based array-job indices)`,
      );
    const zero = whole(env[name]!);
    if (!(zero >= 0 && zero < count))
      throw new ShardError(
        `--shard auto/${count}: ${name}=${env[name]} is not a whole number from 0 to ${count - 1}`,
      );
    index = zero + 1;
  } else {
    index = whole(m[1]);
    if (!(index >= 1 && index <= count)) throw new ShardError(usage);
  }
  return { index, count };
}

/** The items [first, first + size) of `total` that shard `s` takes. */
export function shardRange(total: number, s: Shard): { first: number; size: number } {
  const first = Math.floor(((s.index - 1) * total) / s.count);
  const end = Math.floor((s.index * total) / s.count);
  return { first, size: end - first };
}
