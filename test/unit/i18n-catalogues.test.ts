// Every translation has every key of every registered English catalogue (src/ui/i18n and the views' tables):
// same nesting, arrays of the same length, functions taking the same parameters and returning text, lessons in
// the same order with the same ids, no text left in English except the words that are the same in both
// languages (listed). Switching language writes the texts in place and back (locale.ts).
import { describe, expect, it } from 'vitest';
import '../../src/ui/i18n/strings.js';
import '../../src/ui/i18n/strings-lessons.js';
import '../../src/ui/i18n/strings-reach.js';
import '../../src/ui/i18n/strings-controls.js';
import '../../src/ui/i18n/strings-events.js';
import '../../src/ui/i18n/strings-lessons-ui.js';
import '../../src/ui/i18n/strings-presets.js';
import '../../src/ui/i18n/strings-cases.js';
import { C } from '../../src/ui/elements/case/case-strings.js';
import { CASE_STORIES, localCase } from '../../src/ui/elements/case/case-texts.js';
import { J } from '../../src/ui/elements/journey/journey-strings.js';
import { PATIENT_CASES } from '../../src/model/cases/index.js';
import { TS } from '../../src/ui/elements/troubleshoot/troubleshoot-strings.js';
import { T } from '../../src/ui/elements/trial/trial-strings.js';
import type { Widen } from '../../src/ui/i18n/catalogue-types.js';
import { ES_CASE, ES_JOURNEY, ES_TRIAL, ES_TROUBLESHOOT } from '../../src/ui/i18n/strings-views.es.js';
import {
  LANGUAGES,
  loadTranslation,
  registeredCatalogues,
  setLang,
  plural,
} from '../../src/ui/i18n/locale.js';
import { S } from '../../src/ui/i18n/strings.js';
import { LESSON_TEXTS } from '../../src/ui/i18n/strings-lessons.js';
import { formatNumber } from '../../src/ui/format/format.js';

/** Strings that are the same in English and Spanish (names, symbols, loanwords), by their English text. */
const SAME_IN_SPANISH = new Set([
  'intrathecal-pump-sim',
  'h',
  'mL',
  'µL',
  'µg',
  'mg',
  'ng/mL',
  'est.',
  'Plasma',
  'Epidural',
  'Oral',
  'propellant',
  '(gas)',
  'cervical',
  'lumbar',
  '20 mL',
  '40 mL',
  '; ',
  'Cervical (C5)',
]);

/** Event texts take (data, format): every datum is 1, formatting is plain. */
const EVENT_DATA = new Proxy({}, { get: () => 1 });
const EVENT_FORMAT = {
  n: (x: number) => String(x),
  vol: (x: number) => `${x} µL`,
  mass: (x: number) => `${x} µg`,
  t: (h: number) => `t${h}`,
};

// Compile-time: the views' Spanish tables have their English shape (src/ui/i18n may not import the views).
({
  CASE_TEXT: ES_CASE,
  JOURNEY_TEXT: ES_JOURNEY,
  TROUBLESHOOT_TEXT: ES_TROUBLESHOOT,
  TRIAL_TEXT: ES_TRIAL,
}) satisfies {
  CASE_TEXT: Widen<typeof C>;
  JOURNEY_TEXT: Widen<typeof J>;
  TROUBLESHOOT_TEXT: Widen<typeof TS>;
  TRIAL_TEXT: Widen<typeof T>;
};

/** Check and warning texts take their words (CheckWords): every word is "X". */
const CHECK_WORDS = new Proxy({}, { get: () => 'X' });

/** Functions whose parameters are not numbers or strings: the arguments they are called with. */
const ARGS: Record<string, unknown[]> = { 'CASE_TEXT.bestWas': [['A', 'B']], 'CASE_TEXT.cite': ['Texto'] };

/** Spanish texts that may say "relleno" (filling something other than a refill), by catalogue path: none yet. */
const RELLENO_ALLOWED = new Set<string>();

