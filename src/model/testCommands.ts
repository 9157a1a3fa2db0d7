import fc from 'fast-check';
import type { Command } from './commands';
import type { MapPoint, PinnedZone } from './types';
import { createItem } from './board';
import { applyCommand } from './applyCommand';
import type { Board } from './types';

/**
 * Test support: the app's commands as a peer of a shared board might run them, on ids some of
 * which exist on `arbitraryBoard` (item:i0…) and some only ever added; positions past the
 * square, bad weights and the like included (the rule book refuses or clamps them).
 */
/** Ids the commands name: some on the arbitrary board (item:i0…), some only ever added. */
const itemIds = ['item:i0', 'item:i1', 'item:i2', 'item:n0', 'item:n1', 'item:n2'];
const zoneIds = ['zone:z0', 'zone:p0', 'zone:p1'];

const unit = fc.double({ min: -0.2, max: 1.2, noNaN: true });
const point = fc.record({ x: unit, y: unit }).map((p) => p as MapPoint);
const label = fc.string({ minLength: 1, maxLength: 8 });
const itemId = fc.constantFrom(...itemIds);

export const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('moveItem' as const), id: itemId, position: fc.option(point, { nil: null }) }),
  fc.record({ type: fc.constant('moveItems' as const), moves: fc.array(fc.record({ id: itemId, position: point }), { minLength: 1, maxLength: 3 }) }),
  fc.record({
    type: fc.constant('updateItem' as const),
    id: itemId,
    changes: fc.record({ label, weight: fc.double({ min: -1, max: 20, noNaN: true }), tags: fc.array(label, { maxLength: 2 }) }, { requiredKeys: [] }),
  }),
  fc.record({ type: fc.constant('deleteItems' as const), ids: fc.subarray(itemIds, { minLength: 1, maxLength: 2 }) }),
  fc
    .array(fc.tuple(itemId, fc.constantFrom('product' as const, 'persona' as const), label, fc.option(point, { nil: null })), { minLength: 1, maxLength: 3 })
    .map((items) => ({ type: 'addItems' as const, items: items.map(([id, kind, text, position]) => createItem(kind, text, position && { x: Math.min(1, Math.max(0, position.x)), y: Math.min(1, Math.max(0, position.y)) } as MapPoint, { id })) })),
  label.map((title) => ({ type: 'setTitle' as const, title })),
  fc.record({ type: fc.constant('setAxisLabel' as const), axis: fc.constantFrom('x' as const, 'y' as const), field: fc.constantFrom('title' as const, 'min' as const, 'max' as const), text: label }),
  fc.record({ type: fc.constant('setBandLabel' as const), index: fc.integer({ min: 0, max: 5 }), text: label }),
  fc.record({ type: fc.constant('setGapSettings' as const), changes: fc.record({ coverage: fc.double({ min: 0.01, max: 1, noNaN: true }), maxZones: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: [] }) }),
  fc.boolean().map((showBands) => ({ type: 'setDisplay' as const, changes: { showBands } })),
  fc.record({ id: fc.constantFrom(...zoneIds), position: point, label }).map(({ id, position, label: text }) => ({
    type: 'pinZone' as const,
    zone: { id, label: text, position: { x: Math.min(1, Math.max(0, position.x)), y: Math.min(1, Math.max(0, position.y)) } as MapPoint, index: 50, note: '', pinnedAt: '2026-01-02T00:00:00.000Z' } satisfies PinnedZone,
  })),
  fc.constantFrom(...zoneIds).map((id) => ({ type: 'unpinZone' as const, id })),
);

/** Runs the commands the rule book accepts, in order (a refused one changes nothing). */
export function runAccepted(board: Board, commands: readonly Command[]): Board {
  return commands.reduce((current, next) => {
    try {
      return applyCommand(current, next).board;
    } catch {
      return current;
    }
  }, board);
}
