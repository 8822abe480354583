// The README is read on npm and GitHub by people who then look for the files it names: every repository path it
// mentions (docs/…, examples/…, web/…, src/…, test/…, scripts/…, LICENSE, CHANGELOG.md) must exist. It named
// examples/run.mjs, which did not.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('README', () => {
  it('names only files and folders that exist', () => {
    const paths = new Set(
      [
        ...readme.matchAll(/(?<![\w/.-])((?:docs|examples|web|src|test|scripts|assembly)\/[\w./-]*[\w/])/g),
      ].map((m) => m[1]),
    );
    for (const f of ['LICENSE', 'CHANGELOG.md']) if (readme.includes(f)) paths.add(f);
    expect(paths.size).toBeGreaterThan(5);
    const missing = [...paths].filter((p) => !existsSync(new URL(p, root)));
    expect(missing).toEqual([]);
  });

  it('keeps the quick start commands', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
