import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { applyCommand } from '../model/applyCommand';
import { createBlankBoard, createItem } from '../model/board';
import { mapPoint } from '../model/mapPoint';
import { limits } from '../model/rules';
import { CommandError } from '../model/CommandError';
import type { Board, Item, Note } from '../model/types';
import { parseDocument, toDocument } from '../schema/parseDocument';
import { writeBoard } from './boardYDoc';
import { readBoard } from './readBoard';

/** One record type's rules, asked two ways: a command that accepts a record and the readers that read it back must agree. */

const blank = (): Board => createBlankBoard('2026-01-01T00:00:00.000Z', 'Rules');
const idChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-');
/** Ids up to and past the limit: prefixes of any length, suffixes of 1 to 64 characters. */
const anyId = fc.tuple(fc.stringMatching(/^[a-z]{1,90}$/), fc.array(idChars, { minLength: 1, maxLength: 64 }).map((chars) => chars.join(''))).map(([prefix, suffix]) => `${prefix}:${suffix}`);
const textUpTo = (max: number) => fc.oneof(fc.string({ maxLength: 20 }), fc.nat({ max }).map((n) => 'x'.repeat(n)), fc.constant('y'.repeat(max)), fc.constant('z'.repeat(max + 1)));
const item = fc.record({
  id: anyId,
  label: textUpTo(limits.label).filter((label) => label.trim() !== ''),
  notes: textUpTo(limits.notes),
  weight: fc.oneof(fc.double({ min: -1, max: 1001, noNaN: true }), fc.constantFrom(0, 1000)),
  locked: fc.boolean(),
}).map(({ id, label, notes, weight, locked }): Item => ({ ...createItem('product', label, mapPoint(0.5, 0.5), { id, notes, weight, locked }) }));
const note = fc.record({ id: anyId, text: textUpTo(limits.noteText), author: textUpTo(limits.author), dx: fc.double({ min: -1.5, max: 1.5, noNaN: true }) }).map(
  ({ id, text, author, dx }): Note => ({ id, text, position: mapPoint(0.3, 0.7), attachedTo: null, offset: { dx, dy: 0 }, author, createdAt: '2026-01-01T00:00:00.000Z' }),
);

/** The board after the command, or null when the command refused it. */
const accepted = (board: Board, command: Parameters<typeof applyCommand>[1]): Board | null => {
  try {
    return applyCommand(board, command).board;
  } catch (error) {
    if (error instanceof CommandError) return null;
    throw error;
  }
};

/** The board as a file would bring it back (export → import), and as a shared board's Y.Doc would (save → reload). */
const fromFile = (board: Board) => parseDocument(JSON.parse(JSON.stringify(toDocument(board))), 'strict');
const fromYDoc = (board: Board) => {
  const doc = new Y.Doc();
  writeBoard(doc, board);
  return readBoard(doc, undefined, 'strict');
};

describe('one rule book per record type', () => {
  it('an item a command accepts comes back unchanged from a file and from a shared board; one the readers refuse, the command refuses', () => {
    fc.assert(
      fc.property(item, (candidate) => {
        const board = accepted(blank(), { type: 'addItems', items: [candidate] });
        const file = parseDocument(JSON.parse(JSON.stringify(toDocument({ ...blank(), items: [candidate] }))), 'strict');
        const readerTakes = file.ok && file.skipped.length === 0;
        expect(board !== null).toBe(readerTakes);
        if (!board) return;
        const back = fromFile(board);
        expect(back.ok && back.board).toEqual(board);
        const shared = fromYDoc(board);
        expect(shared.ok && shared.leftOut).toEqual([]);
        expect(shared.ok && shared.board.items).toEqual(board.items);
      }),
      { numRuns: 300 },
    );
  });

  it('a note a command accepts comes back unchanged; one the readers refuse, the command refuses', () => {
    fc.assert(
      fc.property(note, (candidate) => {
        const board = accepted(blank(), { type: 'addNote', note: candidate });
        const file = parseDocument(JSON.parse(JSON.stringify(toDocument({ ...blank(), notes: [candidate] }))), 'strict');
        expect(board !== null).toBe(file.ok);
        if (!board) return;
        const back = fromFile(board);
        expect(back.ok && back.board).toEqual(board);
        const shared = fromYDoc(board);
        expect(shared.ok && shared.board.notes).toEqual(board.notes);
      }),
      { numRuns: 300 },
    );
  });

  it('an item id of 90 letters and ":x" is refused by the command as by the reader (it was saved, then dropped on reload)', () => {
    const long = createItem('product', 'Long id', mapPoint(0.5, 0.5), { id: `${'a'.repeat(90)}:x` });
    expect(accepted(blank(), { type: 'addItems', items: [long] })).toBeNull();
  });
});
