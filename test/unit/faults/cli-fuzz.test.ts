// Fault suite: a CLI argument fuzzer (issue 17). Random command lines from a grammar of valid and hostile pieces
// (`__proto__` paths, huge list indices, empty strings, unicode, `-`, numbers in odd bases, duplicate flags, unknown
// commands and options, hostile stdin) go through runCli() in this process, and a sample through the real binary.
// Every case must end with an exit code of the scheme (0 ok, 1 invalid input or I/O failure, 2 usage), never a
// crash or a stack trace, no NaN in the output, no prototype pollution, bounded time and memory. The summary line
// printed at the end says what was tried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import type { CliContext } from '../../../src/cli/context.js';
import { RunnerPool } from '../../../src/runtime/runner-pool.js';
import { simulate } from '../../../src/runtime/node/index.js';
import { presetScenario } from '../../../src/model/scenario/presets.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'itp-fuzz-'));
  await writeFile(join(dir, 'ok.json'), JSON.stringify(presetScenario('catheter-dead-space')));
  await writeFile(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(presetScenario('mri-accumulator'))}`);
  await writeFile(join(dir, 'bad.json'), '{"schemaVersion": 1, "durationDays": ');
  await writeFile(join(dir, 'null.json'), 'null');
  await writeFile(join(dir, 'list.json'), '[1, 2]');
  await writeFile(
    join(dir, 'proto.json'),
    '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"p": 1}}}',
  );
  await writeFile(
    join(dir, 'trial.json'),
    JSON.stringify({ protocol: 'morphine-bolus', population: 'pain-chronic', cohortSize: 2 }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// ---- the grammar -------------------------------------------------------------------------------------------
const HOSTILE = [
  '',
  '-',
  '__proto__',
  'constructor',
  'prototype',
  '99999999',
  '-1',
  '0x10',
  '0b101',
  '0o17',
  '1e309',
  'NaN',
  'Infinity',
  '1_000',
  '١٢',
  '测试',
  'é\u0301',
  '\u0000',
  '\u202e',
  '🙂',
  ' 7 ',
  'null',
  '{}',
  '[]',
  'x'.repeat(5000),
];
const piece = fc.constantFrom(...HOSTILE);
const smallNumber = fc.constantFrom('0', '1', '2', '3', '16', '0.5', '-0', '+1', '1.5');
const value = fc.oneof(piece, smallNumber);

// `serve --stdio` reads the process's own stdin, so it is left out of the in-process cases.
const COMMANDS = ['run', 'validate', 'presets', 'schema', 'sweep', 'trial', 'merge'];
const BAD_COMMANDS = ['help', 'nope', '', '-', '__proto__', 'RUN', 'constructor'];
const PRESETS = [
  'catheter-dead-space',
  'mri-accumulator',
  'baclofen-bolus-screening',
  'nope',
  '__proto__',
  '',
];
const TRIAL_PRESETS = ['morphine-bolus', 'baclofen-bolus-spinal', 'nope', ''];
const PATHS = [
  'durationDays',
  'program.rateMlPerDay',
  'model.csfCells',
  'events.0.type',
  'events.1999.atHours',
  'events.99999999.type',
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'patient.__proto__',
  'a..b',
  '',
  'seed',
  'outputIntervalMinutes',
  'drug.name',
  'x'.repeat(300),
  '0',
  'events.-1.type',
  'events.0x1.type',
];
// Values per path that keep a run cheap (a fuzzer must not start a 10-year run) yet cover the hostile cases.
const SET_VALUES = [
  '0',
  '-1',
  '1e309',
  '2',
  '0.01',
  '"x"',
  'null',
  '{}',
  '[]',
  '0x10',
  '"refill"',
  'true',
  '',
  '测试',
  '{"__proto__":{"polluted":1}}',
  'NaN',
];
const FILES = () => [
  join(dir, 'ok.json'),
  join(dir, 'bom.json'),
  join(dir, 'bad.json'),
  join(dir, 'null.json'),
  join(dir, 'list.json'),
  join(dir, 'proto.json'),
  join(dir, 'missing.json'),
  dir,
  '-',
  join(dir, 'trial.json'),
];
const OUTS = () => [join(dir, 'out.txt'), join(dir, 'no', 'such', 'dir.json'), dir, join(dir, '__proto__')];
const STDIN = [
  '',
  '{',
  'null',
  '[]',
  '"x"',
  '\uFEFF{}',
  '{"__proto__":{"polluted":1}}',
  JSON.stringify(presetScenario('baclofen-bolus-screening')),
];

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const option = fc.oneof(
  w(
    3,
    fc.constantFrom(...PRESETS).map((p) => ['--preset', p]),
  ),
  w(
    2,
    fc.constantFrom(...TRIAL_PRESETS).map((p) => ['-p', p]),
  ),
  w(
    5,
    fc
      .tuple(fc.constantFrom(...PATHS), fc.constantFrom(...SET_VALUES))
      .map(([p, v]) => ['--set', `${p}=${v}`]),
  ),
  w(
    1,
    fc.constantFrom(...PATHS).map((p) => ['-s', p]),
  ),
  w(
    2,
    fc.constantFrom('json', 'csv', 'ndjson', 'xml', '', 'JSON').map((f) => ['--format', f]),
  ),
  w(
    2,
    fc.nat(OUTS().length - 1).map((i) => ['--out', OUTS()[i]]),
  ),
  w(
    2,
    value.map((v) => ['--seed', v]),
  ),
  w(
    2,
    fc.oneof(value, fc.constantFrom('1', '2', '3')).map((v) => ['--cohort', v]),
  ),
  w(
    1,
    fc.constantFrom('1', '2', '0', '-1', '0x2', '', '1e1').map((v) => ['--workers', v]),
  ),
  w(
    2,
    fc
      .tuple(
        fc.constantFrom(...PATHS),
        fc.constantFrom('0.1', '-1', '', 'NaN', '0x1'),
        fc.constantFrom('0.3', '1e309', 'x'),
        fc.constantFrom('1', '2', '3', '0', '-1', '1e9', '0x10', '99999999', ''),
      )
      .map(([p, a, b, n]) => ['--vary', `${p}=${a}:${b}:${n}`]),
  ),
  w(
    1,
    fc.constantFrom(
      ['--json'],
      ['--help'],
      ['-h'],
      ['--version'],
      ['--nope'],
      ['--'],
      ['-'],
      ['--set'],
      ['--preset'],
    ),
  ),
  w(
    1,
    piece.map((p) => [p]),
  ),
);

const argvArb = fc
  .tuple(
    fc.oneof(w(6, fc.constantFrom(...COMMANDS)), w(1, fc.constantFrom(...BAD_COMMANDS))),
    fc.option(
      fc.nat(FILES().length - 1).map((i) => FILES()[i]),
      { freq: 2 },
    ),
    fc.array(option, { maxLength: 5 }),
    fc.boolean(),
  )
  .map(([cmd, file, opts, duplicate]) => {
    const flat = opts.flat();
    // duplicate flags: the same options twice
    const argv = [cmd, ...(file === null ? [] : [file]), ...flat, ...(duplicate ? flat : [])];
    return cmd === 'presets' && file === null && opts.length === 0 ? [cmd, 'show', 'pocket-fill'] : argv;
  });

/** Well-formed command lines whose hostility is in the values: they reach validation and the engines. */
const wellFormedArb = fc
  .tuple(
    fc.constantFrom('run', 'validate', 'sweep'),
    fc.constantFrom(['--preset', 'catheter-dead-space'], ['--preset', 'mri-accumulator'], [join('ok.json')]),
    fc.array(
      fc
        .tuple(fc.constantFrom(...PATHS), fc.constantFrom(...SET_VALUES))
        .map(([p, v]) => ['--set', `${p}=${v}`]),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([cmd, source, sets]) => {
    const src = source[0] === 'ok.json' ? [join(dir, 'ok.json')] : source;
    const vary = cmd === 'sweep' ? ['--vary', 'program.rateMlPerDay=0.1:0.3:2'] : [];
    return [
      cmd,
      ...(cmd === 'validate' && src[0] === '--preset' ? [join(dir, 'ok.json')] : src),
      ...sets.flat(),
      ...vary,
    ];
  });

// ---- the checks --------------------------------------------------------------------------------------------
const STACK = /\n\s+at .+:\d+:\d+\)?$/m;
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const arrayKeys = () => Object.getOwnPropertyNames(Array.prototype).sort().join();

async function runCase(argv: string[], stdin: string) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    io: {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      readFile: (p) => readFile(p, 'utf8'),
      writeFile: (p, d) => writeFile(p, d),
      readStdin: async () => stdin,
    },
    createPool: async (size) =>
      new RunnerPool(() => ({ run: (s, o) => simulate(s, o), dispose() {} }), Math.min(size ?? 1, 2)),
    exitCode: 0,
  };
  const code = await runCli(argv, ctx);
  return { code, stdout, stderr };
}

function checkOutcome(argv: string[], r: { code: number; stdout: string; stderr: string }) {
  const label = JSON.stringify(argv).slice(0, 300);
  expect([0, 1, 2], label).toContain(r.code);
  expect(r.stderr, label).not.toMatch(STACK);
  // a JavaScript error reaching the user, even without its stack, is a crash in disguise
  expect(r.stderr, label).not.toMatch(
    /TypeError|ReferenceError|RangeError|Maximum call stack|Cannot (read|set) properties|is not a function|is not iterable/,
  );
  expect(r.stdout, label).not.toMatch(/\bNaN\b/);
  if (r.code === 0 && /^[[{]/.test(r.stdout)) expect(() => JSON.parse(r.stdout), label).not.toThrow();
  if (/unknown (option|command)|too many arguments|missing required argument/.test(r.stderr))
    expect(r.code, label).toBe(2);
  if (/cannot (read|write)/.test(r.stderr)) expect(r.code, label).toBe(1);
}

describe('CLI argument fuzzer', () => {
  it('in process: exit codes of the scheme, no stack traces, no NaN, no pollution, bounded', async () => {
    const proto = protoKeys();
    const arrays = arrayKeys();
    const rss0 = process.memoryUsage().rss;
    const tried = {
      cases: 0,
      byCommand: new Map<string, number>(),
      byCode: new Map<number, number>(),
      slowestMs: 0,
    };
    const hostileSeen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(argvArb, wellFormedArb), fc.constantFrom(...STDIN), async (argv, stdin) => {
        const t0 = performance.now();
        const r = await runCase(argv, stdin);
        const ms = performance.now() - t0;
        checkOutcome(argv, r);
        expect(ms, JSON.stringify(argv).slice(0, 300)).toBeLessThan(5000);
        expect(protoKeys()).toBe(proto);
        expect(arrayKeys()).toBe(arrays);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(process.memoryUsage().rss - rss0).toBeLessThan(1.5e9);
        tried.cases++;
        tried.slowestMs = Math.max(tried.slowestMs, ms);
        tried.byCommand.set(argv[0], (tried.byCommand.get(argv[0]) ?? 0) + 1);
        tried.byCode.set(r.code, (tried.byCode.get(r.code) ?? 0) + 1);
        for (const a of argv)
          for (const h of HOSTILE) if (h && a.includes(h)) hostileSeen.add(h.slice(0, 12));
      }),
      { numRuns: 1000, seed: 1717 },
    );
    console.log(
      `cli-fuzz: ${tried.cases} command lines; by command ${JSON.stringify(Object.fromEntries(tried.byCommand))}; ` +
        `exit codes ${JSON.stringify(Object.fromEntries(tried.byCode))}; ${hostileSeen.size} hostile pieces used; ` +
        `slowest ${Math.round(tried.slowestMs)} ms`,
    );
    expect(tried.byCode.size).toBe(3); // every code of the scheme was reached
  }, 60_000);

  it('the real binary: a sample of hostile command lines exits 0/1/2 without a stack trace', () => {
    const sample = fc.sample(argvArb, { numRuns: 8, seed: 99 });
    sample.push(
      ['run', '--set', '__proto__.polluted=1'],
      ['nope', '--help'],
      ['run', '-', '--format', 'csv'],
    );
    for (const argv of sample) {
      const r = spawnSync('node', ['bin/itp-sim.js', ...argv.filter((a) => !a.includes('\u0000'))], {
        encoding: 'utf8',
        input: '{"__proto__": {"polluted": 1}}',
        timeout: 20_000,
      });
      expect(r.signal, JSON.stringify(argv)).toBeNull();
      checkOutcome(argv, { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    }
  }, 120_000);
});
