import * as Y from 'yjs';
import type { BoardTypes } from '../../src/collab/boardYDoc';
import { pendingStructs } from './pendingChanges';
import { parentOf } from '../../src/collab/yjsParts';

/** What held (pending) structs will write when they join: item fields by item id, and board-wide keys. */
export interface HeldWrites {
  readonly items: Map<string, Map<string, unknown>>;
  readonly meta: Map<string, unknown>;
}

/**
 * The writes waiting in a document's pending structs. An update whose structs must wait
 * still applies its deletes at once: a moved item loses its old position, a renamed board
 * its old title, before the new value can join. Knowing the waiting values, the shadow can
 * tell "incomplete until they join" from "broken". Values are read as the last write per
 * key in the pending update (good enough for an interim check: the update that lets them
 * in is checked again in full).
 */
export function heldWrites(doc: Y.Doc, types: BoardTypes): HeldWrites {
  const writes: HeldWrites = { items: new Map(), meta: new Map() };
  const pending = pendingStructs(doc);
  if (!pending) return writes;
  let structs: (Y.Item | Y.GC | Y.Skip)[];
  try {
    // Yjs keeps pending structs in its V2 encoding.
    structs = Y.decodeUpdateV2(pending).structs;
  } catch {
    return writes;
  }
  const held = new Map<string, Y.Item>();
  for (const struct of structs) if (struct instanceof Y.Item) held.set(key(struct.id), struct);

  /** A struct's parent and key: written on it when it has no neighbour, else its neighbour's (held or in the document). */
  const placeOf = (item: Y.Item, depth = 0): { parent: unknown; sub: string | null } | null => {
    if (item.parent !== null) return { parent: item.parent, sub: item.parentSub };
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour || depth > 1000) return null;
    const heldNeighbour = held.get(key(neighbour));
    if (heldNeighbour) return placeOf(heldNeighbour, depth + 1);
    const known = find(doc, neighbour);
    return known ? { parent: known.parent, sub: known.parentSub } : null;
  };

  for (const item of held.values()) {
    const place = placeOf(item);
    const values = item.content.getContent();
    if (!place || place.sub === null || values.length === 0) continue;
    const value: unknown = values.at(-1);
    if (value instanceof Y.AbstractType) continue;
    let parent = place.parent;
    if (parent instanceof Y.ID) {
      const holder = find(doc, parent);
      parent = holder?.content instanceof Y.ContentType ? holder.content.type : null;
    }
    if (parent === 'meta' || parent === types.meta) writes.meta.set(place.sub, value);
    else if (parent instanceof Y.AbstractType && parentOf(parent)?.parent === types.items && parentOf(parent)?.key != null) {
      const id = parentOf(parent)!.key!;
      if (!writes.items.has(id)) writes.items.set(id, new Map());
      writes.items.get(id)!.set(place.sub, value);
    }
  }
  return writes;
}

const key = (id: Y.ID) => `${id.client}:${id.clock}`;

function find(doc: Y.Doc, id: Y.ID): Y.Item | null {
  try {
    const struct = Y.getItem(doc.store, id);
    return struct instanceof Y.Item ? struct : null;
  } catch {
    return null;
  }
}
