import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testBoard } from './testBoard';
import { applyCommand } from './applyCommand';
import { diffBoards } from './changes';
import { mapPoint } from './mapPoint';
import { boardLockedReason, changesTouch, commandRefusal, commandTouches, facilitatorOnlyReason, mayAct, viewerReason } from './rights';
import type { Command } from './commands';
import type { Board } from './types';

const locked = (board: Board, ...ids: string[]): Board => ({ ...board, items: board.items.map((item) => (ids.includes(item.id) ? { ...item, locked: true } : item)) });
const move: Command = { type: 'moveItem', id: 'item:alpha', position: mapPoint(0.5, 0.5) };

describe('rights', () => {
  it('only a facilitator deletes the room, leads, locks and replaces links', () => {
    for (const action of ['deleteRoom', 'lead', 'lock', 'replaceLinks'] as const) {
      expect([mayAct('facilitator', action), mayAct('participant', action), mayAct('viewer', action)]).toEqual([true, false, false]);
    }
  });

  it('a viewer changes nothing; a participant changes what is not locked', () => {
    const board = testBoard();
    expect(commandRefusal('viewer', board, move)).toBe(viewerReason);
    expect(commandRefusal('participant', board, move)).toBeNull();
    expect(commandRefusal('participant', board, { type: 'setTitle', title: 'Mine' })).toBeNull();
  });

  it('a locked item refuses a participant’s move, edit and delete, by name; the others stay free', () => {
    const board = locked(testBoard(), 'item:alpha');
    for (const command of [move, { type: 'updateItem', id: 'item:alpha', changes: { label: 'x' } }, { type: 'deleteItems', ids: ['item:beta', 'item:alpha'] }] as Command[]) {
      expect(commandRefusal('participant', board, command)).toMatch(/“Alpha” is locked by the facilitator/);
    }
    expect(commandRefusal('participant', board, { type: 'moveItem', id: 'item:beta', position: mapPoint(0.1, 0.1) })).toBeNull();
    expect(commandRefusal('facilitator', board, move)).toBeNull();
  });

  it('a locked board refuses every change of a participant; only a facilitator sets or clears a lock', () => {
    const board = { ...testBoard(), locked: true };
    expect(commandRefusal('participant', board, { type: 'setTitle', title: 'Mine' })).toBe(boardLockedReason);
    expect(commandRefusal('participant', testBoard(), { type: 'lockItems', ids: ['item:alpha'], locked: true })).toBe(facilitatorOnlyReason);
    expect(commandRefusal('participant', testBoard(), { type: 'lockBoard', locked: false })).toBe(facilitatorOnlyReason);
    expect(commandRefusal('facilitator', board, { type: 'lockBoard', locked: false })).toBeNull();
  });

  it('what a command touches is what its changes touch (any command on any lock state)', () => {
    const commands = fc.oneof(
      fc.record({ type: fc.constant('moveItem' as const), id: fc.constantFrom('item:alpha', 'item:beta'), position: fc.constant(mapPoint(0.4, 0.4)) }),
      fc.record({ type: fc.constant('updateItem' as const), id: fc.constantFrom('item:alpha', 'item:gamma'), changes: fc.record({ label: fc.constantFrom('New', 'Other') }) }),
      fc.record({ type: fc.constant('deleteItems' as const), ids: fc.subarray(['item:alpha', 'item:beta', 'item:gamma']) }),
      fc.record({ type: fc.constant('lockItems' as const), ids: fc.subarray(['item:alpha', 'item:beta'], { minLength: 1 }), locked: fc.boolean() }),
      fc.record({ type: fc.constant('lockBoard' as const), locked: fc.boolean() }),
    );
    fc.assert(
      fc.property(commands, fc.subarray(['item:alpha', 'item:beta']), fc.boolean(), (command, lockedIds, boardLocked) => {
        const board = { ...locked(testBoard(), ...lockedIds), locked: boardLocked };
        const changes = diffBoards(board, applyCommand(board, command).board);
        const byChanges = changesTouch(changes);
        const byCommand = commandTouches(command);
        // The changes never touch more than the command names, nor set a lock it does not.
        for (const id of byChanges.items) expect([...byCommand.items]).toContain(id);
        if (byChanges.locks) expect(byCommand.locks).toBe(true);
      }),
    );
  });
});
