/** Excel's first line naming the delimiter ("sep=;"), hidden when Excel opens the file. */
const sepLine = /^sep=(.)\r?\n/i;

/** The delimiter a `sep=` line names; null without one. */
export const namedDelimiter = (text: string): string | null => sepLine.exec(text.slice(0, 8))?.[1] ?? null;

/** The text after a `sep=` line: the table itself. */
export const withoutSepLine = (text: string): string => (namedDelimiter(text) === null ? text : text.slice(text.indexOf('\n') + 1));

/**
 * The delimiter a `sep=` line names; else tab when the first line has one (a spreadsheet
 * paste), semicolon when it has more of them than commas (a European CSV), else comma. Quoted
 * text is not counted: "Capsule machine, large" is one header of a semicolon file.
 */
export function delimiterOf(text: string): string {
  const named = namedDelimiter(text);
  if (named !== null) return named;
  const end = text.indexOf('\n');
  const firstLine = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  if (firstLine.includes('\t')) return '\t';
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
