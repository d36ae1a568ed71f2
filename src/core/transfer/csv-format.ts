/**
 * Writing CSV that spreadsheets open safely. Quoting follows RFC 4180. A cell that starts with
 * = + - @ (or a tab or carriage return) would be read as a formula by Excel, LibreOffice and Google
 * Sheets — a job title scraped from a web page could run one ("CSV injection", see OWASP) — so it
 * gets a leading apostrophe, which spreadsheets show as plain text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (no line ending) from cell values, each made safe and quoted as needed. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => quoteCell(safeCell(cell))).join(',');
}

/**
 * A whole CSV document: CRLF line endings (RFC 4180), and a byte-order mark so Excel reads the file
 * as UTF-8 (without it, accents and non-Latin company names come out garbled).
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}
