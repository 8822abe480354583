// The Python client (examples/python/itp_sim.py) and notebook against the real `itp-sim serve --stdio`, when
// python3 is present: every protocol method, an error with its issues, a malformed line answered with id null,
// the trial and sweep CSVs read by Python's strict csv parser, and the notebook's code cells run in order.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const python = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!python)('Python client and notebook', () => {
  it('runs test/python/check_client.py against the CLI', () => {
    const r = spawnSync('python3', ['test/python/check_client.py'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ITP_SIM: `node ${resolve(root, 'bin/itp-sim.js')}` },
      timeout: 120_000,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('python client ok');
  }, 120_000);
});
