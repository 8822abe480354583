/**
 * `itp-sim serve --stdio` — a JSON-lines protocol for Python, notebooks and other languages (docs/api.md): one
 * request per line on stdin, `{"id", "method", "params"}`, one answer per line on stdout, `{"id", "result"}` or
 * `{"id", "error": {"message", "issues"?}}`, in request order. Methods: run, validate, sweep, trial, presets,
 * preset, version. A line that is not a JSON request is answered with an error whose id is null, and the server
 * goes on; it ends when stdin ends. Nothing else is written to stdout.
 */
import { createInterface } from 'node:readline';
import type { CliCommand, CliContext } from '../context.js';
import { CliError, EXIT_USAGE } from '../context.js';
import { simulate } from '../../runtime/node/index.js';
import { validateScenario } from '../../model/scenario/validate.js';
import { findPreset, presetScenario, PRESETS } from '../../model/scenario/presets.js';
import { ScenarioError, type ScenarioIssue } from '../../model/scenario/errors.js';
import { runJsonValue, sweepDocument, trialDocument } from '../../model/documents.js';
import { findTrialPreset, TrialSpecError } from '../../model/trials/spec.js';
import { parseShard, type Shard } from '../../model/shard.js';
import { runSweep, SweepRunsInvalidError } from '../../runtime/node/sweep.js';
import { runCohort } from '../../runtime/node/cohort.js';
import { toolInfo } from '../../runtime/node/version.js';
import { poolSize } from '../../runtime/node/pool.js';
import { setAtPath, parseFieldPath } from '../../model/field-path.js';

type Params = Record<string, unknown>;

class RequestError extends Error {
  constructor(
    message: string,
    readonly issues?: unknown[],
  ) {
    super(message);
  }
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** params.scenario, or params.preset, with params.set ({ "path": value }) applied. */
function scenarioFrom(p: Params): Record<string, unknown> {
  let doc: unknown;
  if (typeof p.preset === 'string') {
    doc = presetScenario(p.preset);
    if (!doc) throw new RequestError(`unknown preset "${p.preset}"`);
  } else doc = clone(p.scenario);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new RequestError('params.scenario must be a scenario object (or give params.preset)');
  const set = p.set ?? {};
  if (set === null || typeof set !== 'object')
    throw new RequestError('params.set must be an object of path: value');
  for (const [path, value] of Object.entries(set)) setAtPath(doc as Params, parseFieldPath(path), value);
  return doc as Record<string, unknown>;
}

const workersOf = (p: Params) => (typeof p.workers === 'number' ? poolSize(p.workers).size : undefined);
const shardOf = (p: Params): Shard | undefined =>
  typeof p.shard === 'string' ? parseShard(p.shard, process.env) : undefined;

async function handle(method: string, p: Params, ctx: CliContext): Promise<unknown> {
  switch (method) {
    case 'version':
      return toolInfo();
    case 'presets':
      return PRESETS.map(({ id, title, description }) => ({ id, title, description }));
    case 'preset': {
      const preset = typeof p.id === 'string' ? findPreset(p.id) : undefined;
      if (!preset) throw new RequestError(`unknown preset "${String(p.id)}"`);
      return presetScenario(preset.id);
    }
    case 'validate': {
      const v = validateScenario(scenarioFrom(p));
      return v.ok
        ? { ok: true, warnings: v.warnings }
        : { ok: false, errors: v.errors, warnings: v.warnings };
    }
    case 'run': {
      const doc = scenarioFrom(p);
      return runJsonValue(await simulate(doc), doc, toolInfo());
    }
    case 'sweep': {
      const doc = scenarioFrom(p);
      const v = validateScenario(doc);
      if (!v.ok) throw new ScenarioError(v.errors);
      if (!Array.isArray(p.vary)) throw new RequestError('params.vary must be a list of "path=…" strings');
      const shard = shardOf(p);
      const pool = await ctx.createPool(workersOf(p));
      try {
        const result = await runSweep(doc, p.vary as string[], { pool, shard });
        return sweepDocument(toolInfo(), result, shard);
      } finally {
        pool.dispose();
      }
    }
    case 'trial': {
      let spec: Params;
      if (typeof p.preset === 'string') {
        const preset = findTrialPreset(p.preset);
        if (!preset) throw new RequestError(`unknown trial preset "${p.preset}"`);
        spec = { ...preset.spec };
      } else spec = clone((p.spec ?? {}) as Params);
      if (p.cohortSize !== undefined) spec.cohortSize = p.cohortSize;
      if (p.seed !== undefined) spec.seed = p.seed;
      const shard = shardOf(p);
      const workers = workersOf(p);
      const pool = workers === 1 || !ctx.createTrialPool ? undefined : await ctx.createTrialPool(workers);
      try {
        const result = await runCohort(spec, { pool, workers: pool ? undefined : 1, shard });
        return trialDocument(toolInfo(), result, shard);
      } finally {
        pool?.dispose();
      }
    }
    default:
      throw new RequestError(
        `unknown method "${method}"; methods: run, validate, sweep, trial, presets, preset, version`,
      );
  }
}

function errorOf(e: unknown): { message: string; issues?: unknown[] } {
  if (e instanceof ScenarioError)
    return {
      message: e.message,
      issues: e.issues.map(({ path, message, severity }: ScenarioIssue) => ({ path, message, severity })),
    };
  if (e instanceof TrialSpecError) return { message: e.message, issues: e.issues };
  if (e instanceof SweepRunsInvalidError)
    return {
      message: e.message,
      issues: e.runs.map((r) => ({ run: r.run, vary: r.vary, issues: r.issues.map((i) => i.message) })),
    };
  if (e instanceof RequestError) return { message: e.message, ...(e.issues ? { issues: e.issues } : {}) };
  return { message: (e as Error)?.message ?? String(e) };
}

/** Answers one line; never throws. */
export async function answerLine(line: string, ctx: CliContext): Promise<string> {
  let id: unknown = null;
  try {
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch (e) {
      throw new RequestError(`not JSON: ${(e as Error).message}`);
    }
    if (request === null || typeof request !== 'object' || Array.isArray(request))
      throw new RequestError('a request is an object {"id", "method", "params"}');
    const r = request as Params;
    id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : null;
    if (typeof r.method !== 'string') throw new RequestError('the request has no "method"');
    const params = r.params ?? {};
    if (params === null || typeof params !== 'object' || Array.isArray(params))
      throw new RequestError('"params" must be an object');
    const result = await handle(r.method, params as Params, ctx);
    return JSON.stringify({ id, result });
  } catch (e) {
    return JSON.stringify({ id, error: errorOf(e) });
  }
}

export const serveCommand: CliCommand = {
  name: 'serve',
  register(program, ctx) {
    program
      .command('serve')
      .description('answer JSON-lines requests on stdin/stdout (for Python and notebooks; see docs/api.md)')
      .option('--stdio', 'serve on stdin/stdout (the only transport)')
      .addHelpText(
        'after',
        `
Example:
  echo '{"id":1,"method":"run","params":{"preset":"missed-refill","set":{"durationDays":3}}}' | itp-sim serve --stdio`,
      )
      .action(async (opts: { stdio?: boolean }) => {
        if (!opts.stdio) throw new CliError('give --stdio (the only transport)', EXIT_USAGE);
        const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
        // One request at a time, answered in order (each may use every core itself).
        for await (const line of lines) {
          if (line.trim() === '') continue;
          ctx.io.stdout.write(`${await answerLine(line, ctx)}\n`);
        }
      });
  },
};
