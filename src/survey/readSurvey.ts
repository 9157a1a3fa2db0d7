import type { SurveyProblem, SurveyRead, SurveyReadOptions } from './surveyData';
import { surveyLimits } from './surveyLimits';
import { parseSurveyRows } from './parseSurveyRows';
import { axisPhrases } from './axisPhrases';
import { surveyHeaders } from './surveyHeaders';
import { surveyColumns } from './surveyColumns';
import { countRatings, ratingColumns } from './countRatings';
import { createSurveyCollector } from './createSurveyCollector';
import { readSurveyRows } from './readSurveyRows';

export type * from './surveyData';
export { surveyLimits } from './surveyLimits';

const fail = (...errors: string[]): SurveyRead => ({ ok: false, errors });
const thousands = (n: number) => n.toLocaleString('en-US');

/** Why nothing came in: no rows, or each row's problem (the first five). */
const nothingRead = (rows: number, problems: readonly SurveyProblem[]) =>
  rows === 0 ? ['The file has column names but no rows of answers.'] : ['No rating could be read: every rating cell is blank or left out.', ...problems.slice(0, 5).map((p) => `row ${p.row}: ${p.reason}`)];

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
  const collect = createSurveyCollector(ratings, columns.wave >= 0, columns.respondent >= 0);
  const read = readSurveyRows(rows, headerRows, columns, phrases, collect, options.onProgress);
  const gathered = collect.finish();
  if (gathered.answers.count === 0) return fail(...nothingRead(read, gathered.problems));
  options.onProgress?.(1);
  return { ok: true, data: { layout: columns.layout, ...gathered, usedColumns: columns.used, unusedColumns: columns.unused, rows: read } };
}
