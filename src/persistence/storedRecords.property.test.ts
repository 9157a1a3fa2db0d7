import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraryBoard } from '../schema/arbitraryBoard';
import { command, runAccepted } from '../model/testCommands';
import { diffBoards } from '../model/changes';
import type { Command } from '../model/commands';
import type { Board, MapPoint } from '../model/types';
import { testBoard } from '../model/testBoard';
import { parseDocument, toDocument } from '../schema/parseDocument';
import { allWrites, applySaved, collectionWrites, headOf, joinBoard, wholeDocument, boardWrite, type CollectionWrite } from './storedRecords';

/** Storage as the repository keeps a board: each collection's records by id, and its order. */
type Stored = Map<string, { byId: Map<string, unknown>; order: readonly string[] }>;

function write(stored: Stored, writes: readonly CollectionWrite[]): Stored {
  const next: Stored = new Map([...stored].map(([name, entry]) => [name, { byId: new Map(entry.byId), order: entry.order }]));
  for (const { collection, put, remove, order } of writes) {
    const entry = next.get(collection) ?? { byId: new Map(), order: [] };
    for (const record of put) entry.byId.set(record.id, record);
    for (const id of remove) entry.byId.delete(id);
    next.set(collection, { byId: entry.byId, order: order ?? entry.order });
  }
  return next;
}

const joined = (stored: Stored, head: Board) => joinBoard(head, new Map([...stored].map(([name, { byId, order }]) => [name, { records: [...byId.values()], order }])));

const note = fc.record({ id: fc.constantFrom('note:a', 'note:b'), text: fc.string({ minLength: 1, maxLength: 12 }), x: fc.double({ min: 0, max: 1, noNaN: true }) }).map(
  ({ id, text, x }): Command => ({ type: 'addNote', note: { id, text, position: { x, y: 0.5 } as MapPoint, attachedTo: null, offset: { dx: 0, dy: 0 }, author: '', createdAt: '2026-03-03T00:00:00.000Z' } }),
);
const anyCommand = fc.oneof(command, note, fc.constantFrom<Command>({ type: 'deleteNotes', ids: ['note:a'] }, { type: 'editNote', id: 'note:b', text: 'edited' }));

const run = runAccepted;

describe('a board stored as records', () => {
  it('saves of what changed (any commands, several saves) leave storage holding the board, record for record and in order', () => {
    fc.assert(
      fc.property(arbitraryBoard, fc.array(fc.array(anyCommand, { maxLength: 4 }), { minLength: 1, maxLength: 5 }), (board, saves) => {
        let stored = write(new Map(), allWrites(board));
        let saved = board;
        for (const commands of saves) {
          const current = run(saved, commands);
          const changes = diffBoards(saved, current);
          stored = write(stored, collectionWrites(current, changes));
          expect(joined(stored, headOf(current))).toEqual(current);
          saved = current;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('another tab’s changes, applied and checked, give the board it saved', () => {
    fc.assert(
      fc.property(arbitraryBoard, fc.array(anyCommand, { maxLength: 6 }), (board, commands) => {
        const base = parseDocument(toDocument(board));
        if (!base.ok) return;
        const current = run(base.board, commands);
        const applied = applySaved(base.board, diffBoards(base.board, current), '2026-04-04T00:00:00.000Z');
        expect(applied).toEqual({ board: { ...current, updatedAt: '2026-04-04T00:00:00.000Z' } });
      }),
      { numRuns: 200 },
    );
  });

  it('a whole write is the board, and reads back as it', () => {
    fc.assert(
      fc.property(arbitraryBoard, (board) => {
        const read = parseDocument(wholeDocument(boardWrite(board, null)));
        const direct = parseDocument(toDocument(board));
        expect(read).toEqual(direct);
      }),
      { numRuns: 100 },
    );
  });

  it('records the order does not name follow it; ids without a record are skipped', () => {
    const board = joinBoard({ title: 't' }, new Map([['items', { records: [{ id: 'b' }, { id: 'c' }, { id: 'a' }], order: ['a', 'gone', 'b'] }]]));
    expect(board).toEqual({ title: 't', items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
  });

  it('refuses changes that do not apply to the board this tab holds, records its validator refuses, and prototype paths', () => {
    const result = parseDocument(toDocument(fc.sample(arbitraryBoard, { numRuns: 1, seed: 7 })[0]!));
    if (!result.ok) throw new Error('the sample board should read');
    const base = result.board;
    const item = base.items[0];
    expect(applySaved(base, 'nothing', 'x')).toEqual({ problem: 'no changes' });
    expect(applySaved(base, [{ op: 'setBoard', path: ['__proto__', 'polluted'], from: undefined, to: 1 }], 'x')).toMatchObject({ problem: expect.any(String) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(applySaved(base, [{ op: 'setBoard', path: ['title'], from: 'not this title', to: 'B' }], 'x')).toEqual({ problem: 'made on another board than this one' });
    if (item) {
      const bad = applySaved(base, [{ op: 'setItem', id: item.id, field: 'weight', from: item.weight, to: 5000 }], 'x');
      expect(bad).toMatchObject({ problem: expect.stringContaining('weight') });
    }
  });

  it('refuses any change diffBoards does not make: an unknown op, a board path into a collection, an item field that is none, a member without an id', () => {
    const base = testBoard();
    const [first, second] = base.items as [Board['items'][number], Board['items'][number]];
    const refused = [
      [{ op: 'renameBoard', title: 'x' }],
      [{ op: 'setBoard', path: ['items', 0, 'weight'], from: first.weight, to: 5000 }],
      [{ op: 'setBoard', path: ['bands', 99], from: undefined, to: 'x' }],
      [{ op: 'setItem', id: first.id, field: 'id', from: first.id, to: second.id }],
      [{ op: 'insertZone', zone: {}, index: 0 }],
      [{ op: 'insertItem', item: { id: 7 }, index: 0 }],
      [{ op: 'setRecord', collection: 'notes', id: 'note:a', from: null, to: { id: 'note:b' } }],
      [{ op: 'setRecord', collection: 'pinnedZones', id: 'zone:a', from: null, to: { id: 'zone:a' } }],
      [null],
    ];
    for (const changes of refused) expect(applySaved(base, changes, 'x'), JSON.stringify(changes)).toMatchObject({ problem: expect.any(String) });
    expect(applySaved(base, [{ op: 'setBoard', path: ['title'], from: base.title, to: 'Renamed' }], 'x')).toMatchObject({ board: { title: 'Renamed' } });
  });
});
