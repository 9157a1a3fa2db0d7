import { readNumber } from '../io/readCell';

const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$/;
const yearFirst = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;

const year = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** A date's time in ms: "2025-03-14", "2025/03/14", "3/14/2025" (14/3/2025 when `dayFirst`), "14.03.2025"; null when it is none. */
function dateOf(text: string, dayFirst: boolean): number | null {
  let m = iso.exec(text) ?? yearFirst.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3] ?? 1));
  m = slashed.exec(text);
  if (m) return dayFirst ? day(year(m[3]!), Number(m[2]), Number(m[1])) : day(year(m[3]!), Number(m[1]), Number(m[2]));
  m = dotted.exec(text);
  return m ? day(year(m[3]!), Number(m[2]), Number(m[1])) : null;
}

/**
 * The order waves are listed in, as indices into `waves` (given first-seen): numerically when
 * every wave is a number (years, "1", "2"), chronologically when every wave is a date (slashed
 * dates month first, unless one cannot be), else first-seen. Ties keep first-seen order.
 */
export function waveOrder(waves: readonly string[]): number[] {
  const seen = waves.map((_, i) => i);
  const numbers = waves.map((wave) => readNumber(wave).value);
  const keys = numbers.every(Number.isFinite) ? numbers : datesOf(waves);
  return keys ? seen.sort((a, b) => keys[a]! - keys[b]! || a - b) : seen;
}

function datesOf(waves: readonly string[]): number[] | null {
  const dayFirst = waves.some((wave) => Number(slashed.exec(wave)?.[1] ?? 0) > 12);
  const dates = waves.map((wave) => dateOf(wave, dayFirst));
  return dates.every((date) => date !== null) ? (dates as number[]) : null;
}
