import type { Board } from '../model/types';
import { currentVersion, formatName, type Envelope } from './format';
import { checkStructure } from './checkStructure';
import { migrate } from './migrations';
import { readBoardV1, type BoardRead } from './readBoardV1';
import type { Strictness } from './Validator';

/** A board (bad items left out and listed, flags to tell), or why there is none. */
export type ParseResult = BoardRead;

type Unwrapped = { readonly ok: true; readonly board: Record<string, unknown> } | ParseFailure;

/**
 * Reads a saved or imported document (already JSON-parsed, or from storage): checks the
 * envelope, refuses newer versions, migrates older ones, validates every field once. A bad
 * item is left out and listed (`skipped`); a problem anywhere else refuses the board.
 * `strict` reads a write (see `Strictness`). Never throws.
 */
export function parseDocument(value: unknown, strictness: Strictness = 'lenient'): ParseResult {
  return guarded<ParseResult>(() => {
    const unwrapped = unwrapDocument(value);
    if (!unwrapped.ok) return unwrapped;
    return readBoardV1(unwrapped.board, strictness);
  });
}

/**
 * The envelope checked and the board migrated to the current version, not yet validated:
 * hostile structure, a foreign format, a bad or newer version are refused here.
 */
export function unwrapDocument(value: unknown): Unwrapped {
  const hostile = checkStructure(value);
  if (hostile.length > 0) return { ok: false, errors: hostile };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['file: expected a P/A Map board (a JSON object)'] };
  }
  const envelope = value as Partial<Envelope>;
  if (envelope.format !== formatName) return { ok: false, errors: [`format: expected "${formatName}"; this is not a P/A Map board`] };
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['version: expected a whole number ≥ 1'] };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      errors: [`version: this board was saved by a newer P/A Map (schema ${version}; this one reads up to ${currentVersion}). Update the app to open it.`],
    };
  }
  if (typeof envelope.board !== 'object' || envelope.board === null || Array.isArray(envelope.board)) {
    return { ok: false, errors: ['board: expected an object'] };
  }
  return { ok: true, board: migrate(envelope.board as Record<string, unknown>, version, currentVersion) };
}

export interface ParseFailure {
  readonly ok: false;
  readonly errors: readonly string[];
}

/** Runs a reader; anything it throws becomes an error message, never an uncaught exception. */
export function guarded<T>(read: () => T | ParseFailure): T | ParseFailure {
  try {
    return read();
  } catch (error) {
    return { ok: false, errors: [`file: could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
}

/** The envelope this build writes. */
export function toDocument(board: Board): Envelope {
  return { format: formatName, version: currentVersion, board };
}

/** A board file's text, as the JSON export and the crash notice's download write it. */
export function boardFileText(board: Board): string {
  return `${JSON.stringify(toDocument(board), null, 2)}\n`;
}
