/**
 * Sources: the one sourced-value type with its one tag vocabulary, and the short labels of the bibliography in
 * docs/sources.md (test/unit/citations.test.ts checks that every key there has the same label here). Code cites
 * a source by key in square brackets ([R37], [D3], [R21, R22], [R13–R16]); what learners see goes through
 * citeText(), which shows the author and year (or the organisation) instead of the key.
 */

/**
 * verified: read in the cited source. unverified: commonly quoted, not confirmed in the sources consulted.
 * estimate: our own estimate or derivation. not-found: no figure was found; the value is a stand-in.
 */
export type SourceTag = 'verified' | 'unverified' | 'estimate' | 'not-found';

/** A value the UI may show, with its unit, where it comes from and how sure that is. */
export interface Sourced<T = number> {
  value: T;
  unit: string;
  source: string;
  tag: SourceTag;
}

export function sourced<T>(value: T, unit: string, tag: SourceTag, source: string): Sourced<T> {
  return { value, unit, tag, source };
}

/** Short label of every key of docs/sources.md. */
export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  R1: 'Bale et al.',
  R2: 'J Clin Med 2025',
  R3: 'Sass et al. 2017',
  R4: 'Sincomb et al. 2022',
  R5: 'Blam et al.',
  R8: 'Authorea CSF review',
  R10: 'Enzmann & Pelc 1993',
  R11: 'Enzmann & Pelc 1991',
  R13: 'Dreha-Kulaczewski et al. 2015',
  R14: 'Aktas et al. 2019',
  R15: 'Yamada et al. 2013',
  R16: 'Takizawa et al. 2017',
  R17: 'Stockman 2007',
  R19: 'Lawrence et al. 2019',
  R21: 'Alaminos-Quesada et al. 2022',
  R22: 'Alaminos-Quesada et al. 2024',
  R23: 'Dvoriashyna & Goriely 2023',
  R29: 'Kroin et al. 1993',
  R30: 'IT morphine CSF kinetics 1986',
  R31: 'Nordberg et al. 1984',
  R32: 'Ummenhofer et al. 2000',
  R33: 'Heetla et al. 2016',
  R34: 'CSF baclofen levels (Eur J Clin Pharmacol)',
  R35: 'Prialt label',
  R36: 'Bernards 2006',
  R37: 'Flack & Bernards 2010',
  R39: 'Lioresal Intrathecal label',
  R43: 'ClinicalGate, neuraxial opioids',
  R44: 'Bailey et al. 2000',
  R48: 'Ziconotide SmPC',
  R53: 'Albright et al. 2007',
  R54: 'Ruppen et al. 2009',
  R55: 'Glynn et al. 1992',
  R57: 'Lioresal screening-trial pages',
  R59: 'Teaching material on IT trialling',
  R60: 'AccessAnesthesiology adjuvant table',
  R61: 'Palmer et al. 1999',
  R62: 'Mugabure Bujedo 2012',
  R63: 'IT therapy for abdominal pain (chapter)',
  R64: 'Hyperbaric bupivacaine label',
  R65: 'Smith & Deer 2009',
  R66: 'Deer et al. 2012 (PACC)',
  R68: 'OpenAnesthesia opioid conversion',
  R69: 'Oral-to-IV morphine conversion',
  R72: 'Baclofen boxed warning',
  R73: 'Baclofen withdrawal review',
  R75: 'Eisenach et al. 1993',
  R77: 'Modified Ashworth scale table',
  R79: 'Smith et al. 2002',
  R80: 'H-reflex after IT baclofen 2012',
  R84: 'AHFS ziconotide monograph',
  R100: 'Meythaler et al. 2003',
  R101: 'Jacobson et al. 1988',
  R102: 'Adesoye & Duncan 2017',
  R103: 'OpenAnesthesia, opioid tolerance',
  D1: 'Medtronic, SynchroMed II documentation',
  D2: 'Wesemann et al. 2014',
  D3: 'Flowonix, Prometra II instructions',
  D4: 'Prometra accuracy, Neuromodulation 2013',
  D5: 'TGA hazard alert, SynchroMed II after MRI',
  D6: 'Codman 3000 patient information',
  D7: 'Hunter & Caraway',
  D8: 'Patent EP0344895',
  D9: 'IsoMed and MRI (nursing guidance)',
  D10: 'Maino et al. 2017',
  D11: "Gillette Children's, ITB refills",
  D12: 'Pocket-fill case reports (PM&R)',
  D13: 'AHCPR 1994',
  D14: 'Aprili et al. 2009',
  D15: 'Smiths Medical, CADD-Prizm manual',
  D16: 'Boster et al. 2016',
  D17: 'Continuous ITB trial series 2015',
  D18: 'Anderson & Burchiel 1999',
  D19: 'Kumar et al. 2001',
  D20: 'Grabb et al. 1999',
  D21: 'Practical Pain Management guide',
  D22: 'ISO 2533:1975',
  T1: 'wasm memory growth',
  T2: 'no on-stack replacement for wasm',
  T3: 'fetching file URLs',
};

const KEY_LIST = /\s*\[([RDT]\d+(?:\s*[–-]\s*[RDT]?\d+)?(?:,\s*[RDT]\d+(?:\s*[–-]\s*[RDT]?\d+)?)*)\]/g;

const label = (key: string): string => SOURCE_LABELS[key] ?? key;

/** A source text as learners see it: each [key] list replaced by its labels, e.g. " (Flack & Bernards 2010)". */
export function citeText(source: string): string {
  const only = source.trim();
  if (only.replace(KEY_LIST, '') === '' && only) return citeText(`x${only}`).slice(3, -1);
  return source.replace(KEY_LIST, (_, list: string) => {
    const labels = list.split(/,\s*/).map((part) => {
      const [from, to] = part.split(/\s*[–-]\s*/);
      return to ? `${label(from)} to ${label(/^\d/.test(to) ? from[0] + to : to)}` : label(from);
    });
    return ` (${labels.join('; ')})`;
  });
}
