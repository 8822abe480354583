// UI responsiveness benchmark in Chromium (issue 6): "after a control change the default scenario re-renders in
// under 100 ms; no main-thread task over 50 ms during a run". `npm run perf:ui` builds the app and runs it alone
// (exit 1 when a target is missed); `npm run bench` runs it after the engine suites and writes its section of
// docs/bench.md. A benchmark on a shared machine, not a test: `npm test` does not run it.
//
// What is measured, on the built app (dist/app, `vite preview`) with the default view (pump comparison, both
// pumps' default presets) and its playback running, as a learner sees it:
//  - control change → re-render: from the `change` event of the body-temperature field to the frame after both
//    re-runs finished and the view (and its chart) updated; CHANGES changes, median and 95th percentile. The
//    part of it spent waiting for the worker is reported alongside.
//  - main-thread tasks: every PerformanceObserver 'longtask' entry (tasks over 50 ms) from the first change to
//    the last re-render, i.e. while the runs happen; the longest is reported (none = no task over 50 ms).
//  - live drag (issue 19): LIVE_ROUNDS drags of LIVE_INPUTS `input` events on the body-temperature field, one
//    every LIVE_GAP_MS (a drag at 60 Hz; the field re-runs both pumps live, RunController coalesces), up the
//    field's range then down. For each input, the time until a repaint shows both pumps' results for that value or
//    a later one; p95 over all rounds and the longest task during the drags. (The comparison's only live control
//    is this field: the programmed rate is a number field that runs on change, and the spine's catheter tip runs
//    when it is released, both covered by the control-change figure.)
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

export const TARGETS = { rerenderMs: 100, longTaskMs: 50, liveP95Ms: 33 };
const CHANGES = 24;
const LIVE_INPUTS = 16;
const LIVE_GAP_MS = 16;
const LIVE_ROUNDS = 3;
const configFile = new URL('../vite.config.ts', import.meta.url).pathname;

/** Runs in the page: CHANGES temperature changes on <itp-pump-compare> inside <itp-app>. */
async function inPage(changes) {
  /* global PerformanceObserver, performance, Event, requestAnimationFrame, setTimeout -- page context */
  const long = [];
  const obs = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
  const el = document.querySelector('itp-app').shadowRoot.querySelector('itp-pump-compare');
  // The field is an <itp-slider-field>: its slider is the control a drag moves (the field re-emits its events).
  const input = [...el.shadowRoot.querySelectorAll('itp-slider-field')]
    .find((f) => f.label === 'Body temperature')
    .shadowRoot.querySelector('input[type="range"]');
  const ended = (n) =>
    new Promise((resolve) => {
      let k = 0;
      const done = () => {
        if (++k < n) return;
        el.removeEventListener('itp-run-finished', done);
        el.removeEventListener('itp-run-failed', done);
        resolve();
      };
      el.addEventListener('itp-run-finished', done);
      el.addEventListener('itp-run-failed', done);
    });
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const temps = [38, 39, 40, 38.5, 39.5, 37.5, 41, 36.5, 37];
  const times = [];
  const workerMs = [];
  await frame();
  obs.observe({ type: 'longtask' });
  for (let i = 0; i < changes; i++) {
    const t0 = performance.now();
    const both = ended(2);
    input.value = String(temps[i % temps.length]);
    input.dispatchEvent(new Event('change'));
    await both;
    await el.updateComplete;
    const chart = el.shadowRoot.querySelector('itp-chart');
    if (chart) await chart.updateComplete;
    await frame();
    times.push(performance.now() - t0);
    // RunController.lastRunMs: request → result of each run as the page saw it (queue + worker + transfer).
    workerMs.push(Math.max(el.prog.lastRunMs, el.gas.lastRunMs)); // the second run waits for the first in the queue
    await new Promise((r) => setTimeout(r, 150)); // let playback frames run between changes
  }
  await new Promise((r) => setTimeout(r, 100));
  obs.disconnect();
  return { times, workerMs, long };
}

