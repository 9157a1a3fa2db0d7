import * as Y from 'yjs';

type AnyType = Y.AbstractType<any>;

/**
 * The one place the app reads Yjs's internals for the board (Yjs 13 has no public API for
 * these): where a nested type hangs (its parent and key), and a map's entries as structs
 * (with the client that wrote each and whether it is deleted). `yjsParts.test.ts` fails if an
 * upgrade changes what is relied on.
 */

/** The type a nested type hangs in, and under which key (null for a root, or an array element). */
export function parentOf(type: AnyType): { readonly parent: AnyType; readonly key: string | null } | null {
  const item = type._item;
  return item === null ? null : { parent: item.parent as AnyType, key: item.parentSub };
}

/** The root type a type lives under, and the key under that root it lives at (the item id, for an item's field map). */
export function rootOf(type: AnyType): { readonly root: AnyType; readonly key: string | null } {
  let node = type;
  let key: string | null = null;
  for (let up = parentOf(node); up !== null; up = parentOf(node)) {
    key = up.key;
    node = up.parent;
  }
  return { root: node, key };
}

/** A map's entries as Yjs keeps them: one struct per key (the last written), deleted or not. */
export function mapStructs(map: Y.Map<unknown>): IterableIterator<Y.Item> {
  return map._map.values();
}

export const structCount = (map: Y.Map<unknown>): number => map._map.size;
