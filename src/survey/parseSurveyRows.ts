import { dsvFormat } from 'd3-dsv';
import { delimiterOf } from './delimiterOf';

/** A survey file's cells, row by row, split on the delimiter its first line shows. */
export const parseSurveyRows = (text: string): string[][] => dsvFormat(delimiterOf(text)).parseRows(text);
