// Generates the TypeScript side of the wasm ABI from its one definition in assembly/ (`npm run gen:abi`; asbuild
// and prepare run it first). Every `export const NAME: i32 = N;` line of assembly/pump/params.ts and
// assembly/csf/params.ts becomes a typed constant; enumerations also get their scenario ids and plain-language
// labels from the line's comment (`// id 'dump', label 'valves open': …`). The output is committed, so the
// TypeScript builds need no extra step; `node scripts/gen-abi.mjs --check` exits 1 when it is stale (run by a unit
// test, test/unit/wasm-abi.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT_FILE = 'src/model/wasm-abi.ts';
const PUMP_SRC = 'assembly/pump/params.ts';
const CSF_SRC = 'assembly/csf/params.ts';

/** Enumerations of the pump engine: name prefix in assembly → name of the TypeScript maps. */
const ENUMS = [
  ['MODE_', 'BASAL_MODE', 'basal program mode (EV_PROGRAM a, LOG_PROGRAM_CHANGE a)'],
  ['KIND_', 'DEVICE_KIND', 'device kind (P_KIND, LOG_REPLACEMENT c)'],
  ['MRI_', 'MRI_BEHAVIOUR', 'behaviour in an MRI scanner (P_MRI_MODE, LOG_MRI_START b)'],
  ['BOLUS_', 'BOLUS_KIND', 'bolus kind (EV_BOLUS c, LOG_BOLUS_START c)'],
  ['AFTER_BOLUS_', 'AFTER_BOLUS', 'what the pump does when a clinician bolus ends (EV_BOLUS d)'],
  ['DENY_', 'DENY_REASON', 'why a patient bolus was denied (LOG_PATIENT_BOLUS_DENIED a)'],
  ['LEAK_', 'LEAK_SITE', 'where a leak before the catheter tip is (EV_LEAK b, LOG_LEAK b)'],
  [
    'TIP_LOSS_',
    'TIP_LOSS_CAUSE',
    'why drug leaving the tip does not reach the CSF (EV_TIP_LOSS c, LOG_TIP_LOSS c)',
  ],
];

/** SCREAMING_SNAKE → camelCase: OUT_TIP_MASS_UG (prefix OUT_) → tipMassUg. */
export const camel = (s) => s.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** The `export const NAME: i32 = N; // comment` lines of one assembly file, in file order. */
function constants(file) {
  const text = readFileSync(root + file, 'utf8');
  const out = [];
  for (const m of text.matchAll(/^export const ([A-Z][A-Z0-9_]*): i32 = (-?\d+);[ \t]*(?:\/\/ ?(.*))?$/gm)) {
    const [, name, value, comment = ''] = m;
    const id = /\bid '([^']+)'/.exec(comment)?.[1];
    const label = /\blabel '([^']+)'/.exec(comment)?.[1];
    out.push({ name, value: Number(value), id, label });
  }
  if (!out.length) throw new Error(`${file}: no constants found`);
  const seen = new Set();
  for (const c of out) {
    if (seen.has(c.name)) throw new Error(`${file}: ${c.name} defined twice`);
    seen.add(c.name);
  }
  return out;
}

const lit = (v) => (typeof v === 'string' ? `'${v.replace(/'/g, "\\'")}'` : String(v));
const key = (k) => (/^([A-Za-z_$][\w$]*|\d+)$/.test(k) ? k : lit(k));
const obj = (pairs) => `{\n${pairs.map(([k, v]) => `  ${key(String(k))}: ${lit(v)},`).join('\n')}\n}`;

/** Fields of a record layout: constants `PREFIX…` except the excluded ones, as camelCase name → offset. */
function layout(list, prefix, exclude = []) {
  const fields = list.filter((c) => c.name.startsWith(prefix) && !exclude.includes(c.name));
  const offsets = new Set(fields.map((c) => c.value));
  if (offsets.size !== fields.length) throw new Error(`${prefix}: two fields share an offset`);
  return fields.map((c) => [camel(c.name.slice(prefix.length)), c.value]);
}

