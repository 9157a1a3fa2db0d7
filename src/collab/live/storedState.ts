import * as Y from 'yjs';

type DeleteSet = Y.Snapshot['ds'];

const fromBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** What the server's store holds, as its `stored` message says (base64 of `Y.encodeSnapshot`); null when it is not one. */
export function decodeStored(snapshot: string): Y.Snapshot | null {
  try {
    return Y.decodeSnapshot(fromBase64(snapshot));
  } catch {
    return null;
  }
}

/** True when `stored` holds everything `local` holds: every client's inserts up to its clock. */
export function holdsAll(stored: ReadonlyMap<number, number>, local: ReadonlyMap<number, number>): boolean {
  for (const [client, clock] of local) if ((stored.get(client) ?? 0) < clock) return false;
  return true;
}

/** True when every deleted range of `local` lies within the deleted ranges of `stored`. */
export function deletesHeld(stored: DeleteSet, local: DeleteSet): boolean {
  for (const [client, ranges] of local.clients) {
    const held = [...(stored.clients.get(client) ?? [])].sort((a, b) => a.clock - b.clock);
    for (const range of ranges) {
      let from = range.clock;
      const to = range.clock + range.len;
      for (const span of held) {
        if (span.clock > from) break;
        if (span.clock + span.len > from) from = span.clock + span.len;
        if (from >= to) break;
      }
      if (from < to) return false;
    }
  }
  return true;
}

/**
 * Whether the store holds all this document holds, deletes included ("Saved" on the server),
 * at the cost of what changed: the document's state vector (one clock per client) against the
 * store's, and the deletions made since the store last held them all (each transaction's delete
 * set, kept until a stored snapshot covers them) against the store's delete set. The whole
 * document is never walked. Start it before anything is applied to the document.
 */
export function watchStored(ydoc: Y.Doc): { holds(stored: Y.Snapshot): boolean; destroy(): void } {
  let unheld: DeleteSet[] = [];
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.deleteSet.clients.size === 0) return;
    unheld.push(transaction.deleteSet);
    // Offline, every overwrite adds one: merged as they come, so the list stays short.
    if (unheld.length >= 64) unheld = [Y.mergeDeleteSets(unheld)];
  };
  ydoc.on('afterTransaction', onTransaction);
  return {
    holds(stored) {
      // The state vectors first (a few numbers): after a local change they differ.
      if (!holdsAll(stored.sv, Y.decodeStateVector(Y.encodeStateVector(ydoc)))) return false;
      if (unheld.length > 1) unheld = [Y.mergeDeleteSets(unheld)];
      if (unheld.length > 0 && !deletesHeld(stored.ds, unheld[0]!)) return false;
      unheld = [];
      return true;
    },
    destroy: () => ydoc.off('afterTransaction', onTransaction),
  };
}
