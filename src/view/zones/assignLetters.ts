import type { WhiteSpaceCircle } from '../../gaps';

export interface Lettered {
  readonly x: number;
  readonly y: number;
  readonly letter: string;
}

/** A circle whose centre moved less than this (map units) keeps its letter. */
export const keepLetterDistance = 0.1;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Letters for white-space circles that survive edits: each circle takes the letter of the
 * nearest circle of the previous answer within `keepLetterDistance` (closest pairs first),
 * the others take the first free letters in order of size.
 */
export function assignLetters(previous: readonly Lettered[], circles: readonly WhiteSpaceCircle[]): string[] {
  const letters: (string | undefined)[] = circles.map(() => undefined);
  const pairs: { circle: number; old: number; distance: number }[] = [];
  circles.forEach((c, circle) =>
    previous.forEach((p, old) => {
      const distance = Math.hypot(c.x - p.x, c.y - p.y);
      if (distance < keepLetterDistance) pairs.push({ circle, old, distance });
    }),
  );
  pairs.sort((a, b) => a.distance - b.distance || a.circle - b.circle);
  const taken = new Set<string>();
  for (const { circle, old, distance: _ } of pairs) {
    const letter = previous[old]!.letter;
    if (letters[circle] !== undefined || taken.has(letter)) continue;
    letters[circle] = letter;
    taken.add(letter);
  }
  const free = [...alphabet].filter((l) => !taken.has(l));
  return letters.map((l) => l ?? free.shift() ?? '?');
}

let last: Lettered[] = [];
const cache = new WeakMap<readonly WhiteSpaceCircle[], readonly string[]>();

/** The letters of one answer's circles, remembered across answers (the map and the Zones tab share them). */
export function whiteSpaceLetters(circles: readonly WhiteSpaceCircle[]): readonly string[] {
  const known = cache.get(circles);
  if (known) return known;
  const letters = assignLetters(last, circles);
  last = circles.map((c, i) => ({ x: c.x, y: c.y, letter: letters[i]! }));
  cache.set(circles, letters);
  return letters;
}
