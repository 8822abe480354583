// The learners' Sources panel reads docs/sources.md: every literature and device key has its label (the same as
// the UI's short label) and a full reference, in plain text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSources } from '../../src/ui/format/bibliography.js';
import { SOURCE_LABELS } from '../../src/model/sources.js';

const md = readFileSync(new URL('../../docs/sources.md', import.meta.url), 'utf8');

describe('parseSources', () => {
  it('finds every R and D key with its label and a reference', () => {
    const entries = parseSources(md);
    const keys = Object.keys(SOURCE_LABELS).filter((k) => /^[RD]/.test(k));
    expect(entries.map((e) => e.key).sort()).toEqual(keys.sort());
    for (const e of entries) {
      expect(e.label).toBe(SOURCE_LABELS[e.key]);
      expect(e.reference.length).toBeGreaterThan(15);
      expect(e.reference).not.toMatch(/[`*]|\b_\w|\w_\b|\[[RDT]\d+/);
    }
    const flack = entries.find((e) => e.key === 'R37')!;
    expect(flack.reference).toMatch(
      /^Flack SH, Bernards CM\. Cerebrospinal fluid and spinal cord distribution/,
    );
  });

  it('joins continued lines and stops at the next entry or a blank line', () => {
    const text = [
      '- **[R1]** A 2001 — First line',
      '  second line.',
      '',
      '- **[T1]** tool — x',
      '- **[D2]** B — y.',
    ].join('\n');
    expect(parseSources(text)).toEqual([
      { key: 'R1', label: 'A 2001', reference: 'First line second line.' },
      { key: 'D2', label: 'B', reference: 'y.' },
    ]);
  });
});
