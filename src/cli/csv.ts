/**
 * The one CSV style of `run`, `sweep` and `trial`: a single header row of camelCase names with their unit in the
 * name (as in docs/api.md), then one row per record; no comment lines, so pandas.read_csv and strict parsers read it
 * as is (metadata goes to `--meta FILE`). Numbers in shortest round-trip form, missing values empty, text quoted
 * only when it holds a comma, a quote or a line break (RFC 4180). Lines end with \n.
 */

export type CsvCell = number | string | boolean | null | undefined;

export function csvCell(x: CsvCell): string {
  if (x === null || x === undefined) return '';
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : '';
  if (typeof x === 'boolean') return x ? '1' : '0';
  return /[",\r\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',');
}

export function csvTable(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [csvLine(header)];
  for (const r of rows) lines.push(csvLine(r));
  return `${lines.join('\n')}\n`;
}
