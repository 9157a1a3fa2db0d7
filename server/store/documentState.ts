import { createHash } from 'node:crypto';
import * as Y from 'yjs';

/**
 * What a store writes for a room: the live document's own state (garbage-collected, so a
 * row stays about the size of the document), after taking in what the row holds that the
 * document lacks (another instance sharing the store wrote it). Called inside the store's
 * transaction, so nothing another instance writes meanwhile is lost. A row whose digest is
 * still `lastRow` (what this instance last read or wrote) holds nothing new and is not read:
 * reading a 5 MB row takes about 300 ms, its digest 3 ms.
 */
export function documentState(document: Y.Doc, stored: Uint8Array | null, lastRow?: string): Uint8Array {
  // What the document already holds changes nothing (no update event); a delete only another instance saw is taken in too.
  if (stored && stored.length > 0 && rowDigest(stored) !== lastRow) Y.applyUpdate(document, stored);
  return Y.encodeStateAsUpdate(document);
}

/** A row's SHA-256, hex: whether it is still the one last read or written. */
export function rowDigest(row: Uint8Array): string {
  return createHash('sha256').update(row).digest('hex');
}
