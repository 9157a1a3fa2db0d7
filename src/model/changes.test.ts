import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from './applyCommand';
import { applyChanges, changesOf, diffBoards } from './changes';
import { mapPoint } from './mapPoint';
import { createItem } from './board';
import { arbitraryBoard } from '../schema/arbitraryBoard';
import type { Command } from './commands';
import type { Board } from './types';
import { command as anyCommand, runAccepted } from './testCommands';

/** Commands on whatever items a board holds (some refused: an item gone, a bad value). */
const commandOn = (board: Board): fc.Arbitrary<Command> => {
  const ids = board.items.map((item) => item.id);
  const id = ids.length > 0 ? fc.constantFrom(...ids) : fc.constant('item:none');
  const point = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([x, y]) => mapPoint(x, y));
  return fc.oneof(
    fc.record({ type: fc.constant('moveItem' as const), id, position: fc.option(point, { nil: null }) }),
    fc.record({ type: fc.constant('moveItems' as const), moves: fc.array(fc.record({ id, position: point }), { maxLength: 4 }) }),
    fc.record({ type: fc.constant('updateItem' as const), id, changes: fc.record({ label: fc.constantFrom('A', 'B'), tags: fc.constantFrom([], ['x']), weight: fc.constantFrom(1, 2) }, { requiredKeys: [] }) }),
    fc.record({ type: fc.constant('deleteItems' as const), ids: fc.subarray(ids) }),
    fc.record({ type: fc.constant('setTitle' as const), title: fc.constantFrom('T1', 'T2') }),
    fc.record({ type: fc.constant('lockItems' as const), ids: fc.subarray(ids), locked: fc.boolean() }),
  );
};

describe('changesOf', () => {
  it('gives what diffBoards gives, from a command’s patches, and applying it gives the command’s board (property)', () => {
    fc.assert(
      fc.property(arbitraryBoard.chain((board) => fc.tuple(fc.constant(board), commandOn(board))), ([board, command]) => {
        let applied;
        try {
          applied = applyCommand(board, command);
        } catch {
          return;
        }
        const changes = changesOf(board, applied.board, applied.patches);
        expect(new Set(changes.map((change) => JSON.stringify(change)))).toEqual(new Set(diffBoards(board, applied.board).map((change) => JSON.stringify(change))));
        expect(applyChanges(board, changes).board).toEqual(applied.board);
      }),
      { numRuns: 300 },
    );
  });
});

describe('diffBoards', () => {
  const run = runAccepted;

  it('applying the diff of two boards gives the second, in order, whatever ran between them: members removed and made again with their ids included (property)', () => {
    const note = (id: string): Command => ({ type: 'addNote', note: { id, text: 'n', position: mapPoint(0.5, 0.5), attachedTo: null, offset: { dx: 0, dy: 0 }, author: '', createdAt: '2026-03-03T00:00:00.000Z' } });
    const notes = fc.constantFrom<Command>(note('note:a'), note('note:b'), { type: 'deleteNotes', ids: ['note:a'] }, { type: 'deleteNotes', ids: ['note:b'] });
    fc.assert(
      fc.property(arbitraryBoard, fc.array(fc.oneof(anyCommand, notes), { maxLength: 10 }), (board, commands) => {
        const after = run(board, commands);
        const changes = diffBoards(board, after);
        expect(applyChanges(board, changes).board).toEqual(after);
        expect(applyChanges(board, changes, true).skipped).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('a zone unpinned and pinned again with its id and other words is a change; an item deleted and added again with its id goes last', () => {
    const board = run(fc.sample(arbitraryBoard, { numRuns: 1, seed: 3 })[0]!, []);
    const zone = { id: 'zone:q', label: 'First', position: mapPoint(0.2, 0.2), index: 1, note: '', pinnedAt: '2026-01-01T00:00:00.000Z' };
    const pinned = run(board, [{ type: 'pinZone', zone }]);
    const again = run(pinned, [{ type: 'unpinZone', id: 'zone:q' }, { type: 'pinZone', zone: { ...zone, label: 'Second' } }]);
    expect(applyChanges(pinned, diffBoards(pinned, again)).board.pinnedZones.at(-1)!.label).toBe('Second');
    const two = run(board, [{ type: 'addItems', items: [createItem('product', 'A', mapPoint(0.1, 0.1), { id: 'item:ra' }), createItem('product', 'B', mapPoint(0.2, 0.2), { id: 'item:rb' })] }]);
    const back = run(two, [{ type: 'deleteItems', ids: ['item:ra'] }, { type: 'addItems', items: [createItem('product', 'A', mapPoint(0.1, 0.1), { id: 'item:ra' })] }]);
    expect(applyChanges(two, diffBoards(two, back)).board.items.map((item) => item.id).slice(-2)).toEqual(['item:rb', 'item:ra']);
  });
});
