import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument, toDocument } from './parseDocument';
import { arbitraryBoard } from './arbitraryBoard';
import { applyCommand } from '../model/applyCommand';
import { CommandError } from '../model/CommandError';
import { createBlankBoard, createItem } from '../model/board';
import type { Command } from '../model/commands';
import type { Board, MapPoint } from '../model/types';

/** Text a user, a paste or an attacker might send: long, empty, control characters, prototype words. */
const anyText = fc.oneof(
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.constantFrom('', ' ', 'constructor', '__proto__', 'a\u0000b\u0007\ud800', 'tab\there\nnewline', 'x'.repeat(201), 'n'.repeat(10_001), 'n'.repeat(6_000)),
);
const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -5, max: 2000 }), fc.constantFrom(0, 1, 0.5, Number.NaN, Infinity));
const point = fc.record({ x: anyNumber, y: anyNumber }) as fc.Arbitrary<MapPoint>;
const itemId = fc.constantFrom('item:i0', 'item:i1', 'item:new', 'bad id', 'item:__proto__');
const kind = fc.constantFrom('product', 'persona', 'constructor', 'robot') as fc.Arbitrary<'product'>;

const anyItem = fc
  .record({ kind, label: anyText, position: fc.option(point, { nil: null }), colour: fc.constantFrom('#123abc', 'red', '#ABCDEF'), notes: anyText, weight: anyNumber, reach: fc.option(anyNumber, { nil: null }), tags: fc.array(anyText, { maxLength: 3 }), id: itemId })
  .map((fields) => ({ ...createItem('product', 'x', null), ...fields }));

const anyCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.array(anyItem, { maxLength: 2 }).map((items) => ({ type: 'addItems' as const, items })),
  fc.record({ type: fc.constant('updateItem' as const), id: itemId, changes: fc.record({ label: anyText, colour: fc.constantFrom('#00ff00', 'blue'), notes: anyText, weight: anyNumber, reach: anyNumber, tags: fc.array(anyText, { maxLength: 2 }) }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('moveItem' as const), id: itemId, position: fc.option(point, { nil: null }) }),
  fc.record({ type: fc.constant('deleteItems' as const), ids: fc.array(itemId, { maxLength: 2 }) }),
  fc.record({ type: fc.constant('setTitle' as const), title: anyText }),
  fc.record({ type: fc.constant('setAxisLabel' as const), axis: fc.constantFrom('x', 'y') as fc.Arbitrary<'x'>, field: fc.constantFrom('title', 'min', 'max', 'constructor') as fc.Arbitrary<'min'>, text: anyText }),
  fc.record({ type: fc.constant('setQuadrantLabel' as const), quadrant: fc.constantFrom('topLeft', 'bottomRight', '__proto__') as fc.Arbitrary<'topLeft'>, text: anyText }),
  fc.record({ type: fc.constant('setBandLabel' as const), index: fc.integer({ min: -1, max: 13 }), text: anyText }),
  fc.record({ type: fc.constant('setGapSettings' as const), changes: fc.record({ coverage: anyNumber, threshold: anyNumber, maxZones: anyNumber }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('setDisplay' as const), changes: fc.dictionary(fc.constantFrom('showBands', 'showZones', 'toString', '__proto__'), fc.oneof(fc.boolean(), fc.constant('yes'))) as fc.Arbitrary<Record<string, boolean>> }),
  fc.record({ type: fc.constant('pinZone' as const), zone: fc.record({ id: fc.constantFrom('zone:a', 'zone:b', 'nope'), label: anyText, position: point, index: anyNumber, note: anyText, pinnedAt: fc.constant('2026-01-01T00:00:00.000Z') }) }),
  fc.record({ type: fc.constant('unpinZone' as const), id: fc.constantFrom('zone:a', 'zone:b') }),
);

/** Runs commands as the app does: a refused one (CommandError) changes nothing. */
function run(board: Board, commands: readonly Command[]): Board {
  return commands.reduce((current, command) => {
    try {
      return applyCommand(current, command).board;
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      return current;
    }
  }, board);
}

const roundTrip = (board: Board) => parseDocument(structuredClone(toDocument(board)));

describe('the rule book', () => {
  it('every board any sequence of commands can produce is saved, read back and equal to itself', () => {
    const start = { ...createBlankBoard('2026-01-01T00:00:00.000Z'), id: 'board:b', items: [{ ...createItem('persona', 'P', null), id: 'item:i1' }] };
    fc.assert(
      fc.property(fc.array(anyCommand, { maxLength: 25 }), (commands) => {
        const board = run(start, commands);
        expect(roundTrip(board)).toEqual({ ok: true, board, skipped: [], flags: [], removed: 0 });
      }),
      { numRuns: 1000 },
    );
  });

  it('every board the reader accepts survives every command', () => {
    fc.assert(
      fc.property(arbitraryBoard, fc.array(anyCommand, { maxLength: 10 }), (stored, commands) => {
        const read = roundTrip(stored);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const board = run(read.board, commands);
        const again = roundTrip(board);
        expect(again.ok && again.board).toEqual(board);
      }),
      { numRuns: 500 },
    );
  });
});
