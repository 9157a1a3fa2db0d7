import type { SurveyColumns } from './surveyColumns';

/** The rating cells a layout reads from a row. */
export const ratingColumns = (columns: SurveyColumns): number[] =>
  columns.layout === 'wide' ? columns.rated.map((column) => column.index) : columns.layout === 'long-item' ? [...columns.position] : [columns.rating];

/** Filled rating cells from row index `first` on: the most answers the file can give, counted before any is read. */
export function countRatings(rows: readonly (readonly string[])[], first: number, at: readonly number[]): number {
  let count = 0;
  for (let r = first; r < rows.length; r++) {
    const row = rows[r]!;
    for (const j of at) {
      const cell = row[j];
      if (cell !== undefined && cell !== '' && (cell.charCodeAt(0) > 32 || cell.trim() !== '')) count++;
    }
  }
  return count;
}
