/**
 * The tool's name and version, from the package's own package.json (found by walking up from this module, so it
 * works from src/ in the repository and from dist/node/ in an installed package alike). Every CLI result carries
 * it, so a file says which version produced it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ToolInfo } from '../../model/documents.js';

export type { ToolInfo };

let cached: ToolInfo | null = null;

export function toolInfo(): ToolInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'intrathecal-pump-sim' && typeof pkg.version === 'string') {
        cached = { name: pkg.name, version: pkg.version };
        return cached;
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json of intrathecal-pump-sim not found above this module');
    dir = up;
  }
}
