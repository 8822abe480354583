// docs/architecture.md's layer table is checked against the tree under src, every import and the ESLint
// boundaries built from it (scripts/architecture.mjs). The synthetic cases show each kind of drift is caught.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { checkArchitecture, importSpecifiers } from '../../scripts/architecture.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
const rowLine = (folder: string) => doc.split('\n').find((l) => l.startsWith(`| \`${folder}\` `))!;

describe('architecture', () => {
  it('the layer table, the folders, the imports and the ESLint boundaries agree', async () => {
    expect(await checkArchitecture(root, { eslint: new ESLint({ cwd: root }) })).toEqual([]);
  }, 60_000);

  it('reports a folder without a row and a row without a folder', async () => {
    const markdown = doc.replace(
      rowLine('src/ui/format'),
      rowLine('src/ui/format').replace('src/ui/format', 'src/ui/gone'),
    );
    const problems = await checkArchitecture(root, { markdown });
    expect(problems).toContain('docs/architecture.md: folder src/ui/format has no row in the layer table');
    expect(problems).toContain('docs/architecture.md: row src/ui/gone names a folder that does not exist');
  });

  it('reports an import the table does not allow, and a package', async () => {
    const line = rowLine('src/engine/csf');
    const markdown = doc.replace(line, line.replace('`src/model/**`, `src/engine/**`', '`src/model/**`'));
    const problems = await checkArchitecture(root, { markdown });
    expect(problems).toContain(
      'src/engine/csf/csf-driver.ts imports src/engine/wasm/load.ts: src/engine/csf may not import src/engine/wasm',
    );
    const ui = rowLine('src/ui/elements');
    const noUplot = doc.replace(ui, ui.replace('`lit`, `uplot`', '`lit`'));
    expect(await checkArchitecture(root, { markdown: noUplot })).toContain(
      'src/ui/elements/chart/chart.ts uses uplot: src/ui/elements may not use uplot',
    );
  });

  it('reports a folder type-checked with the library of another place than where it runs', async () => {
    const line = rowLine('src/cli');
    const markdown = doc.replace(line, line.replace('| Node ', '| page '));
    expect(await checkArchitecture(root, { markdown })).toContain(
      'tsconfig: tsconfig.node.json checks src/cli (runs in page) without the DOM lib',
    );
  });

  it('reports a path the document cites that does not exist', async () => {
    const markdown = doc.replace('`src/engine/scenario-mapping.ts`', '`src/core/engine-inputs.ts`');
    expect(await checkArchitecture(root, { markdown })).toContain(
      'docs/architecture.md cites src/core/engine-inputs.ts, which does not exist',
    );
  });

  it('reports ESLint boundaries that differ from the table', async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfig: { files: ['src/ui/base/*.ts'], rules: { 'no-restricted-imports': 'off' } },
    });
    const problems = await checkArchitecture(root, { eslint });
    expect(problems).toContain(
      'eslint: src/ui/base importing src/engine is not flagged, though docs/architecture.md forbids it',
    );
    expect(problems.every((p) => p.startsWith('eslint: src/ui/base '))).toBe(true);
  }, 60_000);

  it('reads static, type-only, re-exported and dynamic imports, not comments', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export * from './c.js';",
      "import './d.js';",
      "const e = await import('./e.js');",
      "// import { f } from './f.js';",
      "import {\n  g,\n  h,\n} from 'lit';",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js', './e.js', 'lit']);
  });
});
