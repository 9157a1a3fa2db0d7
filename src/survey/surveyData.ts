import type { PositionScale } from '../io/positionScale';

export type SurveyLayout = 'long-rating' | 'long-item' | 'wide';

/** 0 = x (interactivity), 1 = y (need). */
export type SurveyAxis = 0 | 1;

/** One respondent in one wave: the unit the bootstrap resamples. */
export interface SurveyUnit {
  /** The respondent column's text, or "row 7" when there is no respondent column. */
  readonly respondent: string;
  /** Index into `SurveyData.waves`. */
  readonly wave: number;
  /** Index into `SurveyData.segments`; −1 when there is no segment column or the unit's cells are blank. */
  readonly segment: number;
}

/** Every answer read, columnar (up to `surveyLimits.ratings`). `item` −1 is the respondent's ideal. */
export interface SurveyAnswers {
  readonly count: number;
  readonly unit: Int32Array;
  readonly item: Int32Array;
  readonly axis: Uint8Array;
  /** The number as written (6 on a 1–7 scale): the caller picks the scale and checks the range. */
  readonly value: Float64Array;
  /** The spreadsheet row it came from: the first header row is row 1, every header row counts. */
  readonly row: Int32Array;
}

export interface SurveyProblem {
  readonly row: number;
  readonly reason: string;
}

export interface SurveyData {
  readonly layout: SurveyLayout;
  /** Item names in first-seen order, the ideal excluded: trimmed, one line, at most 200 characters. */
  readonly items: readonly string[];
  /** Numbers numerically, dates chronologically, else first-seen; `['']` when there is no wave column. */
  readonly waves: readonly string[];
  /** First-seen order; `[]` when there is no segment column. */
  readonly segments: readonly string[];
  readonly units: readonly SurveyUnit[];
  readonly answers: SurveyAnswers;
  /** True when at least one answer places the respondent's ideal. */
  readonly hasIdeal: boolean;
  /**
   * Per axis, the scale its headers state ("(1-7)", "on a scale of 0 to 10", "1 = Not at all, 7 =
   * Extremely") when every value read on it fits; else the smallest of 1–5, 1–7, 1–10, 0–10,
   * percent (0–100) holding every value (ideal included); '1-5' when none.
   */
  readonly scales: readonly [PositionScale, PositionScale];
  /** Where each axis's scale came from: stated in the column headers ("(1-7)"), or the smallest that holds the answers. */
  readonly scaleFrom: readonly ['header' | 'answers', 'header' | 'answers'];
  /** The lowest and highest value read on each axis; null when none was. */
  readonly valueRange: readonly [readonly [number, number] | null, readonly [number, number] | null];
  /** Rows (or cells) left out and why: the first 20 in row order. */
  readonly problems: readonly SurveyProblem[];
  /** How many rows or cells were left out in all. */
  readonly problemCount: number;
  /** Blank answers (not rated): counted, not problems. */
  readonly blanks: number;
  /** Rating cells holding words and no number ("Extremely interactive", but not "N/A" or "Don't know"): each a problem too. */
  readonly wordRatings: number;
  /** Header text of columns not used (Qualtrics' "IPAddress", Google Forms' "Timestamp"). */
  readonly unusedColumns: readonly string[];
  /** What each used column was read as: {header: "Capsule machine – need", as: "Capsule machine · need"}, {header: "Segment", as: "segment"}. */
  readonly usedColumns: readonly { readonly header: string; readonly as: string }[];
  /** Data rows read (header rows and blank rows excluded). */
  readonly rows: number;
}

export type SurveyRead = { readonly ok: true; readonly data: SurveyData } | { readonly ok: false; readonly errors: readonly string[] };

export interface SurveyReadOptions {
  /** The board's own axis words (title, min word, max word), recognised in headers as well as the defaults. */
  readonly axisWords?: { readonly x: readonly string[]; readonly y: readonly string[] };
  /** Called every ~20,000 rows with the share done (0..1), and with 1 at the end. */
  readonly onProgress?: (done: number) => void;
}
