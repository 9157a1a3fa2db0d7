import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCrossings, crossedEdits, fingerprint, fitNotes, notesBytes, readCrossedNotes, readOfflineNotes, type PeerNotes } from './crossedEdits';
import { offlineEdits, offlineNotes } from './offlineEdits';
import { testBoard } from '../../model/testBoard';
import { mapPoint } from '../../model/mapPoint';
import { createNetwork, settle, type Peer } from '../testNetwork';
import type { Crossing } from '../../store/liveState';
import type { Board } from '../../model/types';

/** A peer with what bootShared keeps for it: its offline edits, its crossings, what it was told. */
function person(peer: Peer, name: string) {
  const offline = offlineEdits();
  const crossed = crossedEdits(peer.ydoc.clientID);
  let told: Crossing[] = [];
  let notes: PeerNotes = { clientId: peer.ydoc.clientID, name, offline: [], crossed: [] };
  peer.doc.subscribe((_board, source, changes) => {
    if (source === 'local') crossed.local(changes);
    else crossed.remote(changes);
    if (source === 'local' && !peer.online) offline.changed(changes);
  });
  const current = (id: string, field: string) => peer.doc.board.items.find((item) => item.id === id)?.[field as 'position'];
  return {
    peer,
    get told() {
      return told;
    },
    get notes() {
      return notes;
    },
    /** Back and caught up: announce what I changed offline, and say what did not stand. */
    back() {
      const edits = offline.all();
      crossed.announce(edits);
      notes = { ...notes, offline: offlineNotes(edits) };
      told = addCrossings(told, offline.lost(peer.doc.board).map((edit) => ({ ...edit, by: null, stands: 'theirs', offline: true })));
    },
    /** Both buttons answer what is shown. */
    answer() {
      told = [];
    },
    /** Others' presence read. */
    hear(others: readonly PeerNotes[]) {
      const { tell, notes: back } = crossed.check(others, current);
      told = addCrossings(told, tell);
      notes = { ...notes, crossed: back };
    },
  };
}

const itemOf = (board: Board) => board.items[0]!;

/** Ana stays online, Ben goes offline; both move the first item; Ben comes back; presence goes round twice. */
function cross(anaTo: [number, number], benTo: [number, number]) {
  const board = testBoard();
  const id = itemOf(board).id;
  const peers = createNetwork(board, 2);
  const [ana, ben] = [person(peers[0]!, 'Ana'), person(peers[1]!, 'Ben')];
  ben.peer.online = false;
  ben.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(...benTo) });
  ana.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(...anaTo) });
  settle(peers);
  ben.back();
  for (let round = 0; round < 2; round++) {
    ana.hear([ben.notes]);
    ben.hear([ana.notes]);
  }
  return { ana, ben, final: itemOf(ana.peer.doc.board).position };
}

