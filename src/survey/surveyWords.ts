/** What a column of a survey table holds, when its header names it. `id` is a respondent column only when no other is. */
export type ColumnRole = 'respondent' | 'id' | 'item' | 'axis' | 'rating' | 'wave' | 'segment';

/**
 * Header words of each role, squashed (lower case, no spaces or punctuation): "Respondent_ID",
 * "ResponseId" and "respondent id" all read "respondentid". "Timestamp" is no wave: Google
 * Forms stamps every response with one.
 */
const roleWords: Readonly<Record<ColumnRole, readonly string[]>> = {
  respondent: ['respondent', 'respondentid', 'respondentnumber', 'resp', 'respid', 'participant', 'participantid', 'responseid', 'userid', 'panelist', 'panelistid'],
  id: ['id'],
  item: ['item', 'itemname', 'product', 'productname', 'brand', 'brandname', 'concept', 'conceptname', 'offering', 'stimulus'],
  axis: ['axis', 'dimension', 'attribute', 'measure', 'scale', 'question'],
  rating: ['rating', 'score', 'value', 'response', 'answer'],
  wave: ['wave', 'year', 'date', 'period', 'round', 'surveywave'],
  segment: ['segment', 'segmentname', 'group', 'persona', 'cluster', 'audience'],
};

export const roleOfWord = new Map<string, ColumnRole>(Object.entries(roleWords).flatMap(([role, words]) => words.map((word) => [word, role as ColumnRole] as const)));

/** Default words naming each axis; a board adds its own title and end words. */
export const defaultAxisWords = {
  x: ['interactivity', 'interactive', 'interaction', 'immersive', 'immersion', 'passive', 'engagement', 'x'],
  y: ['need', 'needs', 'aspiration', 'aspirational', 'essential', 'y'],
} as const;

/** Words a header adds to an axis without naming anything else ("need score", "perceived interactivity"). */
export const fillers: ReadonlySet<string> = new Set(['rating', 'ratings', 'score', 'scores', 'value', 'level', 'scale', 'mean', 'avg', 'average', 'perceived', 'overall', 'rated', 'position']);

/** A question number as survey tools write it: "Q3", "Q3b", "QID12", "1". */
export const isQuestionId = (word: string) => /^(?:q\d+[a-z]?|qid\d+|\d+)$/.test(word);

/** Item names that mean the respondent's own ideal, squashed. */
export const idealNames: ReadonlySet<string> = new Set(['ideal', 'myideal', 'yourideal', 'idealproduct', 'idealposition', 'idealitem', 'theideal']);

/** Answers that say the respondent gave none, squashed ("N/A", "Don't know", "Prefer not to say"): no sign the ratings were exported as words. */
export const noAnswerWords: ReadonlySet<string> = new Set(['na', 'nan', 'none', 'dk', 'dontknow', 'donotknow', 'notsure', 'unsure', 'notapplicable', 'refused', 'prefernottosay', 'prefernottoanswer', 'skip', 'skipped', 'unknown', 'nodata', 'noanswer', 'noopinion']);

/** A matrix's comment box, squashed, where an item would stand: SurveyMonkey's "Other (please specify)", Qualtrics' "Other - Text". Its column is no rating. */
export const textEntryNames: ReadonlySet<string> = new Set(['otherpleasespecify', 'pleasespecify', 'otherspecify', 'othertext', 'text', 'comment', 'comments', 'othercomment', 'othercomments']);
