/** The columns an items table can carry, in the order the CSV export writes them. */
export const columns = ['label', 'kind', 'interactivity', 'need', 'weight', 'reach', 'notes'] as const;

export type Column = (typeof columns)[number];

/** Header words each column answers to, compared without case, spaces or punctuation. */
const synonyms: Readonly<Record<Column, readonly string[]>> = {
  label: ['label', 'name', 'title', 'item', 'product', 'persona', 'brand'],
  kind: ['kind', 'type', 'itemkind', 'itemtype'],
  interactivity: ['interactivity', 'interaction', 'interactive', 'x', 'passiveimmersive'],
  need: ['need', 'needs', 'y', 'essentialaspirational'],
  weight: ['weight', 'size', 'share', 'marketshare', 'presence', 'segmentsize'],
  reach: ['reach', 'spread', 'radius'],
  notes: ['notes', 'note', 'comment', 'comments', 'description'],
};

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const byWord = new Map<string, Column>(columns.flatMap((column) => synonyms[column].map((word) => [word, column] as const)));

/** The column a header names, if any ("Need (%)" → need, "X" → interactivity). */
export function matchColumn(header: string): Column | undefined {
  const word = normalise(header);
  return byWord.get(word) ?? byWord.get(word.replace(/(percent|pct)$/, ''));
}
