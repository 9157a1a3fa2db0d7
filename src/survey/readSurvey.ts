import type { SurveyProblem, SurveyRead, SurveyReadOptions } from './surveyData';
import { surveyLimits } from './surveyLimits';
import { parseSurveyRows } from './parseSurveyRows';
import { axisPhrases } from './axisPhrases';
import { surveyHeaders } from './surveyHeaders';
import { surveyColumns } from './surveyColumns';
import { countRatings, ratingColumns } from './countRatings';
import { createSurveyCollector } from './createSurveyCollector';
import { readSurveyRows } from './readSurveyRows';
import { headerScales } from './headerScales';
import { unclosedQuote } from './unclosedQuote';

export type * from './surveyData';
export { surveyLimits } from './surveyLimits';

const fail = (...errors: string[]): SurveyRead => ({ ok: false, errors });
const thousands = (n: number) => n.toLocaleString('en-US');

/** What to do when every filled rating cell holds words: a tool's "choice text" export. */
const exportNumbers =
  'The ratings are words, not numbers: export the survey with numeric values (Qualtrics: "Use numeric values"; SurveyMonkey: "Numerical value"), or with the number in each answer ("7 - Extremely interactive").';

/** Why nothing came in: no rows, or each row's problem (the first five), and what to do when the ratings are words. */
const nothingRead = (rows: number, problems: readonly SurveyProblem[], wordRatings: number) =>
  rows === 0
    ? ['The file has column names but no rows of answers.']
    : ['No rating could be read: every rating cell is blank or left out.', ...(wordRatings > 0 ? [exportNumbers] : []), ...problems.slice(0, 5).map((p) => `row ${p.row}: ${p.reason}`)];

/**
 * Reads a survey of items rated on interactivity and need: one row per rating
 * (respondent, item, axis, rating), one row per respondent and item (item, interactivity,
 * need) or one row per respondent (a column per item and axis), with optional wave and segment
 * columns, and the two-row headers of Qualtrics and SurveyMonkey. Values are kept as written;
 * `scales` says which rating scale each axis fits. Rows and cells that cannot be read are
 * left out and listed; errors only when nothing can come in. Pure: the caller decodes the file.
 */
export function readSurvey(text: string, options: SurveyReadOptions = {}): SurveyRead {
  if (text.length > surveyLimits.bytes) return fail(`The file is larger than ${surveyLimits.bytes / 1024 / 1024} MB, the most a survey file may be.`);
  if (text.trim() === '') return fail('The file is empty.');
  const rows = parseSurveyRows(text);
  const phrases = axisPhrases(options.axisWords);
  const { headerRows, columns: header } = surveyHeaders(rows, phrases);
  const planned = surveyColumns(header);
  if (!planned.ok) return fail(...planned.errors);
  const columns = planned.columns;
  if (columns.layout === 'long-rating' && columns.respondent < 0) {
    return fail('A table with one row per rating needs a respondent column ("Respondent ID"), to tell whose ratings belong together.');
  }
  const ratings = countRatings(rows, headerRows, ratingColumns(columns));
  if (ratings > surveyLimits.ratings) return fail(`The file has ${thousands(ratings)} ratings; at most ${thousands(surveyLimits.ratings)} are read per file.`);
  const collect = createSurveyCollector(ratings, columns.wave >= 0, columns.respondent >= 0, headerScales(columns, header));
  const read = readSurveyRows(rows, headerRows, columns, phrases, collect, options.onProgress);
  if (unclosedQuote(text, rows)) collect.problem(rows.length, 'opens a quote (") that is never closed: every line after it was read as one cell');
  const gathered = collect.finish();
  if (gathered.answers.count === 0) return fail(...nothingRead(read, gathered.problems, gathered.wordRatings));
  options.onProgress?.(1);
  return { ok: true, data: { layout: columns.layout, ...gathered, usedColumns: columns.used, unusedColumns: columns.unused, rows: read } };
}
