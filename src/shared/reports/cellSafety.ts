/**
 * Text that Excel, WPS or LibreOffice would take for a formula (or a DDE command) when a user
 * edits the cell or the sheet is saved as CSV and opened again: it begins with = + - @, a tab or
 * a carriage return (OWASP "CSV injection"). The writers store such text as a string cell with
 * the Text number format, so it is shown and kept literally.
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
