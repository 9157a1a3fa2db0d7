import { guarded, parseDocument, type ParseResult } from './parseDocument';

export type { SkippedItem } from './readBoardV1';

export type BoardFileResult = ParseResult;

/** A refusal lists this many reasons, then how many more. */
const listedReasons = 20;

/**
 * Reads a board file's text. A problem outside the item list refuses the file; bad items
 * only are left out and listed, so the user can import the rest or nothing. A file whose
 * every item is bad is refused: there is no "rest". Never throws.
 */
export function parseBoardFile(text: string): BoardFileResult {
  return guarded<BoardFileResult>(() => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [`file: not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
    }
    const result = parseDocument(value);
    if (!result.ok || result.skipped.length === 0 || result.board.items.length > 0) return result;
    const reasons = result.skipped.flatMap((s) => s.errors);
    const count = result.skipped.length;
    const more = reasons.length - listedReasons;
    return {
      ok: false,
      errors: [
        `board.items: none of the ${count} ${count === 1 ? 'item' : 'items'} can be read`,
        ...reasons.slice(0, listedReasons),
        ...(more > 0 ? [`…and ${more} more ${more === 1 ? 'reason' : 'reasons'}`] : []),
      ],
    };
  });
}
