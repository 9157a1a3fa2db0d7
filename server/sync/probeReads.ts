import * as Y from 'yjs';
import type { Board } from '../../src/model/types';
import { boardTypes, schemaKey, writeBoard } from '../../src/collab/boardYDoc';
import { probeBoard } from '../../src/collab/probeBoard';
import { readBoard } from '../../src/collab/readBoard';
import { readItems } from '../../src/collab/readItems';

// Each part is read `strict`, as a write: the server refuses what the app never writes.

/** A document with an empty valid board of schema `version`, for reading one part alone through `readBoard` and `readItems`. */
function probe(version: number): Y.Doc {
  const doc = new Y.Doc();
  writeBoard(doc, probeBoard as unknown as Board);
  boardTypes(doc).meta.set(schemaKey, version);
  return doc;
}

/** A zone read alone, by `readBoard`, as the only zone of an empty board (so no board-wide limit applies). */
export function zoneErrors(id: string, zone: unknown, version: number): readonly string[] {
  const doc = probe(version);
  boardTypes(doc).zones.set(id, zone instanceof Y.AbstractType ? zone.clone() : zone);
  const read = readBoard(doc, undefined, 'strict');
  doc.destroy();
  return read.ok ? read.leftOut.flatMap((entry) => entry.errors) : read.errors;
}

/** An item's fields (as plain values) read alone, by `readItems`. */
export function itemErrors(id: string, fields: ReadonlyMap<string, unknown>, version: number): readonly string[] {
  const doc = probe(version);
  const { items } = boardTypes(doc);
  items.set(id, new Y.Map([...fields]));
  const read = readItems(items, [id], version, 'strict').get(id)!;
  doc.destroy();
  return 'errors' in read ? read.errors : [];
}

/** The board-wide fields (a `meta` map's entries, as plain values) read by `readBoard` with no items or zones. */
export function boardErrors(meta: ReadonlyMap<string, unknown>): readonly string[] {
  const doc = new Y.Doc();
  const target = boardTypes(doc).meta;
  doc.transact(() => meta.forEach((value, key) => target.set(key, value)));
  const read = readBoard(doc, undefined, 'strict');
  doc.destroy();
  return read.ok ? [] : read.errors;
}
