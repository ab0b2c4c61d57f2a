/** A cell: text is quoted as needed and kept from being read as a formula; numbers go as they are. */
export type CsvCell = string | number | null;

/**
 * Semicolon-separated, because Excel with Swedish regional settings splits
 * on semicolons; CRLF line ends; a byte-order mark so Excel reads UTF-8.
 */
export const CSV_SEPARATOR = ';';
export const UTF8_BOM = '\uFEFF';

function textCell(text: string): string {
  // A leading =, +, - or @ would make a spreadsheet evaluate the cell.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: CsvCell[]): string {
  return cells.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : textCell(cell))).join(CSV_SEPARATOR);
}

export function csvDocument(header: string[], rows: CsvCell[][]): string {
  return UTF8_BOM + [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
