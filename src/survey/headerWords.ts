/** A word of a header and where it stands in the header's text. */
export interface HeaderWord {
  /** Lower case, accents off, letters and digits only: "Bedürfnis" → "bedurfnis". */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Lower case, accents off, ß as ss, only a–z and 0–9 left: how header words are compared. */
export const squash = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The words of `text` from `from` to `to`, with their places in `text`. */
export function headerWords(text: string, from = 0, to = text.length): HeaderWord[] {
  const words: HeaderWord[] = [];
  for (const match of text.slice(from, to).matchAll(wordPattern)) {
    const word = squash(match[0]);
    if (word !== '') words.push({ word, start: from + match.index, end: from + match.index + match[0].length });
  }
  return words;
}
