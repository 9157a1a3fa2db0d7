import * as Y from 'yjs';

/**
 * The stored state with `update` merged in: every struct once (Y.mergeUpdates drops
 * duplicates), deletes from both. `stored` null: the update alone.
 */
export function mergeState(stored: Uint8Array | null, update: Uint8Array): Uint8Array {
  return stored && stored.length > 0 ? Y.mergeUpdates([stored, update]) : update;
}
