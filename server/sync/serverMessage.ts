import * as Y from 'yjs';
import type { ServerMessage } from '../../src/collab/protocol';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * The 'stored' message for a store that wrote at least `snapshotOf` (the document as the
 * store read it) and holds `merged` in all (its state vector may be ahead of the document's,
 * with what another instance stored).
 */
export function storedMessage(snapshotOf: Y.Snapshot, merged: Uint8Array): ServerMessage {
  return { type: 'stored', stateVector: base64(Y.encodeStateVectorFromUpdate(merged)), snapshot: base64(Y.encodeSnapshot(snapshotOf)) };
}

/** The 'stored' message for a document just loaded from the store: it holds exactly that. */
export function loadedMessage(document: Y.Doc): ServerMessage {
  return { type: 'stored', stateVector: base64(Y.encodeStateVector(document)), snapshot: base64(Y.encodeSnapshot(Y.snapshot(document))) };
}

export const messageText = (message: ServerMessage): string => JSON.stringify(message);
