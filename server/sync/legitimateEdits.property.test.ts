import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../src/model/CommandError';
import { arbitraryBoard } from '../../src/schema/arbitraryBoard';
import { writeBoard } from '../../src/collab/boardYDoc';
import { createSharedDocument, type SharedDocument } from '../../src/collab/sharedDocument';
import { command } from '../../src/model/testCommands';
import type { Command } from '../../src/model/commands';
import type { Board } from '../../src/model/types';
import { createSampleBoard } from '../../src/model/sampleBoard';
import { RoomShadow } from './RoomShadow';

/**
 * Whatever people do through the app — commands, undo, redo, concurrently — the server's
 * check accepts every update: a refusal would drop a person's copy of the board. Each peer's
 * updates reach the server in order (one WebSocket), are checked on the room's shadow, applied
 * and relayed to the others, who receive them in order but interleaved with their own edits.
 */

const peerCount = 3;
const fromServer = { name: 'server' };

interface Peer {
  readonly ydoc: Y.Doc;
  readonly doc: SharedDocument;
  /** Updates on their way to the server, oldest first. */
  readonly outbox: Uint8Array[];
  /** Updates the server relayed to this peer, oldest first. */
  readonly inbox: Uint8Array[];
}

type Action =
  | { readonly t: 'command'; readonly peer: number; readonly command: Command }
  | { readonly t: 'undo' | 'redo' | 'send' | 'receive'; readonly peer: number };

const peer = fc.integer({ min: 0, max: peerCount - 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('command' as const), peer, command }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constantFrom('undo' as const, 'redo' as const), peer }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constantFrom('send' as const, 'receive' as const), peer }) },
);

/** A room on a server that checks every update, and `peerCount` people in it. */
function serverRoom(board: Board) {
  const room = new Y.Doc();
  writeBoard(room, board);
  const shadow = new RoomShadow(room);
  const initial = Y.encodeStateAsUpdate(room);
  let checkedIn: number | undefined;
  room.on('update', (update: Uint8Array, origin: unknown) => shadow.follow(update, origin === 'editor' ? checkedIn : undefined));
  const peers: Peer[] = Array.from({ length: peerCount }, (_, i) => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, initial, fromServer);
    const entry: Peer = { ydoc, doc: createSharedDocument(ydoc, { origin: { name: `peer ${i}` } }), outbox: [], inbox: [] };
    ydoc.on('update', (update: Uint8Array, origin: unknown) => origin !== fromServer && entry.outbox.push(update));
    return entry;
  });
  const refusals: string[] = [];
  /** The oldest update of `from` reaches the server: checked, then applied and relayed, or refused. */
  const send = (from: Peer) => {
    const update = from.outbox.shift();
    if (!update) return;
    const verdict = shadow.check(update);
    if (!verdict.ok) return void refusals.push(verdict.reasons.join('; '));
    checkedIn = verdict.generation;
    Y.applyUpdate(room, update, 'editor');
    for (const other of peers) if (other !== from) other.inbox.push(update);
  };
  /** The oldest update relayed to `to` arrives. */
  const receive = (to: Peer) => {
    const update = to.inbox.shift();
    if (update) Y.applyUpdate(to.ydoc, update, fromServer);
  };
  const settle = () => {
    while (peers.some((p) => p.outbox.length > 0 || p.inbox.length > 0)) for (const p of peers) (send(p), receive(p));
  };
  return { room, peers, refusals, send, receive, settle };
}

describe('the server’s check and the app’s own edits', () => {
  it('accepts the undo of a delete that put back an item someone else had edited meanwhile (one update, not two)', () => {
    const board = createSampleBoard('2026-01-01T00:00:00.000Z');
    const { room, peers, refusals, send, receive, settle } = serverRoom(board);
    const [ana, ben] = peers as [Peer, Peer];
    const id = board.items[0]!.id;
    ben.doc.execute({ type: 'updateItem', id, changes: { label: 'Renamed by Ben' } });
    send(ben);
    ana.doc.execute({ type: 'deleteItems', ids: [id] });
    receive(ana);
    send(ana);
    ana.doc.undo();
    expect(ana.outbox).toHaveLength(1);
    settle();
    expect(refusals).toEqual([]);
    for (const p of peers) expect(p.ydoc.toJSON()).toEqual(room.toJSON());
    expect(ana.doc.board.items.some((item) => item.id === id)).toBe(true);
  });

  it('accepts every update that commands, undo and redo of several people make', () => {
    fc.assert(
      fc.property(arbitraryBoard, fc.array(action, { maxLength: 80 }), (board, actions) => {
        const { room, peers, refusals, send, receive, settle } = serverRoom(board);
        for (const step of actions) {
          const target = peers[step.peer]!;
          try {
            if (step.t === 'command') target.doc.execute(step.command);
            else if (step.t === 'undo') target.doc.undo();
            else if (step.t === 'redo') target.doc.redo();
            else if (step.t === 'send') send(target);
            else receive(target);
          } catch (error) {
            if (!(error instanceof CommandError)) throw error;
          }
        }
        settle();
        expect(refusals).toEqual([]);
        for (const p of peers) expect(p.ydoc.toJSON()).toEqual(room.toJSON());
      }),
      { numRuns: 400 },
    );
  }, 180_000);
});
