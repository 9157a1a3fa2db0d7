import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand } from './applyCommand';
import { applyChanges, changesOf, diffBoards } from './changes';
import { mapPoint } from './mapPoint';
import { arbitraryBoard } from '../schema/arbitraryBoard';
import type { Command } from './commands';
import type { Board } from './types';

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
