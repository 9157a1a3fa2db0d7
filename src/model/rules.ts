import type { DisplayOptions, ItemKind, Quadrant } from './types';
import { CommandError } from './CommandError';
import { cleanText } from './cleanText';

/**
 * The rule book: every limit and check on what a board may hold. Commands, the file reader
 * (schema), the table and paste reader (io) and the editor's inputs all read it from here.
 *
 * A limit applies to new input. Stored data over a limit (saved before the limit existed)
 * is read intact up to `storedTextLimit` and flagged, never shortened.
 */
export const limits = {
  /** Item labels, the board name, axis words, quadrant, band and zone names. */
  label: 200,
  /** Item and zone notes. */
  notes: 10_000,
  tag: 100,
  tags: 50,
  /** One key attractor ("ritual", "status"), and how many an item holds. */
  attractor: 40,
  attractors: 8,
  items: 20_000,
  bands: 12,
  pinnedZones: 100,
  /** A sticky note's text, and how many notes a board holds. */
  noteText: 500,
  boardNotes: 1000,
  /** A note's author: a person's name in the room. */
  author: 40,
  id: 80,
  timestamp: 40,
  /** Evidence: records on a board, cells (waves × segments) per record, and bootstrap means or placements per cell. */
  evidence: 5000,
  evidenceCells: 500,
  evidencePoints: 1000,
  /** Rounds a board keeps, items in one round, and the question's length. */
  rounds: 200,
  roundItems: 100,
  /** Votes a board keeps, options in one, dots per person, and ballots (one per person and option) in all. */
  votes: 200,
  voteOptions: 40,
  voteDots: 10,
  ballots: 20_000,
  question: 200,
  /** Respondents or participants behind one cell. */
  respondents: 10_000_000,
} as const;

/** Text longer than this is refused even from storage: beyond any limit this app ever had. */
export const storedTextLimit = 100_000;

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: boolean;
  readonly integer?: boolean;
  /** How a command's refusal names the value. */
  readonly name: string;
  /** Shown as % of the map's width (×100) in inputs and messages. */
  readonly percent?: boolean;
}

export const ranges = {
  position: { min: 0, max: 1, name: 'Position' },
  weight: { min: 0, max: 1000, name: 'Weight' },
  reach: { min: 0, max: 1, minExclusive: true, name: 'Reach', percent: true },
  coverage: { min: 0, max: 1, minExclusive: true, name: 'Coverage radius', percent: true },
  threshold: { min: 0, max: 1, minExclusive: true, name: 'Threshold', percent: true },
  maxZones: { min: 0, max: 10, integer: true, name: 'Number of zones' },
  zoneIndex: { min: 0, max: 100, name: 'Zone index' },
  noteOffset: { min: -1, max: 1, name: 'Note offset' },
  share: { min: 0, max: 1, name: 'Share' },
  variance: { min: 0, max: 1, name: 'Variance' },
  covariance: { min: -1, max: 1, name: 'Covariance' },
} as const satisfies Record<string, Range>;

/** The gap-finder's settings on a new board (and wherever none are given). */
export const gapDefaults = { maxZones: 3, coverage: 0.1, threshold: 0.5 } as const;
/** Reach of a persona group that has none, in map units (the σ of its demand). */
export const defaultReach = 0.15;

export const itemKinds: readonly ItemKind[] = ['product', 'persona'];
export const quadrants: readonly Quadrant[] = ['bottomLeft', 'topLeft', 'bottomRight', 'topRight'];
export const displayOptions: readonly (keyof DisplayOptions)[] = ['showBands', 'showProducts', 'showPersonas', 'showZones', 'showWhiteSpace', 'countConcepts', 'showNotes', 'showUncertainty'];
export const idPattern = /^[a-z]+:[A-Za-z0-9_-]{1,64}$/;
export const colourPattern = /^#[0-9a-f]{6}$/i;

/** Words a table's kind column may use; a Map, so no word ever reaches a prototype. */
const kindWords = new Map<string, ItemKind>([
  ...['product', 'products', 'brand', 'offering', 'p'].map((w) => [w, 'product'] as const),
  ...['persona', 'personas', 'personagroup', 'segment', 'customer', 'customers', 'user', 'users', 'people'].map((w) => [w, 'persona'] as const),
]);

/** "Persona group" → persona; undefined for anything else ("constructor" included). */
export function kindFromWord(word: string): ItemKind | undefined {
  return kindWords.get(word.toLowerCase().replace(/[^a-z]/g, ''));
}