/** Runs in the page: a live drag of the body-temperature field (distinct values, so each result names its input). */
async function inPageLive([inputs, gapMs, down]) {
  // (page context: the globals declared in inPage above)
  const el = document.querySelector('itp-app').shadowRoot.querySelector('itp-pump-compare');
  // The field is an <itp-slider-field>: its slider is the control a drag moves (the field re-emits its events).
  const input = [...el.shadowRoot.querySelectorAll('itp-slider-field')]
    .find((f) => f.label === 'Body temperature')
    .shadowRoot.querySelector('input[type="range"]');
  // Distinct values the field accepts (34–42 °C in 0.5 steps), up or down: one drag each way.
  const up = Array.from({ length: inputs }, (_, i) => 34.5 + 0.5 * i);
  const values = down ? up.reverse() : up;
  // The episode's temperature: the first timeline entry (scenario-edit withEpisode); 37 °C at sea level is no
  // episode at all (no timeline). The highest temperature of the timeline, read before, was 37 for every value
  // below 37, so those inputs looked shown by the first result.
  const temperatureOf = (run) => run.scenario?.environment?.timeline?.[0]?.bodyTemperatureC ?? 37;
  const sentAt = [];
  const shown = { programmable: -1, 'constant-rate': -1 };
  const paints = []; // { index: lowest input index both sides now show, t }
  let finished = 0;
  const onFinished = (e) => {
    finished++;
    const run = e.detail.run === 'programmable' ? el.prog : el.gas;
    shown[e.detail.run] = values.indexOf(temperatureOf(run));
    const index = Math.min(shown.programmable, shown['constant-rate']);
    requestAnimationFrame(() => setTimeout(() => paints.push({ index, t: performance.now() }), 0));
  };
  el.addEventListener('itp-run-finished', onFinished);
  const long = [];
  const obs = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
  obs.observe({ type: 'longtask' });
  for (let i = 0; i < inputs; i++) {
    sentAt.push(performance.now());
    input.value = String(values[i]);
    input.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, gapMs));
  }
  const last = inputs - 1;
  const t0 = performance.now();
  while (!paints.some((p) => p.index >= last) && performance.now() - t0 < 10000)
    await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
  obs.disconnect();
  el.removeEventListener('itp-run-finished', onFinished);
  const latency = sentAt.map((t, i) => {
    const p = paints.find((x) => x.index >= i && x.t >= t);
    return p ? p.t - t : NaN;
  });
  return { latency, long, runsFinished: finished, requested: 2 * inputs };
}

