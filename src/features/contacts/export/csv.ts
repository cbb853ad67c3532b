/**
 * CSV writing (RFC 4180) for spreadsheets. Pure functions: no DOM, no i18n.
 * - Cells with the delimiter, a quote, CR or LF are quoted; quotes inside are doubled.
 * - Cells starting with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` so Excel/LibreOffice treat
 *   them as text, not as a formula (CSV injection, OWASP).
 * - Lines end with CRLF; the file starts with a UTF-8 BOM so Excel reads umlauts correctly.
 */
export type CsvDelimiter = ',' | ';'
export type CsvCell = string | number | boolean | null | undefined

export const UTF8_BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function csvCell(value: CsvCell, delimiter: CsvDelimiter): string {
  if (value === null || value === undefined) return ''
  // Numbers and booleans are our own values (never user text), so a negative number stays a number.
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = neutralizeFormula(value)
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text)
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

export function csvRow(cells: readonly CsvCell[], delimiter: CsvDelimiter): string {
  return cells.map((cell) => csvCell(cell, delimiter)).join(delimiter)
}

/** A whole document: BOM, header row, data rows, CRLF after every row. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  delimiter: CsvDelimiter,
): string {
  return UTF8_BOM + [header, ...rows].map((row) => `${csvRow(row, delimiter)}\r\n`).join('')
}
