/** Tab when the first line has one (a spreadsheet paste), semicolon when it has more of them than commas (a European CSV), else comma. */
export function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const firstLine = end < 0 ? text : text.slice(0, end);
  if (firstLine.includes('\t')) return '\t';
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
