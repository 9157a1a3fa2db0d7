import { describe, expect, it } from 'vitest';
import { offlineEdits } from './offlineEdits';
import { diffBoards } from '../../model/changes';
import { fingerprint } from './crossedEdits';
import { applyCommand } from '../../model/applyCommand';
import { testBoard } from '../../model/testBoard';
import { mapPoint } from '../../model/mapPoint';
import { createNetwork, settle } from '../testNetwork';

describe('offlineEdits', () => {
  it('says which edits made offline someone else’s change overwrote, and forgets those that stood', () => {
    const start = testBoard();
    const [a, b] = start.items;
    const moved = applyCommand(start, { type: 'moveItem', id: a!.id, position: mapPoint(0.9, 0.9) }).board;
    const renamed = applyCommand(moved, { type: 'updateItem', id: b!.id, changes: { label: 'Mine' } }).board;
    const edits = offlineEdits();
    edits.changed(diffBoards(start, moved));
    edits.changed(diffBoards(moved, renamed));
    expect(edits.size).toBe(2);
    // Back online: someone else's later move of A stands; my rename of B stood.
    const merged = applyCommand(renamed, { type: 'moveItem', id: a!.id, position: mapPoint(0.1, 0.2) }).board;
    expect(edits.lost(merged)).toEqual([{ id: a!.id, field: 'position', mine: { x: 0.9, y: 0.9 }, held: { x: 0.1, y: 0.2 } }]);
    // All are let go of: the rename that stood is announced by the caller (crossedEdits), not kept here.
    expect(edits.size).toBe(0);
  });

  it('remembers the value each field had before its first change offline', () => {
    const start = testBoard();
    const id = start.items[0]!.id;
    const once = applyCommand(start, { type: 'moveItem', id, position: mapPoint(0.9, 0.9) }).board;
    const twice = applyCommand(once, { type: 'moveItem', id, position: mapPoint(0.1, 0.1) }).board;
    const edits = offlineEdits();
    edits.changed(diffBoards(start, once));
    edits.changed(diffBoards(once, twice));
    expect(edits.all()).toEqual([{ id, field: 'position', mine: { x: 0.1, y: 0.1 }, base: fingerprint(start.items[0]!.position) }]);
  });

  it('on a shared board, tells exactly the one of two offline movers whose move did not stand', () => {
    const board = testBoard();
    const id = board.items[0]!.id;
    const peers = createNetwork(board, 2);
    const edits = peers.map(() => offlineEdits());
    peers.forEach((peer, i) => {
      peer.doc.subscribe((_next, source, changes) => {
        if (source === 'local') edits[i]!.changed(changes);
      });
    });
    peers.forEach((peer) => (peer.online = false));
    peers[0]!.doc.execute({ type: 'moveItem', id, position: mapPoint(0.11, 0.22) });
    peers[1]!.doc.execute({ type: 'moveItem', id, position: mapPoint(0.77, 0.88) });
    settle(peers);
    const final = peers[0]!.doc.board.items[0]!.position;
    expect(peers[1]!.doc.board.items[0]!.position).toEqual(final);
    const told = edits.map((e, i) => e.lost(peers[i]!.doc.board).length);
    expect(told.sort()).toEqual([0, 1]);
  });
});
