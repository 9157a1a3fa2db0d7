import * as Y from 'yjs';
import type { Board } from '../model/types';
import { writeBoard } from './boardYDoc';
import { createSharedDocument, type SharedDocument } from './sharedDocument';

/**
 * Test support, after Yjs's tests/testHelper.js: peers on a simulated network. Every update
 * a peer makes waits in every other peer's inbox until `deliver` hands it over; a message
 * may be delivered twice; an offline peer neither sends nor receives, and keeps what waits.
 */

export interface Peer {
  readonly name: string;
  readonly ydoc: Y.Doc;
  readonly doc: SharedDocument;
  online: boolean;
  /** Updates from others, oldest first; delivered ones stay when `duplicate` says so. */
  readonly inbox: { from: Peer; update: Uint8Array }[];
  /** Undo and redo transactions that deleted a struct another client wrote. */
  readonly revertedOthers: string[];
}

/** The origin of delivered updates: remote for every peer. */
export const network = { name: 'network' };

export function createNetwork(board: Board, count: number): Peer[] {
  const first = new Y.Doc();
  writeBoard(first, board);
  const initial = Y.encodeStateAsUpdate(first);
  const peers: Peer[] = [];
  for (let i = 0; i < count; i++) {
    const ydoc = i === 0 ? first : new Y.Doc();
    if (i > 0) Y.applyUpdate(ydoc, initial, network);
    const origin = { name: `peer ${i}` };
    const peer: Peer = { name: origin.name, ydoc, doc: createSharedDocument(ydoc, { origin }), online: true, inbox: [], revertedOthers: [] };
    ydoc.on('update', (update: Uint8Array, from: unknown) => {
      if (from === network) return;
      for (const other of peers) if (other !== peer) other.inbox.push({ from: peer, update });
    });
    ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === network || transaction.origin === origin || !(transaction.origin instanceof Y.UndoManager)) return;
      Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
        if (struct.id.client !== ydoc.clientID) peer.revertedOthers.push(`${peer.name} deleted ${struct.id.client}:${struct.id.clock}`);
      });
    });
    peers.push(peer);
  }
  return peers;
}

/** Hands `to` the message at `index` of its inbox, if both ends are online; keeps it when `duplicate`. */
export function deliver(to: Peer, index: number, duplicate = false): void {
  const message = to.inbox[index];
  if (!message || !to.online || !message.from.online) return;
  if (!duplicate) to.inbox.splice(index, 1);
  Y.applyUpdate(to.ydoc, message.update, network);
}

/** Everyone back online, every waiting message delivered (in the order `pick` chooses). */
export function settle(peers: readonly Peer[], pick: (length: number) => number = () => 0): void {
  for (const peer of peers) peer.online = true;
  for (const peer of peers) while (peer.inbox.length > 0) deliver(peer, pick(peer.inbox.length) % peer.inbox.length);
}
