import { CommandError } from './CommandError';

export const maxLabelLength = 200;
export const maxNotesLength = 5000;
/** Items on one board, at most. */
export const maxItems = 20_000;

/** Text for a label: trimmed, non-empty, bounded. */
export function checkLabel(text: string, what = 'Label'): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new CommandError(`${what} cannot be empty.`);
  if (trimmed.length > maxLabelLength) throw new CommandError(`${what} is longer than ${maxLabelLength} characters.`);
  return trimmed;
}

export function checkWeight(weight: number): number {
  if (!Number.isFinite(weight) || weight < 0) throw new CommandError('Weight must be a number ≥ 0.');
  if (weight > 1000) throw new CommandError('Weight must be at most 1000.');
  return weight;
}

/** Reach in map units: (0, 1]. */
export function checkReach(reach: number): number {
  if (!Number.isFinite(reach) || reach <= 0 || reach > 1) throw new CommandError('Reach must be between 0 and 100 % of a side, above 0.');
  return reach;
}

export function checkColour(colour: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) throw new CommandError('Colour must look like #1a2b3c.');
  return colour.toLowerCase();
}
