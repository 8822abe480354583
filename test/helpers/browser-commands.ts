// Browser-test commands that run on the Node side (vitest.config.ts → browser.commands). `nodeResultSha256` runs a
// scenario through the real `itp-sim run` (built Node library) and returns the SHA-256 of its JSON output, so a
// Chromium test can compare its own result byte for byte with Node's.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function nodeResultSha256(_ctx: unknown, scenarioJson: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'itp-sha-'));
  try {
    const file = join(dir, 'scenario.json');
    writeFileSync(file, scenarioJson);
    const r = spawnSync('node', ['bin/itp-sim.js', 'run', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`itp-sim run failed (${r.status}): ${r.stderr}`);
    // The CLI adds the input scenario and the tool beside the result; the rest is resultToJson(result).
    const { scenario: _scenario, tool: _tool, ...result } = JSON.parse(r.stdout) as Record<string, unknown>;
    return createHash('sha256').update(JSON.stringify(result)).digest('hex');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
