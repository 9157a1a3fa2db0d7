import type { Board } from '../model/types';
import { guarded, unwrapDocument, type ParseFailure } from './parseDocument';
import { readBoardV1 } from './readBoardV1';

/** An item an import left out, by its place in the file's list, with what was wrong. */
export interface SkippedItem {
  readonly index: number;
  readonly errors: readonly string[];
}

export type BoardFileResult = { readonly ok: true; readonly board: Board; readonly skipped: readonly SkippedItem[] } | ParseFailure;

const itemPath = /^board\.items\[(\d+)\]/;

/**
 * Reads a board file's text. A problem outside the item list refuses the file; bad items
 * only are left out and listed, so the user can import the rest or nothing.
 * Never throws.
 */
export function parseBoardFile(text: string): BoardFileResult {
  return guarded<BoardFileResult>(() => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [`file: not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
    }
    const unwrapped = unwrapDocument(value);
    if (!unwrapped.ok) return unwrapped;
    const raw = unwrapped.board;
    const items: unknown[] = Array.isArray(raw.items) ? raw.items : [];
    // Indices into the file's own list, so messages name the item the user can find.
    let kept = items.map((_, index) => index);
    const skipped: SkippedItem[] = [];
    for (;;) {
      const read = readBoardV1({ ...raw, items: Array.isArray(raw.items) ? kept.map((i) => items[i]) : raw.items });
      if ('board' in read) return { ok: true, board: read.board, skipped: skipped.sort((a, b) => a.index - b.index) };
      const bad = new Map<number, string[]>();
      for (const error of read.errors) {
        const match = itemPath.exec(error);
        if (!match) return { ok: false, errors: read.errors };
        const index = kept[Number(match[1])]!;
        const message = error.replace(itemPath, `board.items[${index}]`);
        bad.set(index, [...(bad.get(index) ?? []), message]);
      }
      for (const [index, errors] of bad) skipped.push({ index, errors });
      kept = kept.filter((index) => !bad.has(index));
    }
  });
}