/** True only for the strings of a list, never for a prototype's keys. */
export function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** Why a number is outside a range, in the reader's words; null when it is fine. */
export function rangeProblem(value: unknown, range: Range): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a finite number, got ${describeValue(value)}`;
  if (value < range.min || value > range.max || (range.minExclusive && value === range.min)) {
    return `expected a number ${range.minExclusive ? '>' : '≥'} ${range.min} and ≤ ${range.max}, got ${value}`;
  }
  if (range.integer && !Number.isInteger(value)) return `expected a whole number, got ${value}`;
  return null;
}

/** The same rule as a command's refusal: "Weight must be a number from 0 to 1000." */
export function checkRange(value: number, range: Range): number {
  // −0 is kept as 0: a saved file (JSON) has no −0, and the board must read back as it was kept.
  if (rangeProblem(value, range) === null) return value === 0 ? 0 : value;
  const scale = range.percent ? 100 : 1;
  const unit = range.percent ? ' %' : '';
  const low = range.minExclusive ? `above ${range.min * scale}${unit} and at most` : `from ${range.min * scale}${unit} to`;
  throw new CommandError(`${range.name} must be ${range.integer ? 'a whole number' : 'a number'} ${low} ${range.max * scale}${unit}.`);
}

/** Why a text is too long or empty; null when it is fine. */
export function textProblem(text: string, maxLength: number, required = false): string | null {
  if (text.length > maxLength) return `is longer than ${maxLength} characters (${text.length})`;
  if (required && text.trim() === '') return 'cannot be empty';
  return null;
}

/**
 * A label as a command takes it: control characters removed, tab and newline as spaces,
 * trimmed, non-empty (unless `optional`), at most `limits.label` characters.
 */
export function checkLabel(text: string, what = 'Label', optional = false): string {
  if (typeof text !== 'string') throw new CommandError(`${what} must be text.`);
  const label = cleanText(text, 'label').text.trim();
  if (label === '' && !optional) throw new CommandError(`${what} cannot be empty.`);
  if (label.length > limits.label) throw new CommandError(`${what} is ${label.length} characters long; at most ${limits.label} fit.`);
  return label;
}

/** Notes as a command takes them: control characters removed, at most `limits.notes` characters. */
export function checkNotes(text: string, what = 'Notes'): string {
  if (typeof text !== 'string') throw new CommandError(`${what} must be text.`);
  const notes = cleanText(text, 'text').text;
  if (notes.length > limits.notes) throw new CommandError(`${what} are ${notes.length} characters long; at most ${limits.notes} fit.`);
  return notes;
}

export function checkTags(tags: readonly string[]): string[] {
  if (!Array.isArray(tags) || tags.length > limits.tags) throw new CommandError(`An item has at most ${limits.tags} tags.`);
  return tags.map((tag) => {
    if (typeof tag !== 'string') throw new CommandError('Tags must be text.');
    const clean = cleanText(tag, 'label').text.trim();
    if (clean.length > limits.tag) throw new CommandError(`A tag is at most ${limits.tag} characters long.`);
    return clean;
  });
}

/** Key attractors as a command takes them: one line each, trimmed, no blanks or repeats (ignoring case), within the limits. */
export function checkAttractors(attractors: readonly string[]): string[] {
  if (!Array.isArray(attractors)) throw new CommandError('Key attractors must be a list of words.');
  const kept: string[] = [];
  for (const attractor of attractors) {
    if (typeof attractor !== 'string') throw new CommandError('A key attractor must be text.');
    const clean = cleanText(attractor, 'label').text.trim();
    if (clean.length > limits.attractor) throw new CommandError(`A key attractor is at most ${limits.attractor} characters long ("${clean.slice(0, 20)}…" has ${clean.length}).`);
    if (clean !== '' && !kept.some((k) => k.toLowerCase() === clean.toLowerCase())) kept.push(clean);
  }
  if (kept.length > limits.attractors) throw new CommandError(`An item has at most ${limits.attractors} key attractors.`);
  return kept;
}

export function checkColour(colour: string): string {
  if (typeof colour !== 'string' || !colourPattern.test(colour)) throw new CommandError('Colour must look like #1a2b3c.');
  return colour.toLowerCase();
}

/** An id as every reader takes it: the pattern and the length limit. */
export const isId = (id: unknown): id is string => typeof id === 'string' && id.length <= limits.id && idPattern.test(id);

export function checkId(id: string): string {
  if (!isId(id)) throw new CommandError(`“${String(id).slice(0, 40)}” is not an id like "item:abc123".`);
  return id;
}

export function checkBoolean(value: boolean, what: string): boolean {
  if (typeof value !== 'boolean') throw new CommandError(`${what} is yes or no.`);
  return value;
}

export function checkKind(kind: string): ItemKind {
  if (!isOneOf(kind, itemKinds)) throw new CommandError(`Kind “${String(kind).slice(0, 30)}” is neither product nor persona.`);
  return kind;
}

/** "text "abc…"", "NaN", "an object": a value as a message names it. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `text "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
