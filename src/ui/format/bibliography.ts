/**
 * The bibliography for learners: author, year and title of every source, read from docs/sources.md (the one
 * place references are written; the app fetches it as text on first use, so nothing is copied or goes stale).
 * Entries are "- **[KEY]** short label — reference", continued on indented lines.
 */
export interface SourceEntry {
  key: string;
  /** The short label the UI shows elsewhere ("Flack & Bernards 2010"). */
  label: string;
  /** The full reference in plain text (markdown emphasis and code marks removed). */
  reference: string;
}

import { citeText } from '../../model/sources.js';

const ENTRY = /^- \*\*\[([RDT]\d+)\]\*\*\s+(.*)$/;

/** Plain text of a markdown fragment: no emphasis, no code marks, no link syntax. */
const plain = (md: string): string =>
  md
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/(^|[\s(])_([^_]+)_(?=[\s).,;:]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();

/** Every entry of the bibliography whose key starts with one of `prefixes` (R, D: literature and devices). */
export function parseSources(md: string, prefixes = ['R', 'D']): SourceEntry[] {
  const out: SourceEntry[] = [];
  let cur: { key: string; text: string } | null = null;
  const flush = () => {
    if (!cur || !prefixes.includes(cur.key[0])) return;
    const text = plain(cur.text);
    const dash = text.indexOf(' — ');
    out.push({
      key: cur.key,
      label: dash > 0 ? text.slice(0, dash) : text,
      // A reference may point to another source by key: learners read its label instead.
      reference: dash > 0 ? citeText(text.slice(dash + 3)) : '',
    });
  };
  for (const line of md.split('\n')) {
    const m = ENTRY.exec(line);
    if (m) {
      flush();
      cur = { key: m[1], text: m[2] };
    } else if (cur && /^ {2}\S/.test(line)) cur.text += ` ${line.trim()}`;
    else {
      flush();
      cur = null;
    }
  }
  flush();
  return out;
}
