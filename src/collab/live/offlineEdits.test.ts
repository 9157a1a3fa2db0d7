import { describe, expect, it } from 'vitest';
import { offlineEdits } from './offlineEdits';
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
    edits.changed(start, moved);
    edits.changed(moved, renamed);
    expect(edits.size).toBe(2);
    // Back online: someone else's later move of A stands; my rename of B stood.
    const merged = applyCommand(renamed, { type: 'moveItem', id: a!.id, position: mapPoint(0.1, 0.2) }).board;
    expect(edits.lost(merged)).toEqual([{ id: a!.id, field: 'position', mine: { x: 0.9, y: 0.9 } }]);
    // The rename stood, and is watched: a device back later overwrites it, and that is said too.
    expect(edits.size).toBe(1);
    const later = applyCommand(merged, { type: 'updateItem', id: b!.id, changes: { label: 'Theirs' } }).board;
    expect(edits.remote(later)).toEqual([{ id: b!.id, field: 'label', mine: 'Mine' }]);
    expect(edits.size).toBe(0);
  });

  it('stops watching after two minutes', () => {
    let clock = 0;
    const start = testBoard();
    const id = start.items[0]!.id;
    const edits = offlineEdits(() => clock);
    const moved = applyCommand(start, { type: 'moveItem', id, position: mapPoint(0.9, 0.9) }).board;
    edits.changed(start, moved);
    expect(edits.lost(moved)).toEqual([]);
    clock = 3 * 60_000;
    expect(edits.remote(applyCommand(moved, { type: 'moveItem', id, position: mapPoint(0.1, 0.1) }).board)).toEqual([]);
    expect(edits.size).toBe(0);
  });

  it('on a shared board, tells exactly the one of two offline movers whose move did not stand', () => {
    const board = testBoard();
    const id = board.items[0]!.id;
    const peers = createNetwork(board, 2);
    const edits = peers.map(() => offlineEdits());
    peers.forEach((peer, i) => {
      let last = peer.doc.board;
      peer.doc.subscribe((next, source) => {
        if (source === 'local') edits[i]!.changed(last, next);
        last = next;
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

  it('tells the first back too, when the other’s move comes later and wins', () => {
    const board = testBoard();
    const id = board.items[0]!.id;
    const peers = createNetwork(board, 2);
    const edits = peers.map(() => offlineEdits());
    peers.forEach((peer, i) => {
      let last = peer.doc.board;
      peer.doc.subscribe((next, source) => {
        if (source === 'local') edits[i]!.changed(last, next);
        else told[i]! += edits[i]!.remote(next).length;
        last = next;
      });
    });
    const told = [0, 0];
    peers.forEach((peer) => (peer.online = false));
    peers[0]!.doc.execute({ type: 'moveItem', id, position: mapPoint(0.11, 0.22) });
    peers[1]!.doc.execute({ type: 'moveItem', id, position: mapPoint(0.77, 0.88) });
    // Both reconnect, each checking at once (before the other's move has arrived): nothing lost yet.
    edits.forEach((e, i) => (told[i]! += e.lost(peers[i]!.doc.board).length));
    expect(told).toEqual([0, 0]);
    settle(peers);
    expect(told.sort()).toEqual([0, 1]);
  });
});
