import type { SurveyAxis, SurveyReadOptions } from './surveyData';
import { defaultAxisWords } from './surveyWords';
import { headerWords } from './headerWords';

/** Words (one or more, squashed) that name an axis, longest first. */
export interface AxisPhrase {
  readonly words: readonly string[];
  readonly axis: SurveyAxis;
}

/**
 * The phrases that name each axis: the defaults and the board's own words ("Price", "Very
 * cheap"). A phrase given for both axes names neither.
 */
export function axisPhrases(axisWords: SurveyReadOptions['axisWords'] = { x: [], y: [] }): readonly AxisPhrase[] {
  const byKey = new Map<string, AxisPhrase | null>();
  const add = (text: string, axis: SurveyAxis) => {
    const words = headerWords(text).map((w) => w.word);
    if (words.length === 0) return;
    const key = words.join(' ');
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, { words, axis });
    else if (known !== null && known.axis !== axis) byKey.set(key, null);
  };
  for (const word of [...defaultAxisWords.x, ...axisWords.x]) add(word, 0);
  for (const word of [...defaultAxisWords.y, ...axisWords.y]) add(word, 1);
  return [...byKey.values()].filter((phrase) => phrase !== null).sort((a, b) => b.words.length - a.words.length);
}

/** Where a phrase naming an axis stands in `words`: [start, end) word indices, longest phrase first at a place. */
export function findAxisPhrases(words: readonly string[], phrases: readonly AxisPhrase[]): { axis: SurveyAxis; start: number; end: number }[] {
  const found: { axis: SurveyAxis; start: number; end: number }[] = [];
  for (let start = 0; start < words.length; start++) {
    const phrase = phrases.find((p) => p.words.every((word, k) => words[start + k] === word));
    if (phrase) found.push({ axis: phrase.axis, start, end: start + phrase.words.length });
  }
  return found;
}
