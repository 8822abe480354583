// The layer table of docs/architecture.md as data, and the checks that keep the table, the tree under src/ and the
// ESLint boundaries the same: eslint.config.js builds its import restrictions from this table
// (boundaryConfigs), and checkArchitecture() reports every place where the three disagree
// (test/unit/architecture.test.ts, `node scripts/check-architecture.mjs`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const posix = path.posix;
export const DOC = 'docs/architecture.md';

/**
 * Rows of the first table under "## Layers" whose header starts with `| folder`. Columns: folder, runs in, holds,
 * may import (backticked row folders; `x/**` means x and every row below it), packages (backticked names;
 * `node:*` for Node built-ins; `—` for none).
 */
export function readLayerTable(markdown) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^## Layers\b/.test(l));
  if (start < 0) throw new Error(`${DOC}: no "## Layers" section`);
  const header = lines.findIndex((l, i) => i > start && /^\|\s*folder\s*\|/.test(l));
  if (header < 0)
    throw new Error(`${DOC}: no layer table (a header starting "| folder |") under "## Layers"`);
  const rows = [];
  for (let i = header + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    const cells = lines[i]
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    const ticks = (c) => [...c.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const [folder] = ticks(cells[0]);
    if (!folder) throw new Error(`${DOC}: layer table line ${i + 1} has no \`folder\``);
    rows.push({
      folder,
      runsIn: cells[1],
      mayImport: ticks(cells[3] ?? ''),
      packages: ticks(cells[4] ?? ''),
    });
  }
  return rows;
}

/** Every folder under src (posix, relative to root), src itself included. */
export function srcDirs(root) {
  const out = [];
  const walk = (rel) => {
    out.push(rel);
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true }))
      if (e.isDirectory()) walk(posix.join(rel, e.name));
  };
  walk('src');
  return out.sort();
}

/** Every TypeScript file under src (posix, relative to root). */
export function srcFiles(root, dirs = srcDirs(root)) {
  return dirs.flatMap((d) =>
    readdirSync(path.join(root, d), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => posix.join(d, e.name)),
  );
}

/** The row a folder belongs to: its own, else its nearest ancestor's. */
export function rowOf(rows, dir) {
  let best = null;
  for (const r of rows)
    if (
      (dir === r.folder || dir.startsWith(r.folder + '/')) &&
      (!best || r.folder.length > best.folder.length)
    )
      best = r;
  return best;
}

/** Row folders a row may import from (its own always). */
export function allowedRows(row, rows) {
  const allowed = new Set([row.folder]);
  for (const p of row.mayImport) {
    if (p.endsWith('/**')) {
      const base = p.slice(0, -3);
      for (const r of rows) if (r.folder === base || r.folder.startsWith(base + '/')) allowed.add(r.folder);
    } else allowed.add(p);
  }
  return allowed;
}

/** Static imports, re-exports and dynamic import() specifiers of a source text (comments stripped). */
export function importSpecifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const specs = [];
  for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g))
    specs.push(m[1]);
  for (const m of code.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) specs.push(m[1]);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]);
  return specs;
}

/** `lit/decorators.js` → `lit`, `@scope/x/y` → `@scope/x`, `node:fs` → `node:*`. */
export function packageOf(spec) {
  if (spec.startsWith('node:')) return 'node:*';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Packages a row may not use: the project's dependencies and Node's built-ins, less the row's own list. */
export function forbiddenPackages(row, root) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const known = [...Object.keys(pkg.dependencies ?? {}), 'node:*'];
  return known.filter((p) => !row.packages.includes(p));
}

/**
 * ESLint flat-config objects, one per folder under src: `no-restricted-imports` with the relative specifiers
 * (from that folder) of every row its row may not import, and the packages it may not use.
 */
