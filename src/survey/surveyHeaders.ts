import type { AxisPhrase } from './axisPhrases';
import { readColumnHeader, type ColumnReading } from './readColumnHeader';
import { readRating } from './readRating';
import { squash } from './headerWords';
import { surveyLimits } from './surveyLimits';

export interface HeaderColumn {
  /** The header text read: the cell of a one-row header, else the second row's text or both rows' joined ("How immersive is each? – Capsule machine"). */
  readonly header: string;
  /** How to name the column when it is not used: the first row's own text (Qualtrics' "IPAddress"), else `header`. */
  readonly shown: string;
  /** Every header row's text over the column, joined: where a scale may be stated ("How interactive is each? (1-7)" over "Capsule machine - Interactivity"). */
  readonly text: string;
  readonly reading: ColumnReading;
}

export interface SurveyHeader {
  /** Physical rows before the data: the header rows and Qualtrics' ImportId row. */
  readonly headerRows: number;
  readonly columns: readonly HeaderColumn[];
}

type Rows = readonly (readonly string[])[];

/** Qualtrics' third header row: {"ImportId":"QID1_1"} over most filled cells. */
function isImportRow(row: readonly string[] | undefined): boolean {
  if (!row) return false;
  const filled = row.filter((cell) => cell.trim() !== '');
  return filled.length > 0 && filled.filter((cell) => /^\s*\{.*importid/i.test(cell)).length * 2 > filled.length;
}

/**
 * SurveyMonkey's second row: blank under "Respondent ID" and the other first columns, answers
 * under the blanks that follow a question, and no number (a row of data has its respondent).
 */
function isSubAnswerRow(first: readonly string[], second: readonly string[]): boolean {
  if ((first[0] ?? '').trim() === '' || (second[0] ?? '').trim() !== '') return false;
  let under = false;
  for (let j = 0; j < second.length; j++) {
    const value = readRating(second[j] ?? '');
    if (value !== null && !Number.isNaN(value)) return false;
    if (value !== null && (first[j] ?? '').trim() === '') under = true;
  }
  return under;
}

/**
 * Row 2 is a header when, in the columns holding numbers below it, most of its filled cells
 * are words; or when it is SurveyMonkey's row of sub-answers (the ratings below may be words).
 */
function isSecondHeader(rows: Rows): boolean {
  const second = rows[1]!;
  if (isImportRow(rows[2]) || isSubAnswerRow(rows[0]!, second)) return true;
  const below = rows.slice(2, 52).filter((row) => !isImportRow(row));
  let numberColumns = 0;
  let words = 0;
  for (let j = 0; j < second.length; j++) {
    let filled = 0;
    let numbers = 0;
    for (const row of below) {
      const value = readRating(row[j] ?? '');
      if (value === null) continue;
      filled++;
      if (Number.isFinite(value)) numbers++;
    }
    const own = readRating(second[j] ?? '');
    if (numbers === 0 || numbers * 2 < filled || own === null) continue;
    numberColumns++;
    if (Number.isNaN(own)) words++;
  }
  return numberColumns > 0 && words * 2 > numberColumns;
}

/** What a header names; none for a blank one, or one too long to be a column's name. */
const readHeader = (text: string, phrases: readonly AxisPhrase[]): ColumnReading => (text === '' || text.length > surveyLimits.header ? null : readColumnHeader(text, phrases));

/** SurveyMonkey's word under a single-answer question: the question above is the header. */
const answerWords = new Set(['response', 'openendedresponse']);

/**
 * Column headers from two rows (Qualtrics: ids over question text; SurveyMonkey: a question
 * over the first of its sub-answers, carried across the blanks after it). A wide rating
 * column from the second row alone or both rows joined comes first; else a column the second
 * row names; else one the first row names. `bySecond`: columns the second row made
 * recognisable (none when it is a row of data below a header read already).
 */
function twoRowColumns(first: readonly string[], second: readonly string[], phrases: readonly AxisPhrase[]): { columns: HeaderColumn[]; bySecond: number } {
  const columns: HeaderColumn[] = [];
  let bySecond = 0;
  const read = (text: string) => readHeader(text, phrases);
  let carried = '';
  for (let j = 0; j < Math.max(first.length, second.length); j++) {
    const own = (first[j] ?? '').trim();
    const sub = (second[j] ?? '').trim();
    if (own !== '') carried = own;
    const top = own !== '' ? own : sub !== '' ? carried : '';
    const pick = (header: string, reading: ColumnReading) => columns.push({ header, shown: own !== '' ? own : header, text: `${top} ${sub}`, reading });
    if (sub === '' || answerWords.has(squash(sub))) {
      pick(top, read(top));
      continue;
    }
    const joined = top === '' ? sub : `${top} – ${sub}`;
    const [bySub, byJoined, byOwn] = [read(sub), read(joined), read(own)];
    if (bySub?.kind === 'rated') pick(sub, bySub);
    else if (byJoined?.kind === 'rated') pick(joined, byJoined);
    else if (bySub) pick(sub, bySub);
    else if (byOwn) pick(own, byOwn);
    else pick(joined, null);
    if (bySub || (byJoined?.kind === 'rated' && byOwn?.kind !== 'rated')) bySecond++;
  }
  return { columns, bySecond };
}

/**
 * Finds the header rows of a survey table (one, or two as Qualtrics and SurveyMonkey write
 * them) and reads each column's header. Two when the second row holds words over columns of
 * numbers and makes some column recognisable.
 */
export function surveyHeaders(rows: Rows, phrases: readonly AxisPhrase[]): SurveyHeader {
  const first = rows[0] ?? [];
  if (rows.length > 1 && !isImportRow(rows[1]) && isSecondHeader(rows)) {
    const { columns, bySecond } = twoRowColumns(first, rows[1]!, phrases);
    if (bySecond > 0) return { headerRows: isImportRow(rows[2]) ? 3 : 2, columns };
  }
  const columns = first.map((cell) => {
    const header = cell.trim();
    return { header, shown: header, text: header, reading: readHeader(header, phrases) };
  });
  return { headerRows: isImportRow(rows[1]) ? 2 : 1, columns };
}
