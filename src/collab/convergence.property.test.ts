import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Command } from '../model/commands';
import { CommandError } from '../model/CommandError';
import { arbitraryBoard } from '../schema/arbitraryBoard';
import { command } from '../model/testCommands';
import { parseDocument, toDocument } from '../schema/parseDocument';
import { createNetwork, deliver, settle, type Peer } from './testNetwork';

const peerCount = 5;

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
