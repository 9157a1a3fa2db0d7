import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Command } from '../model/commands';
import type { MapPoint, PinnedZone } from '../model/types';
import { CommandError } from '../model/CommandError';
import { createItem } from '../model/board';
import { arbitraryBoard } from '../schema/arbitraryBoard';
import { parseDocument, toDocument } from '../schema/parseDocument';
import { createNetwork, deliver, settle, type Peer } from './testNetwork';

const peerCount = 5;
/** Ids the commands name: some on the arbitrary board (item:i0…), some only ever added. */
const itemIds = ['item:i0', 'item:i1', 'item:i2', 'item:n0', 'item:n1', 'item:n2'];
const zoneIds = ['zone:z0', 'zone:p0', 'zone:p1'];

const unit = fc.double({ min: -0.2, max: 1.2, noNaN: true });
const point = fc.record({ x: unit, y: unit }).map((p) => p as MapPoint);
const label = fc.string({ minLength: 1, maxLength: 8 });
const itemId = fc.constantFrom(...itemIds);

const command: fc.Arbitrary<Command> = fc.oneof(
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

type Action =
  | { readonly t: 'command'; readonly peer: number; readonly command: Command }
  | { readonly t: 'undo' | 'redo' | 'toggle'; readonly peer: number }
  | { readonly t: 'deliver'; readonly peer: number; readonly index: number; readonly duplicate: boolean };

const peer = fc.integer({ min: 0, max: peerCount - 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('command' as const), peer, command }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constantFrom('undo' as const, 'redo' as const), peer }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('toggle' as const), peer }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('deliver' as const), peer, index: fc.nat(), duplicate: fc.boolean() }) },
);

function run(peers: readonly Peer[], step: Action): void {
  const target = peers[step.peer]!;
  try {
    if (step.t === 'command') target.doc.execute(step.command);
    else if (step.t === 'undo') target.doc.undo();
    else if (step.t === 'redo') target.doc.redo();
    else if (step.t === 'toggle') target.online = !target.online;
    else if (step.t === 'deliver' && target.inbox.length > 0) deliver(target, step.index % target.inbox.length, step.duplicate);
  } catch (error) {
    // A refused command changes nothing; the session goes on.
    if (!(error instanceof CommandError)) throw error;
  }
}

/** Every peer's board, as saved: one string each, so equal boards compare equal. */
const saved = (peers: readonly Peer[]) => peers.map((p) => JSON.stringify(toDocument(p.doc.board)));

function expectConvergedAndValid(peers: readonly Peer[]): void {
  for (const p of peers) expect(p.ydoc.toJSON()).toEqual(peers[0]!.ydoc.toJSON());
  const boards = saved(peers);
  for (const board of boards) expect(board).toBe(boards[0]);
  for (const p of peers) expect(p.doc.leftOut).toEqual([]);
  const read = parseDocument(JSON.parse(boards[0]!));
  expect(read.ok && read.skipped).toEqual([]);
  expect(read.ok && JSON.stringify(toDocument(read.board))).toBe(boards[0]);
}

describe('five peers on one shared board', () => {
  it('converge to one valid board whatever the order, duplication and delay of updates, and undo never reverts another peer’s edit', () => {
    fc.assert(
      fc.property(arbitraryBoard, fc.array(action, { maxLength: 60 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (board, actions, picks) => {
        const peers = createNetwork(board, peerCount);
        for (const step of actions) run(peers, step);
        let turn = 0;
        settle(peers, (length) => picks[turn++ % picks.length]! % length);
        expectConvergedAndValid(peers);
        // Then everyone undoes their last step at once, and the room settles again.
        for (const p of peers) p.doc.undo();
        settle(peers, (length) => picks[turn++ % picks.length]! % length);
        expectConvergedAndValid(peers);
        expect(peers.flatMap((p) => p.revertedOthers)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
