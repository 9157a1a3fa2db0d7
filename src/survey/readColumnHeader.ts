import type { SurveyAxis } from './surveyData';
import type { AxisPhrase } from './axisPhrases';
import { roleOfWord, type ColumnRole } from './surveyWords';
import { squash } from './headerWords';
import { readHeaderAxis } from './readHeaderAxis';

/**
 * What one column header names: a role ("Respondent ID", "Segment"), one axis alone (a
 * long table's "Interactivity" or "Need score"), or an item rated on an axis (a wide table's
 * "Capsule machine – need"); null when none.
 */
export type ColumnReading =
  | { readonly kind: 'role'; readonly role: ColumnRole }
  | { readonly kind: 'position'; readonly axis: SurveyAxis }
  | { readonly kind: 'rated'; readonly axis: SurveyAxis; readonly item: string }
  | null;

/** Role words are read without what is in brackets ("Rating (1-7)", "Wave (year)"). */
export function readColumnHeader(header: string, phrases: readonly AxisPhrase[]): ColumnReading {
  // Innermost brackets: `\([^)]*\)` would rescan to the end from each of a thousand "(".
  const role = roleOfWord.get(squash(header.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')));
  if (role) return { kind: 'role', role };
  const read = readHeaderAxis(header, phrases);
  if (!read) return null;
  return read.item === undefined ? { kind: 'position', axis: read.axis } : { kind: 'rated', axis: read.axis, item: read.item };
}
