import { parseSurveyRows } from './parseSurveyRows';
import { axisPhrases } from './axisPhrases';
import { surveyHeaders } from './surveyHeaders';
import { surveyColumns } from './surveyColumns';

/** Lines read to decide: the headers and enough rows below them to tell a second header row from data. */
const linesRead = 60;
const phrases = axisPhrases();

/** The first `linesRead` lines of `text`, at most 256 kB. */
function head(text: string): string {
  let end = 0;
  for (let line = 0; line < linesRead && end >= 0; line++) end = text.indexOf('\n', end + 1);
  return text.slice(0, end < 0 ? 256 * 1024 : Math.min(end, 256 * 1024));
}

/**
 * True when a table's first lines look like a survey (for a dropped or pasted file): item,
 * axis and rating columns; item, interactivity and need columns with a respondent column (without
 * one, that is an items table); or at least two columns naming an item and an axis. JSON is no survey.
 */
export function looksLikeSurvey(text: string): boolean {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return false;
  const planned = surveyColumns(surveyHeaders(parseSurveyRows(head(start)), phrases).columns);
  if (!planned.ok) return false;
  const { layout, respondent, rated } = planned.columns;
  return layout === 'long-rating' || (layout === 'long-item' && respondent >= 0) || (layout === 'wide' && rated.length >= 2);
}