function enumeration(list, prefix, tsName, what) {
  const members = list.filter((c) => c.name.startsWith(prefix));
  for (const c of members)
    if (!c.id || !c.label) throw new Error(`${PUMP_SRC}: ${c.name} needs "id '…', label '…'" in its comment`);
  const values = new Set(members.map((c) => c.value));
  if (values.size !== members.length) throw new Error(`${prefix}: two members share a value`);
  return [
    `/** ${what[0].toUpperCase()}${what.slice(1)}: scenario id → engine value. */`,
    `export const ${tsName} = ${obj(members.map((c) => [c.id, c.value]))} as const;`,
    `export type ${camel(tsName).replace(/^./, (c) => c.toUpperCase())}Id = keyof typeof ${tsName};`,
    `/** Engine value → scenario id. */`,
    `export const ${tsName}_ID: Readonly<Record<number, string>> = ${obj(members.map((c) => [c.value, c.id]))};`,
    `/** Engine value → the plain-language words used in event messages. */`,
    `export const ${tsName}_LABEL: Readonly<Record<number, string>> = ${obj(members.map((c) => [c.value, c.label]))};`,
  ].join('\n');
}

/** The generated file's text (formatted with the repository's Prettier settings). */
export async function generateAbi() {
  const pump = constants(PUMP_SRC);
  const csf = constants(CSF_SRC);
  const params = csf.filter((c) => c.name.startsWith('CSF_P_')).sort((a, b) => a.value - b.value);
  const count = csf.find((c) => c.name === 'CSF_PARAM_COUNT');
  params.forEach((c, i) => {
    if (c.value !== i) throw new Error(`${CSF_SRC}: parameter ids must run 0…n−1 (${c.name} = ${c.value})`);
  });
  if (!count || count.value !== params.length)
    throw new Error(`${CSF_SRC}: CSF_PARAM_COUNT must equal the number of CSF_P_ ids (${params.length})`);
  const text = [
    `// Generated by scripts/gen-abi.mjs from ${PUMP_SRC} and ${CSF_SRC}: do not edit by hand.`,
    '// Change the assembly file, then run `npm run gen:abi` (asbuild runs it too).',
    '',
    `/** Every pump engine constant by its assembly name (parameter ids, event types, log codes, layouts). */`,
    `export const PUMP_CONSTANTS = ${obj(pump.map((c) => [c.name, c.value]))} as const;`,
    'export type PumpConstantName = keyof typeof PUMP_CONSTANTS;',
    '',
    `/** Pump output record: f64 offset of each field inside one record of PUMP_OUT_STRIDE (from OUT_*). */`,
    `export const PUMP_OUT = ${obj(layout(pump, 'OUT_'))} as const;`,
    'export type PumpOutField = keyof typeof PUMP_OUT;',
    '',
    ...ENUMS.map(([prefix, tsName, what]) => enumeration(pump, prefix, tsName, what) + '\n'),
    `/** CSF parameter block (csfConfigure): names in id order, from CSF_P_* (CSF_P_D_MOL_CM2_PER_HOUR → dMolCm2PerHour). */`,
    `export const CSF_PARAM_NAMES = [\n${params.map((c) => `  ${lit(camel(c.name.slice(6)))},`).join('\n')}\n] as const;`,
    'export type CsfParamName = (typeof CSF_PARAM_NAMES)[number];',
    '',
    `/** CSF output record: fixed fields (from CSF_OUT_*), then one f64 per vertebral level from offset \`fixed\`. */`,
    `export const CSF_OUT = ${obj(layout(csf, 'CSF_OUT_'))} as const;`,
    'export type CsfOutField = keyof typeof CSF_OUT;',
    '',
    `/** Lanes per SIMD group of the batch kernel: batches are padded to a multiple of it. */`,
    `export const CSF_BATCH_GROUP = ${csf.find((c) => c.name === 'CSF_BATCH_GROUP').value};`,
    `/** Batch output record: f64 offset of each field (from CSF_BATCH_OUT_*), \`stride\` f64 per lane and interval. */`,
    `export const CSF_BATCH_OUT = ${obj(layout(csf, 'CSF_BATCH_OUT_'))} as const;`,
    '',
  ].join('\n');
  const options = (await prettier.resolveConfig(root + OUT_FILE)) ?? {};
  return { path: OUT_FILE, text: await prettier.format(text, { ...options, filepath: root + OUT_FILE }) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { path, text } = await generateAbi();
  let current = '';
  try {
    current = readFileSync(root + path, 'utf8');
  } catch {
    // not generated yet
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${path} is stale: run \`npm run gen:abi\` and commit the result.`);
      process.exit(1);
    }
  } else if (current !== text) {
    writeFileSync(root + path, text);
    console.log(`gen-abi: wrote ${path}`);
  }
}
