import type { SurveyAxis } from './surveyData';
import { findAxisPhrases, type AxisPhrase } from './axisPhrases';
import { headerWords } from './headerWords';
import { readHeaderAxis } from './readHeaderAxis';

/**
 * The axis a long table's axis cell names: "Interactivity", "need score", "x", "Q3 Need", or a
 * question naming one axis only ("How interactive is it?"); null when it names none or both
 * ("colour").
 */
export function readAxisCell(cell: string, phrases: readonly AxisPhrase[]): SurveyAxis | null {
  const read = readHeaderAxis(cell, phrases);
  if (read) return read.axis;
  const words = headerWords(cell).map((w) => w.word);
  const axes = new Set(findAxisPhrases(words, phrases).filter((f) => f.end - f.start > 1 || words[f.start]!.length > 1).map((f) => f.axis));
  return axes.size === 1 ? [...axes][0]! : null;
}
