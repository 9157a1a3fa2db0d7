/**
 * True when the last cell of the file opens a quote it never closes (d3-dsv reads the rest of
 * the file into it): that cell spans lines, yet the file does not end on the closing quote.
 */
export function unclosedQuote(text: string, rows: readonly (readonly string[])[]): boolean {
  const last = rows.at(-1);
  const cell = last?.at(-1);
  return cell !== undefined && /[\r\n]/.test(cell) && !text.trimEnd().endsWith('"');
}
