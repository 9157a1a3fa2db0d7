/** The axes as summaries and problems name them: index 0 is x, 1 is y. */
export const axisNames = ['interactivity', 'need'] as const;
