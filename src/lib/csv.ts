import { stringify } from 'csv-stringify/sync';

/** A CSV cell value: text, a number, a yes/no, or empty. */
export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make spreadsheet programs read a text cell as a formula ("CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/** Guards a text cell that a spreadsheet would run as a formula with a leading apostrophe, the usual defence. */
export function safeText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * A whole CSV file (RFC 4180), UTF-8 without a byte-order mark (the data package declares "utf-8",
 * and the Frictionless JavaScript library and Python's csv module would read a mark as part of the first header), a header
 * row, then the rows, with CRLF line ends. Numbers are written in plain JavaScript notation (a dot
 * for decimals, no thousands separators) so every locale's spreadsheet and pandas read them; empty
 * cells stay empty.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const cells = [header.map(safeText), ...rows.map((row) => row.map((v) => (typeof v === 'string' ? safeText(v) : typeof v === 'number' && !Number.isFinite(v) ? null : v)))];
  // Quote any line break, not only CRLF, so readers that also split on LF keep the cell whole.
  return stringify(cells, { bom: false, record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { boolean: (v) => (v ? 'true' : 'false'), number: (v) => String(v) } });
}
