import * as Y from 'yjs';
import type { Board } from '../../src/model/types';
import { createItem } from '../../src/model/board';
import { mapPoint } from '../../src/model/mapPoint';
import { testBoard } from '../../src/model/testBoard';
import { boardTypes, writeBoard } from '../../src/collab/boardYDoc';

/** A Y.Doc holding `board` (the test board: two products and a persona, unless given). */
export function boardDoc(board: Board = testBoard()): Y.Doc {
  const doc = new Y.Doc();
  writeBoard(doc, board);
  return doc;
}

/** The test board with `count` more products, spread over the map. */
export function bigBoard(count: number): Board {
  const board = testBoard();
  const items = Array.from({ length: count }, (_, i) =>
    createItem('product', `Product ${i}`, mapPoint((i % 100) / 100, Math.floor(i / 100) / Math.ceil(count / 100)), { id: `item:p${i}` }),
  );
  return { ...board, items: [...board.items, ...items] };
}

/** An update `edit` makes on a copy of `base`: what a peer that wrote straight into its Y.Doc would send. */
export function updateOn(base: Y.Doc, edit: (types: ReturnType<typeof boardTypes>, doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(copy);
  copy.transact(() => edit(boardTypes(copy), copy));
  const update = Y.encodeStateAsUpdate(copy, before);
  copy.destroy();
  return update;
}

/** An item's fields as a Y.Map, valid unless overridden. */
export function itemFields(overrides: Record<string, unknown> = {}): Y.Map<unknown> {
  return new Y.Map<unknown>(
    Object.entries({ kind: 'product', label: 'New', position: { x: 0.5, y: 0.5 }, colour: '#112233', notes: '', tags: [], attractors: [], weight: 1, reach: null, ...overrides }),
  );
}

/** The labels of a document's items, sorted: what tests compare. */
export function labels(doc: Y.Doc): string[] {
  const { items } = boardTypes(doc);
  return [...items.values()].map((fields) => String((fields as Y.Map<unknown>).get('label'))).sort();
}
