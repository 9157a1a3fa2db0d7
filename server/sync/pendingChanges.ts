import * as Y from 'yjs';

/**
 * The one place that reads Yjs's private pending state (`doc.store.pendingStructs`, structs
 * whose dependencies the document lacks, and `doc.store.pendingDs`, deletes of structs it
 * lacks). Yjs keeps both in every later update's way (each applied update decodes the pending
 * delete set again) and writes both into `encodeStateAsUpdate`, so whoever loads or joins the
 * room gets them too. `pendingChanges.test.ts` fails when a Yjs upgrade changes their shape.
 */
interface PendingStore {
  pendingStructs: { missing: Map<number, number>; update: Uint8Array } | null;
  pendingDs: Uint8Array | null;
}

const storeOf = (doc: Y.Doc) => doc.store as unknown as PendingStore;

/** Bytes (Yjs's V2 encoding) a document holds that it cannot integrate yet. */
export function pendingBytes(doc: Y.Doc): number {
  const store = storeOf(doc);
  return (store.pendingStructs?.update.length ?? 0) + (store.pendingDs?.length ?? 0);
}

/** The pending structs alone (V2), to read what they will write (`heldWrites`). */
export function pendingStructs(doc: Y.Doc): Uint8Array | null {
  return storeOf(doc).pendingStructs?.update ?? null;
}

/**
 * Takes what a document cannot integrate yet out of it, as one V2 update (null when there is
 * none): the document then neither stores, sends nor re-reads it. Applying the update again
 * (`Y.applyUpdateV2`) puts back what still cannot be integrated.
 */
export function takePending(doc: Y.Doc): Uint8Array | null {
  const store = storeOf(doc);
  const parts = [store.pendingStructs?.update, store.pendingDs].filter((part): part is Uint8Array => part instanceof Uint8Array);
  store.pendingStructs = null;
  store.pendingDs = null;
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : Y.mergeUpdatesV2(parts);
}