/** Every text of a translation, functions called as `compare` calls them, with its path. */
function texts(node: unknown, path: string, visit: (path: string, text: string) => void): void {
  if (typeof node === 'string') return visit(path, node);
  if (typeof node === 'function') {
    const fn = node as (...a: unknown[]) => unknown;
    const args = path.includes('EVENT_TEXT.text.')
      ? [EVENT_DATA, EVENT_FORMAT]
      : path.includes('FIELD_TEXT.checks.')
        ? [CHECK_WORDS]
        : (ARGS[path.replace(/^es\./, '')] ??
          Array.from({ length: fn.length }, (_, i) => (i === 0 ? 2 : 'X')));
    let out: unknown;
    try {
      out = fn(...args);
    } catch {
      out = fn(...args.map(() => 2));
    }
    if (typeof out === 'string') visit(path, out);
    return;
  }
  if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) texts(v, `${path}.${k}`, visit);
}

interface Problem {
  path: string;
  what: string;
}

function compare(en: unknown, tr: unknown, path: string, out: Problem[]): void {
  if (tr === undefined) return void out.push({ path, what: 'missing' });
  if (Array.isArray(en)) {
    if (!Array.isArray(tr) || tr.length !== en.length)
      return void out.push({ path, what: `array of ${en.length} expected` });
    en.forEach((v, i) => compare(v, tr[i], `${path}[${i}]`, out));
    return;
  }
  if (typeof en === 'function') {
    if (typeof tr !== 'function') return void out.push({ path, what: 'function expected' });
    if (tr.length !== en.length) out.push({ path, what: `takes ${en.length} parameters, not ${tr.length}` });
    const args = path.startsWith('EVENT_TEXT.text.')
      ? [EVENT_DATA, EVENT_FORMAT]
      : path.startsWith('FIELD_TEXT.checks.')
        ? [CHECK_WORDS]
        : (ARGS[path] ?? Array.from({ length: en.length }, (_, i) => (i === 0 ? 2 : 'X')));
    const fn = tr as (...a: unknown[]) => unknown;
    let text: unknown;
    try {
      text = fn(...args);
    } catch {
      // Numeric parameters after the first (the views' tables): call with numbers instead.
      text = fn(...args.map(() => 2));
    }
    if (typeof text !== 'string' || !text.trim() || /undefined|NaN/.test(text))
      out.push({ path, what: `returns ${JSON.stringify(text)}` });
    return;
  }
  if (typeof en === 'object' && en !== null) {
    if (typeof tr !== 'object' || tr === null) return void out.push({ path, what: 'object expected' });
    for (const k of Object.keys(en)) compare((en as never)[k], (tr as never)[k], `${path}.${k}`, out);
    for (const k of Object.keys(tr))
      if (!(k in en)) out.push({ path: `${path}.${k}`, what: 'not in English' });
    return;
  }
  if (typeof tr !== typeof en) return void out.push({ path, what: `${typeof en} expected` });
  if (typeof en === 'string') {
    if (!String(tr).trim()) out.push({ path, what: 'empty' });
    else if (tr === en && !SAME_IN_SPANISH.has(en) && !path.endsWith('.id'))
      out.push({ path, what: `still English: ${en}` });
  }
}

