// Sources stay inside the repository: every citation key in the code, the docs and the UI texts resolves to an
// entry of docs/sources.md, nothing names the research notes the numbers were first collected in or a path outside
// the repository, and what learners see shows author and year (or "estimate"), never a key, file or section.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_LABELS, citeText } from '../../src/model/sources.js';
import { DEVICE_PRESETS } from '../../src/model/data/devices.js';
import { DRUGS } from '../../src/model/data/drugs.js';
import { PATIENT_DEFAULTS, TRANSPORT_DEFAULTS } from '../../src/model/data/patient.js';
import { POSTURE_DEFAULTS } from '../../src/model/posture.js';
import { S as UI_STRINGS } from '../../src/ui/i18n/strings.js';

const TEXT = /\.(ts|mts|mjs|js|md|json|html|css|yml|yaml)$/;
const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => TEXT.test(f) && f !== 'package-lock.json');
const read = (f: string) => readFileSync(f, 'utf8');

/** Keys defined in docs/sources.md: lines `- **[R37]** Short label — reference`. */
function definedKeys(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of read('docs/sources.md').matchAll(/^- \*\*\[([RDT]\d+)\]\*\* (.+?) — /gm))
    out.set(m[1], m[2]);
  return out;
}

/** Every single key cited in `text`: [R37], [R21, R22], [R13–R16] (both ends of a range). */
function citedKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(
    /\[([RDT]\d+(?:\s*[–-]\s*[RDT]?\d+)?(?:,\s*[RDT]\d+(?:\s*[–-]\s*[RDT]?\d+)?)*)\]/g,
  ))
    for (const part of m[1].split(/,\s*/))
      for (const end of part.split(/\s*[–-]\s*/)) keys.push(/^\d/.test(end) ? part[0] + end : end);
  return keys;
}

// Built from parts so that this file does not match itself.
const NOTES = new RegExp(
  ['pumps', 'pharmacology', 'toolchain', 'peers'].map((n) => `\\b${n}\\.md\\b`).join('|'),
);
const OUTSIDE = new RegExp(
  `(^|[^\\w.])/(${['work', 'tmp', 'home', 'root', 'Users', 'mnt'].join('|')})/|shared/(domain|engineering)`,
);

describe('citations', () => {
  it('no tracked file names the research notes or a path outside the repository', () => {
    const offenders = files.flatMap((f) =>
      read(f)
        .split('\n')
        .flatMap((line, i) =>
          NOTES.test(line) || OUTSIDE.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('every citation key in code, docs and UI texts is an entry of docs/sources.md', () => {
    const defined = definedKeys();
    expect(defined.size).toBeGreaterThan(50);
    const unresolved = files.flatMap((f) =>
      citedKeys(read(f)).flatMap((k) => (defined.has(k) ? [] : [`${f}: ${k}`])),
    );
    expect(unresolved).toEqual([]);
  });

  it('the labels the UI shows are the labels of docs/sources.md, key by key', () => {
    expect(Object.fromEntries(definedKeys())).toEqual(SOURCE_LABELS);
  });

  it('nothing under src/ carries a section number or a flag glyph (learners see plain words)', () => {
    const offenders = files
      .filter((f) => f.startsWith('src/'))
      .flatMap((f) =>
        read(f)
          .split('\n')
          .flatMap((line, i) => (/[§✔◐✎]/.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('every source text a learner can see shows author and year or an organisation, or says estimate', () => {
    const texts: string[] = [];
    const walk = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.tag === 'string') texts.push(o.source);
      for (const v of Object.values(o)) walk(v);
    };
    const tags = new Map<string, string>();
    const walkTags = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.tag === 'string') tags.set(o.source, o.tag);
      for (const v of Object.values(o)) walkTags(v);
    };
    const all = [DEVICE_PRESETS, DRUGS, PATIENT_DEFAULTS, TRANSPORT_DEFAULTS, POSTURE_DEFAULTS];
    walk(all);
    walkTags(all);
    expect(texts.length).toBeGreaterThan(150);
    const bad = texts.flatMap((s) => {
      const shown = citeText(s);
      const cited =
        /\[[RDT]\d/.test(s) ||
        /\b(19|20)\d\d\b/.test(shown) ||
        ['estimate', 'not-found'].includes(tags.get(s) ?? '') ||
        /estimate|not applicable|not found|unverified/i.test(shown);
      const internal = /§|\.md\b|[✔◐✎]|\[(V|U|E|NF)\]|\[[RDT]\d/.test(shown);
      return cited && !internal ? [] : [shown];
    });
    expect(bad).toEqual([]);
    // UI strings: no bare key either.
    expect(/\[[RDT]\d/.test(JSON.stringify(UI_STRINGS))).toBe(false);
  });
});
