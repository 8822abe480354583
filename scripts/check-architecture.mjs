// `node scripts/check-architecture.mjs`: does docs/architecture.md's layer table agree with the folders under
// src, with every import, and with the ESLint boundaries? Prints each disagreement; exit code 1 if any.
// The same check runs in `npm test` as test/unit/architecture.test.ts.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { checkArchitecture } from './architecture.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = await checkArchitecture(root, { eslint: new ESLint({ cwd: root }) });
for (const p of problems) console.log(p);
console.log(
  problems.length
    ? `architecture: ${problems.length} disagreement(s)`
    : 'architecture: table, tree, imports and ESLint agree',
);
process.exit(problems.length ? 1 : 0);
