import type { PositionScale } from '../io/positionScale';

/** The rating scales a header may state, by their ends. */
const byEnds = new Map<string, PositionScale>([
  ['1 5', '1-5'],
  ['1 7', '1-7'],
  ['1 10', '1-10'],
  ['0 10', '0-10'],
  ['0 100', 'percent'],
]);

/** "1-7", "1 – 10", "0 to 100": two numbers not glued to a word ("Q1-5", "v1-10" are no scale). */
const range = /(?<![\p{L}\p{N}.])(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,3})(?![\p{N}.])/giu;
/** A scale point with its label: "1 = Not at all", "7: Extremely", "0 is not at all likely". */
const anchor = /(?<![\p{L}\p{N}.])(\d{1,3})\s*(?:=|:|is\b|means\b)\s*\p{L}/giu;
/** "(%)", "[%]", "percent", "percentage". */
const percent = /[([]\s*%\s*[)\]]|\bpercent(?:age)?\b/i;

/** The labelled points of a scale legend ("1 = Not at all, 7 = Extremely" → [1, 7]). */
export const scaleAnchors = (text: string): number[] => [...text.matchAll(anchor)].map((m) => Number(m[1]));

/**
 * The rating scale a header's text states: a range ("(1-7)", "on a scale of 1 to 10",
 * "0–100"), the ends of a legend ("1 = Not at all interactive, 7 = Extremely interactive") or a
 * percent sign in brackets. Null when it states none, or two that differ.
 */
export function statedScale(text: string): PositionScale | null {
  const found = new Set<PositionScale>();
  for (const m of text.matchAll(range)) {
    const scale = byEnds.get(`${Number(m[1])} ${Number(m[2])}`);
    if (scale) found.add(scale);
  }
  const anchors = scaleAnchors(text);
  if (anchors.length >= 2) {
    const scale = byEnds.get(`${Math.min(...anchors)} ${Math.max(...anchors)}`);
    if (scale) found.add(scale);
  }
  if (percent.test(text)) found.add('percent');
  return found.size === 1 ? [...found][0]! : null;
}
