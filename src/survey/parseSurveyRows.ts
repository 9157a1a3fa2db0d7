import { dsvFormat } from 'd3-dsv';
import { delimiterOf, withoutSepLine } from './delimiterOf';

/** A survey file's cells, row by row, split on the delimiter its first line shows (Excel's `sep=` line taken off, as Excel hides it). */
export const parseSurveyRows = (text: string): string[][] => dsvFormat(delimiterOf(text)).parseRows(withoutSepLine(text));
