/** How much one survey file may hold: ratings read (blank cells are not ratings) and the file's size. */
export const surveyLimits = {
  ratings: 1_000_000,
  bytes: 50 * 1024 * 1024,
} as const;