const median = (a) => quantile(a, 0.5);
function quantile(values, q) {
  const s = [...values].sort((x, y) => x - y);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

/**
 * The page's main thread in a Chromium trace: every top-level task's wall time (dur) and the CPU time the thread
 * actually ran (tdur). On a loaded machine wall time includes waiting for a core; CPU time does not, so the two
 * together say whether a slow task was our work or the machine's.
 */
function mainThreadCpu(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const tasks = (pid, tid) =>
    events.filter(
      (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.tdur >= 0,
    );
  // The page's renderer main thread is the busiest one (others: about:blank, extensions).
  const busiest =
    mains
      .map((m) => tasks(m.pid, m.tid))
      .sort((a, b) => b.reduce((s, e) => s + e.tdur, 0) - a.reduce((s, e) => s + e.tdur, 0))[0] ?? [];
  const longestCpu = busiest.reduce((m, e) => Math.max(m, e.tdur), 0) / 1000;
  const longestWall = busiest.reduce((m, e) => Math.max(m, e.dur), 0) / 1000;
  const totalCpu = busiest.reduce((s, e) => s + e.tdur, 0) / 1000;
  const overCpu = busiest.filter((e) => e.tdur > TARGETS.longTaskMs * 1000).length;
  return {
    tasks: busiest.length,
    longestCpuMs: longestCpu,
    longestWallMs: longestWall,
    totalCpuMs: totalCpu,
    overCpu,
  };
}

/** Builds the app (unless `build: false`), serves it and measures; returns the figures. */
export async function measureUi({ buildApp = true, changes = CHANGES, outDir = undefined } = {}) {
  // A production build even when a Vite dev server in this process (bench/run.mjs) has set NODE_ENV=development:
  // Vite keeps it, and Lit's development build then doubled a shared chunk (16 → 31 kB) and slowed the page.
  process.env.NODE_ENV = 'production';
  if (buildApp) await build({ configFile, logLevel: 'warn' });
  const server = await preview({
    configFile,
    // `outDir`: another built app (a before/after comparison of two builds, in alternating runs).
    ...(outDir ? { build: { outDir } } : {}),
    preview: { port: 4174, strictPort: false },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.resolvedUrls.local[0]);
    await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    const raw = await page.evaluate(inPage, changes);
    const cpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString('utf8')));
    await page.waitForTimeout(300);
    await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    const live = { latency: [], long: [], runsFinished: 0, requested: 0 };
    for (let round = 0; round < LIVE_ROUNDS; round++) {
      const r = await page.evaluate(inPageLive, [LIVE_INPUTS, LIVE_GAP_MS, round % 2 === 1]);
      live.latency.push(...r.latency);
      live.long.push(...r.long);
      live.runsFinished += r.runsFinished;
      live.requested += r.requested;
    }
    const liveCpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString('utf8')));
    const seen = live.latency.filter(Number.isFinite);
    return {
      live: {
        inputs: LIVE_INPUTS * LIVE_ROUNDS,
        rounds: LIVE_ROUNDS,
        gapMs: LIVE_GAP_MS,
        medianMs: median(seen),
        p95Ms: quantile(seen, 0.95),
        unseen: live.latency.length - seen.length,
        longTasks: live.long.length,
        longestTaskMs: live.long.length ? Math.max(...live.long) : null,
        runsFinished: live.runsFinished,
        requested: live.requested,
        cpu: liveCpu,
      },
      cpu,
      changes,
      rerenderMedianMs: median(raw.times),
      rerenderP95Ms: quantile(raw.times, 0.95),
      rerenderMaxMs: Math.max(...raw.times),
      workerMedianMs: median(raw.workerMs),
      longTasks: raw.long.length,
      longestTaskMs: raw.long.length ? Math.max(...raw.long) : null,
      load1: loadavg()[0],
      raw,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (v) => `${v.toFixed(1)} ms`;

export function uiPerfLines(f) {
  return [
    `control change → re-render (${f.changes} changes): median ${ms(f.rerenderMedianMs)}, p95 ${ms(f.rerenderP95Ms)}, max ${ms(f.rerenderMaxMs)} (target < ${TARGETS.rerenderMs} ms); of the median, ${ms(f.workerMedianMs)} waiting for the two runs`,
    `main-thread tasks over 50 ms during the runs: ${f.longTasks ? `${f.longTasks}, longest ${ms(f.longestTaskMs)}` : 'none'} (target: none over ${TARGETS.longTaskMs} ms)`,
    `main thread, CPU time (trace): longest task ${ms(f.cpu.longestCpuMs)} CPU (${ms(f.cpu.longestWallMs)} wall), ${f.cpu.overCpu} tasks over ${TARGETS.longTaskMs} ms CPU, ${ms(f.cpu.totalCpuMs / f.changes)} CPU per change incl. playback`,
    `live drag (${f.live.rounds} drags, ${f.live.inputs} inputs, one every ${f.live.gapMs} ms): input → repaint with its result median ${ms(f.live.medianMs)}, p95 ${ms(f.live.p95Ms)} (target ≤ ${TARGETS.liveP95Ms} ms), ${f.live.unseen} never shown; ${f.live.runsFinished} of ${f.live.requested} requested runs finished (the rest coalesced); tasks over 50 ms: ${f.live.longTasks ? `${f.live.longTasks}, longest ${ms(f.live.longestTaskMs)}` : 'none'}; CPU (trace): longest task ${ms(f.live.cpu.longestCpuMs)}, ${ms(f.live.cpu.totalCpuMs / f.live.inputs)} per input`,
  ];
}

/** The section bench/run.mjs appends to docs/bench.md. */
export function uiPerfMarkdown(f) {
  const row = (what, value, target) => `| ${what} | ${value} | ${target} |`;
  return [
    '## UI responsiveness (Chromium)',
    '',
    `Measured by scripts/ui-perf.mjs (also \`npm run perf:ui\`) on the built app: the default view (pump comparison, both`,
    `pumps' default presets, playback running), ${f.changes} changes of the body-temperature field, each re-running both`,
    `pumps in the worker. Load average (1 min) at the end: ${f.load1.toFixed(1)} on this shared machine.`,
    '',
    'Wall-clock figures (the re-render times and the longtask entries) include time the page waited for a core',
    'while other jobs ran; the CPU times come from a Chromium trace of the same run (top-level tasks of the',
    "page's main thread) and count only our own work. A task with little CPU but a long wall time was the machine's",
    'load, not the page.',
    '',
    '| measure | Chromium | target |',
    '| --- | --- | --- |',
    row('control change → re-render, median', ms(f.rerenderMedianMs), `< ${TARGETS.rerenderMs} ms`),
    row('control change → re-render, 95th percentile', ms(f.rerenderP95Ms), `< ${TARGETS.rerenderMs} ms`),
    row('control change → re-render, slowest', ms(f.rerenderMaxMs), ''),
    row('of the median: waiting for both runs (queue, worker, transfer)', ms(f.workerMedianMs), ''),
    row(
      'longest main-thread task, CPU time (trace; wall time in brackets)',
      `${ms(f.cpu.longestCpuMs)} (${ms(f.cpu.longestWallMs)})`,
      `< ${TARGETS.longTaskMs} ms`,
    ),
    row('main-thread CPU per change, playback included (trace)', ms(f.cpu.totalCpuMs / f.changes), ''),
    row(
      'main-thread tasks over 50 ms during the runs (PerformanceObserver longtask, wall time)',
      f.longTasks ? `${f.longTasks} (longest ${ms(f.longestTaskMs)})` : 'none',
      `none over ${TARGETS.longTaskMs} ms`,
    ),
    row(
      `live drag, ${f.live.rounds} drags of ${f.live.inputs / f.live.rounds} inputs ${f.live.gapMs} ms apart: input → repaint with its result, median`,
      ms(f.live.medianMs),
      '',
    ),
    row(
      'live drag: input → repaint with its result, 95th percentile',
      ms(f.live.p95Ms),
      `≤ ${TARGETS.liveP95Ms} ms`,
    ),
    row('live drag: inputs never shown', String(f.live.unseen), '0'),
    row(
      'live drag: longest main-thread task, CPU time (trace; wall time in brackets)',
      `${ms(f.live.cpu.longestCpuMs)} (${ms(f.live.cpu.longestWallMs)})`,
      `< ${TARGETS.longTaskMs} ms`,
    ),
    row('live drag: main-thread CPU per input (trace)', ms(f.live.cpu.totalCpuMs / f.live.inputs), ''),
    row(
      'live drag: runs finished of runs requested (the rest coalesced)',
      `${f.live.runsFinished} of ${f.live.requested}`,
      '',
    ),
    row(
      'live drag: tasks over 50 ms (longtask, wall time)',
      f.live.longTasks ? `${f.live.longTasks} (longest ${ms(f.live.longestTaskMs)})` : 'none',
      `none over ${TARGETS.longTaskMs} ms`,
    ),
    '',
  ].join('\n');
}

/** `--doc`: replaces (or appends) this benchmark's section of docs/bench.md, leaving the rest as it is. */
async function writeSection(f) {
  const doc = new URL('../docs/bench.md', import.meta.url);
  const text = await readFile(doc, 'utf8');
  const head = '## UI responsiveness (Chromium)';
  const at = text.indexOf(head);
  const next = at < 0 ? -1 : text.indexOf('\n## ', at + head.length);
  const before = at < 0 ? `${text.trimEnd()}\n\n` : text.slice(0, at);
  const after = next < 0 ? '' : text.slice(next + 1);
  const prettier = await import('prettier');
  const options = { ...(await prettier.resolveConfig(doc.pathname)), filepath: doc.pathname };
  await writeFile(
    doc,
    await prettier.format(`${before}${uiPerfMarkdown(f)}${after ? `\n${after}` : ''}`, options),
  );
}

export const meetsTargets = (f) =>
  f.rerenderMedianMs < TARGETS.rerenderMs &&
  f.rerenderP95Ms < TARGETS.rerenderMs &&
  (f.longestTaskMs ?? 0) <= TARGETS.longTaskMs &&
  f.live.p95Ms <= TARGETS.liveP95Ms &&
  f.live.unseen === 0 &&
  (f.live.longestTaskMs ?? 0) <= TARGETS.longTaskMs;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `--dist <folder>`: measure another built app (implies --no-build).
  const at = process.argv.indexOf('--dist');
  const outDir = at < 0 ? undefined : process.argv[at + 1];
  const f = await measureUi({ buildApp: !outDir && !process.argv.includes('--no-build'), outDir });
  for (const line of uiPerfLines(f)) console.log(line);
  console.log(`load average (1 min): ${f.load1.toFixed(1)} on this machine`);
  if (process.argv.includes('--doc')) await writeSection(f);
  process.exit(meetsTargets(f) ? 0 : 1);
}