describe('message catalogues', () => {
  it('English catalogues are registered', () => {
    expect([...registeredCatalogues().keys()].sort()).toEqual(
      [
        'CASE_STORIES',
        'CASE_TEXT',
        'CASE_TITLE_TEXT',
        'JOURNEY_TEXT',
        'CHARTS_TEXT',
        'CONTROL_TEXT',
        'LANG_TEXT',
        'COMPARE_TEXT',
        'DRUG_TEXT',
        'FIELD_TEXT',
        'EVENT_TEXT',
        'LESSON_PAGE_TEXT',
        'LESSON_TEXTS',
        'LESSON_UI',
        'LIFECYCLE_TEXT',
        'LMS_TEXT',
        'PRESET_TEXT',
        'PWA_TEXT',
        'ROUTES_TEXT',
        'S',
        'SCENARIO_TEXT',
        'SCHEMATIC_TEXT',
        'SOURCES_TEXT',
        'SPINE_TEXT',
        'THEME_TEXT',
        'TIME_TEXT',
        'TRIAL_TEXT',
        'TROUBLESHOOT_TEXT',
        'UNIT_TEXT',
      ].sort(),
    );
  });

  for (const lang of Object.keys(LANGUAGES).filter((l) => l !== 'en') as 'es'[])
    it(`${lang}: every key of every catalogue, translated`, async () => {
      const tr = (await loadTranslation(lang)) as Record<string, unknown>;
      const problems: Problem[] = [];
      for (const [name, en] of registeredCatalogues()) compare(en, tr[name], name, problems);
      for (const name of Object.keys(tr))
        if (!registeredCatalogues().has(name)) problems.push({ path: name, what: 'no such catalogue' });
      expect(problems).toEqual([]);
    });

  it('the cases: every text of every case is in the catalogue, and Spanish replaces every one', async () => {
    const texts = (c: (typeof PATIENT_CASES)[number]) => {
      const l = localCase(c, 'T');
      const qs = [...l.selection, l.trial.question, ...l.implant.questions, l.implant.complication.question];
      return [
        l.patient,
        ...l.history,
        l.trial.criterion,
        l.implant.complication.title,
        ...l.implant.complication.signs,
        l.implant.complication.management,
        l.followUp.outcome,
        ...[...qs, l.followUp.question].flatMap((q) => [
          q.prompt,
          ...q.options.flatMap((o) => [o.label, o.feedback]),
        ]),
      ];
    };
    const english = PATIENT_CASES.map(texts);
    expect(Object.keys(CASE_STORIES.cases)).toEqual(PATIENT_CASES.map((c) => c.id));
    await setLang('es', null);
    try {
      PATIENT_CASES.forEach((c, i) => {
        const spanish = texts(c);
        expect(spanish).toHaveLength(english[i]!.length);
        const left = spanish.filter((t, k) => t === english[i]![k] && !SAME_IN_SPANISH.has(t));
        expect(left, c.id).toEqual([]);
      });
    } finally {
      await setLang('en', null);
    }
    expect(texts(PATIENT_CASES[0]!)).toEqual(english[0]);
  });

  it('es: a refill is a "recarga" everywhere (no "relleno"), a pocket fill an "inyección en el bolsillo"', async () => {
    const tr = await loadTranslation('es');
    const found: string[] = [];
    texts(tr, 'es', (path, text) => {
      if (/rellen/i.test(text) && !RELLENO_ALLOWED.has(path)) found.push(`${path}: ${text}`);
      if (/llenado del bolsillo/i.test(text)) found.push(`${path}: ${text}`);
    });
    expect(found).toEqual([]);
    const caught: string[] = [];
    texts({ a: { b: (n: number) => `un relleno de ${n}` } }, 'T', (path, text) => {
      if (/rellen/i.test(text)) caught.push(path);
    });
    expect(caught).toEqual(['T.a.b']); // the walk reaches texts written by functions
  });

  it('a missing key is caught (the check can fail)', () => {
    const problems: Problem[] = [];
    compare({ a: 'Hello', b: { c: (x: string) => x } }, { a: 'Hola', b: {} }, 'T', problems);
    compare(['x', 'y'], ['x'], 'A', problems);
    compare({ d: 'Pump' }, { d: 'Pump' }, 'U', problems);
    expect(problems.map((p) => p.path)).toEqual(['T.b.c', 'A', 'U.d']);
  });

  it('switching writes Spanish into the live catalogues and English back, numbers follow', async () => {
    const nav = S.nav; // modules hold nested objects: they must stay the same objects
    expect(formatNumber(1234.5, 5)).toBe('1,234.5');
    await setLang('es', null);
    expect(S.nav).toBe(nav);
    expect(S.nav.compare).toBe('Comparación de bombas');
    expect(S.run.simulated('3 días')).toBe('Simulados 3 días.');
    expect(LESSON_TEXTS[2]!.title).toBe('Fiebre y vuelos');
    expect(formatNumber(1234.5, 5)).toBe('1234,5');
    expect(formatNumber(12345.6, 3)).toBe('12.346');
    expect(plural(1, { one: 'mes', other: 'meses' })).toBe('mes');
    expect(plural(3, { one: 'mes', other: 'meses' })).toBe('meses');
    await setLang('en', null);
    expect(S.nav.compare).toBe('Pump comparison');
    expect(LESSON_TEXTS[2]!.title).toBe('Fever and flying');
    expect(formatNumber(1234.5, 5)).toBe('1,234.5');
  });
});
