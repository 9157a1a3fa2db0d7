/** How much one survey file may hold: ratings read (blank cells are not ratings) and the file's size. */
export const surveyLimits = {
  ratings: 1_000_000,
  bytes: 50 * 1024 * 1024,
  /** Characters of a header cell read as a column name: a longer one is a cell of data or a paragraph, never a column's name. */
  header: 10_000,
} as const;
