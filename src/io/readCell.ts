/**
 * Spreadsheets run a cell starting with = + - @ as a formula; the CSV export guards such
 * text with a leading apostrophe, and the import takes it off again.
 */
const formula = /^'*[=+\-@\t\r]/;

/** Apostrophes already in front are guarded too, so `unguardFormula` always gives the text back. */
export function guardFormula(text: string): string {
  return formula.test(text) ? `'${text}` : text;
}

export function unguardFormula(text: string): string {
  return text.startsWith("'") && formula.test(text.slice(1)) ? text.slice(1) : text;
}

/** A number as a spreadsheet writes it: "0.4", "40 %", "0,4" (decimal comma). NaN when it is not one. */
export function readNumber(cell: string): { value: number; percent: boolean } {
  const trimmed = cell.trim();
  const percent = trimmed.endsWith('%');
  const digits = (percent ? trimmed.slice(0, -1) : trimmed).trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  const value = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(digits) ? Number(digits) : Number.NaN;
  return { value, percent };
}