export function boundaryConfigs(root, rows = readLayerTable(readFileSync(path.join(root, DOC), 'utf8'))) {
  const dirs = srcDirs(root);
  const dirsOfRow = (r) => dirs.filter((d) => rowOf(rows, d) === r);
  return dirs
    .filter((d) => rowOf(rows, d))
    .map((dir) => {
      const row = rowOf(rows, dir);
      const allowed = allowedRows(row, rows);
      const patterns = [];
      for (const target of rows.filter((r) => !allowed.has(r.folder)))
        for (const td of dirsOfRow(target)) {
          const rel = posix.relative(dir, td) || '.';
          patterns.push(`${rel.startsWith('.') ? rel : './' + rel}/*.js`);
        }
      const packages = forbiddenPackages(row, root).flatMap((p) => (p === 'node:*' ? [p] : [p, `${p}/*`]));
      return {
        name: `architecture: ${dir} (row ${row.folder})`,
        files: [`${dir}/*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  group: [...patterns, ...packages],
                  message: `${row.folder} may import only what ${DOC} lists for it.`,
                },
              ],
            },
          ],
        },
      };
    });
}

/**
 * Every disagreement between the layer table, the tree and the imports, as readable lines (empty when all agree).
 * `eslint` (an ESLint instance with the project's config) adds the check that ESLint flags exactly the imports the
 * table forbids.
 */
export async function checkArchitecture(root, { markdown, eslint } = {}) {
  const rows = readLayerTable(markdown ?? readFileSync(path.join(root, DOC), 'utf8'));
  const problems = [];
  const dirs = srcDirs(root);
  const seen = new Set();
  for (const r of rows) {
    if (seen.has(r.folder)) problems.push(`${DOC}: ${r.folder} has two rows`);
    seen.add(r.folder);
    if (!existsSync(path.join(root, r.folder)))
      problems.push(`${DOC}: row ${r.folder} names a folder that does not exist`);
    for (const p of r.mayImport) {
      const base = p.replace(/\/\*\*$/, '');
      if (!rows.some((x) => x.folder === base))
        problems.push(`${DOC}: row ${r.folder} may import ${p}, which is no row`);
    }
  }
  // Folders down to src/<layer>/<area> each need a row; deeper ones (src/ui/elements/<tag>) belong to their parent's.
  for (const d of dirs)
    if (d.split('/').length <= 3 && !rows.some((r) => r.folder === d))
      problems.push(`${DOC}: folder ${d} has no row in the layer table`);

  for (const file of srcFiles(root, dirs)) {
    const row = rowOf(rows, posix.dirname(file));
    if (!row) continue;
    const allowed = allowedRows(row, rows);
    for (const spec of importSpecifiers(readFileSync(path.join(root, file), 'utf8'))) {
      if (spec.startsWith('.')) {
        let target = posix.normalize(posix.join(posix.dirname(file), spec.split('?')[0]));
        if (target.endsWith('.js') && existsSync(path.join(root, target.slice(0, -3) + '.ts')))
          target = target.slice(0, -3) + '.ts';
        if (!target.startsWith('src/')) continue; // build/ outputs (the wasm and its bindings)
        const to = rowOf(rows, posix.dirname(target));
        if (to && !allowed.has(to.folder))
          problems.push(`${file} imports ${target}: ${row.folder} may not import ${to.folder}`);
      } else if (!spec.startsWith('virtual:')) {
        const p = packageOf(spec);
        if (forbiddenPackages(row, root).includes(p))
          problems.push(`${file} uses ${spec}: ${row.folder} may not use ${p}`);
      }
    }
  }
  problems.push(...checkTsconfigs(root, rows, dirs));
  problems.push(...checkPathsCited(root, markdown ?? readFileSync(path.join(root, DOC), 'utf8')));
  if (eslint) problems.push(...(await checkEslint(root, rows, dirs, eslint)));
  return problems;
}

/** Lints one probe file per folder that imports every other folder and every package, and compares. */
async function checkEslint(root, rows, dirs, eslint) {
  const problems = [];
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const pkgs = [...Object.keys(pkg.dependencies ?? {}), 'node:fs'];
  for (const dir of dirs) {
    const row = rowOf(rows, dir);
    if (!row) continue;
    const allowed = allowedRows(row, rows);
    const probes = [];
    for (const td of dirs) {
      const to = rowOf(rows, td);
      if (!to || td === dir) continue;
      const rel = posix.relative(dir, td);
      probes.push({
        spec: `${rel.startsWith('.') ? rel : './' + rel}/probe.js`,
        forbidden: !allowed.has(to.folder),
        what: td,
      });
    }
    for (const p of pkgs)
      probes.push({ spec: p, forbidden: forbiddenPackages(row, root).includes(packageOf(p)), what: p });
    const text = probes.map((p) => `import '${p.spec}';`).join('\n') + '\n';
    const [result] = await eslint.lintText(text, {
      filePath: path.join(root, dir, '__architecture-probe.ts'),
    });
    const flagged = new Set(
      result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line - 1),
    );
    probes.forEach((p, i) => {
      if (p.forbidden && !flagged.has(i))
        problems.push(`eslint: ${dir} importing ${p.what} is not flagged, though ${DOC} forbids it`);
      if (!p.forbidden && flagged.has(i))
        problems.push(`eslint: ${dir} importing ${p.what} is flagged, though ${DOC} allows it`);
    });
  }
  return problems;
}

/**
 * What "runs in" allows a project's type check to know about: the model sees no host at all, worker and shared
 * code no DOM, Node code no DOM but Node's types, page code the DOM.
 */
const RUNS_IN = {
  anywhere: { dom: false, worker: false, node: false },
  'worker or Node': { dom: false, worker: true, node: false },
  'page and Node': { dom: false, worker: true, node: false },
  page: { dom: true, worker: false, node: false },
  Node: { dom: false, worker: true, node: true },
};

const readJsonc = (file) =>
  JSON.parse(
    readFileSync(file, 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/,(\s*[}\]])/g, '$1'),
  );

// A tsconfig include glob (`**/` any folders, `*` within one) as a RegExp over posix paths.
function globRegExp(glob) {
  const re = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .split('**/')
    .map((part) => part.replace(/\*/g, '[^/]*'))
    .join('(?:.*/)?');
  return new RegExp(`^${re}$`);
}

/** Each file under src is type-checked by exactly one project of tsconfig.json, with the lib its row runs in. */
function checkTsconfigs(root, rows, dirs) {
  const problems = [];
  const solution = readJsonc(path.join(root, 'tsconfig.json'));
  const projects = (solution.references ?? []).map(({ path: p }) => {
    const file = posix.normalize(p);
    const cfg = readJsonc(path.join(root, file));
    const o = cfg.compilerOptions ?? {};
    const lib = (o.lib ?? []).map((l) => l.toLowerCase());
    return {
      file,
      include: (cfg.include ?? []).map(globRegExp),
      exclude: (cfg.exclude ?? []).map((e) => globRegExp(e.endsWith('.ts') ? e : `${e}/**/*.ts`)),
      has: {
        dom: lib.includes('dom'),
        worker: lib.includes('webworker'),
        node: (o.types ?? []).includes('node'),
      },
    };
  });
  const reported = new Set();
  for (const file of srcFiles(root, dirs)) {
    const row = rowOf(rows, posix.dirname(file));
    const want = row && RUNS_IN[row.runsIn];
    if (row && !want && !reported.has(row.folder)) {
      reported.add(row.folder);
      problems.push(
        `${DOC}: row ${row.folder} runs in "${row.runsIn}", not one of: ${Object.keys(RUNS_IN).join(', ')}`,
      );
    }
    const mine = projects.filter(
      (p) => p.include.some((r) => r.test(file)) && !p.exclude.some((r) => r.test(file)),
    );
    if (mine.length !== 1) {
      problems.push(
        `tsconfig: ${file} is in ${mine.length} projects (${mine.map((p) => p.file).join(', ') || 'none'}), not one`,
      );
      continue;
    }
    const [p] = mine;
    if (!want || reported.has(`${p.file} ${row.folder}`)) continue;
    for (const k of ['dom', 'worker', 'node'])
      if (p.has[k] !== want[k]) {
        reported.add(`${p.file} ${row.folder}`);
        problems.push(
          `tsconfig: ${p.file} checks ${row.folder} (runs in ${row.runsIn}) ${p.has[k] ? 'with' : 'without'} the ${k === 'dom' ? 'DOM lib' : k === 'worker' ? 'WebWorker lib' : 'Node types'}`,
        );
        break;
      }
  }
  return problems;
}

/**
 * Every file or folder path the document cites (src/…, test/…, bench/…, scripts/…, assembly/…, web/…) exists;
 * globs (`schema*.ts`) and placeholders (`<tag>`) are not paths.
 */
function checkPathsCited(root, markdown) {
  const cited = new Set(
    [
      ...markdown.matchAll(
        /(?<![\w./-])(?:src|test|bench|scripts|assembly|web)\/[\w./-]*[\w](?![\w/*<-]|\.\w)/g,
      ),
    ].map((m) => m[0]),
  );
  return [...cited]
    .filter((p) => !existsSync(path.join(root, p)) && !existsSync(path.join(root, p.replace(/\.js$/, '.ts'))))
    .map((p) => `${DOC} cites ${p}, which does not exist`);
}
