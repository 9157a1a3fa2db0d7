import { readNumber } from '../io/readCell';

/** A number followed by its label on the same line: "7 - Very immersive", "1 = Passive", "7 (very)", "7. Very"; not "3⏎R2,4", rows an unclosed quote swallowed. */
const labelled = /^([-+]?\d+(?:[.,]\d+)?)[^\S\r\n]*(?:[-–—=:.)(][^\S\r\n]*)?\p{L}/u;

/** Up to 15 digits with at most one point inside: most cells, read without a regex. */
function isPlainNumber(cell: string): boolean {
  const n = cell.length;
  if (n === 0 || n > 15) return false;
  let point = false;
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c === 46 && !point && i > 0 && i < n - 1) point = true;
    else if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A rating cell's number as written: "6", " 6.5 ", "6,5" (decimal comma), "7 - Very
 * immersive" (the leading number). Null when blank; NaN when it holds no rating ("Don't
 * know", "N/A").
 */
export function readRating(cell: string): number | null {
  if (isPlainNumber(cell)) return Number(cell);
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const { value } = readNumber(trimmed);
  if (Number.isFinite(value)) return value;
  const match = labelled.exec(trimmed);
  return match ? Number(match[1]!.replace(',', '.')) : Number.NaN;
}
