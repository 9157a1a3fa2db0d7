import * as Y from 'yjs';

/**
 * What a store writes for a room: the live document's own state (garbage-collected, so a
 * row stays about the size of the document), after taking in what the row holds that the
 * document lacks (another instance sharing the store wrote it). Called inside the store's
 * transaction, so nothing another instance writes meanwhile is lost.
 */
export function documentState(document: Y.Doc, stored: Uint8Array | null): Uint8Array {
  // What the document already holds changes nothing (no update event); a delete only another instance saw is taken in too.
  if (stored && stored.length > 0) Y.applyUpdate(document, stored);
  return Y.encodeStateAsUpdate(document);
}