describe('crossedEdits', () => {
  it('tells both people, whichever change stands, in words that agree with the board', () => {
    fc.assert(
      fc.property(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), (a, b) => {
        fc.pre(Math.abs(a[0] - b[0]) > 1e-6);
        const { ana, ben, final } = cross(a, b);
        expect(itemOf(ben.peer.doc.board).position).toEqual(final);
        expect(ana.told).toHaveLength(1);
        expect(ben.told).toHaveLength(1);
        const [toAna, toBen] = [ana.told[0]!, ben.told[0]!];
        expect(toAna).toMatchObject({ by: 'Ben', offline: false });
        expect(toBen).toMatchObject({ by: 'Ana', offline: true });
        const anaStands = JSON.stringify(final) === JSON.stringify(mapPoint(...a));
        expect(toAna.stands).toBe(anaStands ? 'mine' : 'theirs');
        expect(toBen.stands).toBe(anaStands ? 'theirs' : 'mine');
        // Each holds the other's value: "Keep theirs" / "Use mine" can put either back.
        expect(toAna.mine).toEqual(mapPoint(...a));
        expect(toAna.theirs).toEqual(mapPoint(...b));
        expect(toBen.mine).toEqual(mapPoint(...b));
        expect(toBen.theirs).toEqual(mapPoint(...a));
      }),
      { numRuns: 60 },
    );
  });

  it('says nothing when the one offline had seen the other’s change, or when the later change was made online', () => {
    const board = testBoard();
    const id = itemOf(board).id;
    const peers = createNetwork(board, 3);
    const [ana, ben, chi] = [person(peers[0]!, 'Ana'), person(peers[1]!, 'Ben'), person(peers[2]!, 'Chi')];
    ana.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(0.2, 0.2) });
    settle(peers);
    // Ben saw Ana's move, then changed it offline: a later change, not a crossing.
    ben.peer.online = false;
    ben.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(0.7, 0.7) });
    settle(peers);
    ben.back();
    // Chi, online, moves it after everyone: nobody is told anything.
    chi.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(0.4, 0.9) });
    settle(peers);
    for (const who of [ana, ben, chi]) who.hear([ana.notes, ben.notes, chi.notes]);
    for (const who of [ana, ben, chi]) expect(who.told).toEqual([]);
  });

  it('tells the first back too, when the other’s offline move comes later and wins', () => {
    const board = testBoard();
    const id = itemOf(board).id;
    for (let run = 0; run < 20; run++) {
      const peers = createNetwork(board, 2);
      const [ana, ben] = [person(peers[0]!, 'Ana'), person(peers[1]!, 'Ben')];
      peers.forEach((peer) => (peer.online = false));
      ana.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(0.11, 0.22) });
      ben.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(0.77, 0.88) });
      // Ana is back first: nothing of hers was lost then.
      ana.peer.online = true;
      ana.back();
      expect(ana.told).toEqual([]);
      settle(peers);
      ben.back();
      for (let round = 0; round < 2; round++) {
        ana.hear([ben.notes]);
        ben.hear([ana.notes]);
      }
      const final = itemOf(ana.peer.doc.board).position;
      const anaStands = final!.x === 0.11;
      expect(ana.told).toMatchObject([{ by: 'Ben', stands: anaStands ? 'mine' : 'theirs' }]);
      expect(ben.told).toMatchObject([{ by: 'Ana', stands: anaStands ? 'theirs' : 'mine' }]);
    }
  });

  it('tells nobody who had been moved past: a change someone saw and changed again, then one made offline on top of that', () => {
    const board = testBoard();
    const id = itemOf(board).id;
    const peers = createNetwork(board, 3);
    const [chi, dan, ana] = [person(peers[0]!, 'Chi'), person(peers[1]!, 'Dan'), person(peers[2]!, 'Ana')];
    chi.peer.doc.execute({ type: 'updateItem', id, changes: { label: 'c' } });
    settle(peers);
    dan.peer.doc.execute({ type: 'updateItem', id, changes: { label: 'd' } });
    settle(peers);
    ana.peer.online = false;
    ana.peer.doc.execute({ type: 'updateItem', id, changes: { label: 'a' } });
    settle(peers);
    ana.back();
    for (const who of [chi, dan, ana]) who.hear([chi.notes, dan.notes, ana.notes]);
    for (const who of [chi, dan, ana]) expect(who.told).toEqual([]);
  });

  it('tells a second crossing of the same field, after another time offline', () => {
    const board = testBoard();
    const id = itemOf(board).id;
    const peers = createNetwork(board, 2);
    const [ana, ben] = [person(peers[0]!, 'Ana'), person(peers[1]!, 'Ben')];
    for (const [a, b] of [[0.1, 0.9], [0.3, 0.6]] as const) {
      ben.peer.online = false;
      ben.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(b, b) });
      ana.peer.doc.execute({ type: 'moveItem', id, position: mapPoint(a, a) });
      settle(peers);
      ben.back();
      for (let round = 0; round < 2; round++) {
        ana.hear([ben.notes]);
        ben.hear([ana.notes]);
      }
      expect(ana.told.map((crossing) => crossing.mine)).toEqual([mapPoint(a, a)]);
      expect(ben.told.map((crossing) => crossing.mine)).toEqual([mapPoint(b, b)]);
      for (const who of [ana, ben]) who.answer();
    }
  });

  it('ignores notes that name someone else or a field I never changed offline', () => {
    const { ana, ben } = cross([0.1, 0.1], [0.9, 0.9]);
    const forged: PeerNotes = { clientId: 999, name: 'Mallory', offline: [{ id: 'item:x', field: 'label', base: 'x', mine: 'y', value: 'pwned' }], crossed: [{ with: 12345, id: itemOf(ana.peer.doc.board).id, field: 'position', stands: 'mine' }] };
    const before = [ana.told, ben.told];
    ana.hear([forged]);
    ben.hear([forged]);
    expect([ana.told, ben.told]).toEqual(before);
  });

  it('reads only well-formed notes and keeps them small', () => {
    expect(readOfflineNotes([{ id: 'a', field: 'position', base: 'b', mine: 'c', value: { x: 1 } }, { id: 5 }, null, 'x'])).toEqual([{ id: 'a', field: 'position', base: 'b', mine: 'c', value: { x: 1 } }]);
    expect(readOfflineNotes([{ id: 'a', field: 'notes', base: 'b', mine: 'c', value: 'x'.repeat(500) }])).toEqual([{ id: 'a', field: 'notes', base: 'b', mine: 'c' }]);
    expect(readCrossedNotes([{ with: 1.5, id: 'a', field: 'f', stands: 'mine' }, { with: 2, id: 'a', field: 'f', stands: 'nobody' }, { with: 3, id: 'a', field: 'f', stands: 'theirs' }])).toEqual([{ with: 3, id: 'a', field: 'f', stands: 'theirs' }]);
    expect(readOfflineNotes('nope')).toEqual([]);
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `item:${i}`.padEnd(60, 'x'), field: 'position', base: 'abc', mine: 'def' }));
    expect(new TextEncoder().encode(JSON.stringify(fitNotes(many))).length).toBeLessThanOrEqual(notesBytes);
  });

  it('fingerprints equal values alike, whatever their keys’ order', () => {
    expect(fingerprint({ x: 0.5, y: 0.25 })).toBe(fingerprint({ y: 0.25, x: 0.5 }));
    expect(fingerprint({ x: 0.5, y: 0.25 })).not.toBe(fingerprint({ x: 0.25, y: 0.5 }));
    expect(fingerprint(null)).not.toBe(fingerprint(undefined));
  });

  it('merges a second word about the same crossing into the first', () => {
    const lost: Crossing = { id: 'a', field: 'position', mine: 1, held: 2, by: null, stands: 'theirs', offline: true };
    expect(addCrossings([lost], [{ ...lost, by: 'Ana', theirs: 2 }])).toEqual([{ ...lost, by: 'Ana', theirs: 2 }]);
  });
});
