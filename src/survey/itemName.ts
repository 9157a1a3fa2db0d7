import { cleanText } from '../model/cleanText';
import { limits } from '../model/rules';
import { unguardFormula } from '../io/readCell';
import { squash } from './headerWords';
import { idealNames, textEntryNames } from './surveyWords';

export interface ItemName {
  /** Formula guard off, control characters out, one line, spaces collapsed, trimmed, at most `limits.label` characters. */
  readonly name: string;
  /** The same item whatever its case and spacing: "Capsule machine" and "capsule  Machine" share a key. */
  readonly key: string;
  /** "Ideal", "My ideal", "Ideal product", "Ideal position": the respondent's ideal, not an item. */
  readonly ideal: boolean;
  /** "Other (please specify)", "Other - Text": a comment box under a matrix, not an item. */
  readonly textEntry: boolean;
}

/** An item as a survey names it, in a cell or a header. */
export function itemName(raw: string): ItemName {
  const text = cleanText(unguardFormula(raw.trim()), 'label').text.replace(/\s+/g, ' ').trim();
  const name = text.length > limits.label ? text.slice(0, limits.label).trim() : text;
  const squashed = squash(name);
  return { name, key: name.toLowerCase().replace(/\s+/g, ''), ideal: idealNames.has(squashed), textEntry: textEntryNames.has(squashed) };
}
