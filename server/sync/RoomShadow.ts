import * as Y from 'yjs';
import type { Board } from '../../src/model/types';
import { boardTypes, schemaKey, writeBoard, type BoardTypes } from '../../src/collab/boardYDoc';
import { probeBoard } from '../../src/collab/probeBoard';
import { readBoard } from '../../src/collab/readBoard';
import { readItems } from '../../src/collab/readItems';

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reasons: readonly string[] };

/** At most this many reasons go back to the sender. */
const maxReasons = 20;
const checking = Symbol('checking');

/**
 * A copy of a room's document that an editor's update is tried on first. An update is
 * refused when it leaves pending structs or deletes (it depends on changes the room does
 * not have), when the board no longer reads (a board-wide field the rule book refuses), or
 * when an item or zone it touched no longer reads and did before. Only what the update
 * touched is read again: the whole board only when its board-wide fields changed.
 * Board-wide limits (item count) are not refused: `readBoard` enforces them on read.
 */
export class RoomShadow {
  private doc!: Y.Doc;
  private types!: BoardTypes;
  private last: Y.Transaction | null = null;
  /** Ids the rule book refused before (written by an older app, say): a later touch that leaves them bad is not refused. */
  private bad: { items: Set<string>; zones: Set<string>; boardReads: boolean } | null = null;
  /** Bumped on every rebuild: an update checked before a rebuild is not in the rebuilt copy. */
  private generation = 0;

  constructor(private readonly real: Y.Doc) {
    this.rebuild();
  }

  /** Checks an editor's update; an accepted one stays applied. Returns the generation it was checked in with the verdict. */
  check(update: Uint8Array): Verdict & { readonly generation: number } {
    const verdict = this.tryUpdate(update);
    if (!verdict.ok) this.rebuild();
    return { ...verdict, generation: this.generation };
  }

  /** An update the real document applied: applied here too unless it is one `check` accepted in this generation. */
  follow(update: Uint8Array, checkedIn: number | undefined): void {
    if (checkedIn === this.generation) return;
    Y.applyUpdate(this.doc, update);
  }

  destroy(): void {
    this.doc.destroy();
  }

  private rebuild(): void {
    this.doc?.destroy();
    this.doc = new Y.Doc();
    this.types = boardTypes(this.doc);
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === checking) this.last = transaction;
    });
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(this.real));
    this.generation++;
  }

  private tryUpdate(update: Uint8Array): Verdict {
    const bad = (this.bad ??= this.readBad());
    const { pendingStructs, pendingDs } = this.doc.store;
    this.last = null;
    try {
      Y.applyUpdate(this.doc, update, checking);
    } catch {
      return refuse(['The change could not be read (a malformed update).']);
    }
    const store = this.doc.store;
    if ((store.pendingStructs && store.pendingStructs !== pendingStructs) || (store.pendingDs && store.pendingDs !== pendingDs)) {
      return refuse(['The change depends on changes the server does not have.']);
    }
    if (!this.last) return { ok: true };
    const touched = touchedBy(this.last, this.types);
    const reasons: string[] = [];
    if (touched.meta || !bad.boardReads) {
      const read = readBoard(this.doc);
      if (!read.ok) return refuse(read.errors);
    }
    const version = this.types.meta.get(schemaKey) as number;
    const items = [...touched.items].filter((id) => this.types.items.has(id));
    const itemReads = readItems(this.types.items, items, version);
    const zoneReads = [...touched.zones].filter((id) => this.types.zones.has(id)).map((id) => ({ id, errors: zoneErrors(id, this.types.zones.get(id), version) }));
    for (const [id, read] of itemReads) if ('errors' in read && !bad.items.has(id)) reasons.push(`${id}: ${read.errors.join('; ')}`);
    for (const { id, errors } of zoneReads) if (errors.length > 0 && !bad.zones.has(id)) reasons.push(`${id}: ${errors.join('; ')}`);
    if (reasons.length > 0) return refuse(reasons);
    for (const id of touched.items) if (!itemReads.has(id)) bad.items.delete(id);
    for (const [id, read] of itemReads) if ('errors' in read) bad.items.add(id);
    else bad.items.delete(id);
    for (const id of touched.zones) bad.zones.delete(id);
    for (const { id, errors } of zoneReads) if (errors.length > 0) bad.zones.add(id);
    bad.boardReads = true;
    return { ok: true };
  }

  /** What the rule book refuses in the room as it is: read once, on the first check. */
  private readBad() {
    const read = readBoard(this.doc);
    if (!read.ok) return { items: new Set<string>(), zones: new Set<string>(), boardReads: false };
    const version = this.types.meta.get(schemaKey) as number;
    const items = new Set<string>();
    for (const [id, itemRead] of readItems(this.types.items, [...this.types.items.keys()], version)) if ('errors' in itemRead) items.add(id);
    const zones = new Set<string>();
    for (const [id, zone] of this.types.zones.entries()) if (zoneErrors(id, zone, version).length > 0) zones.add(id);
    return { items, zones, boardReads: true };
  }
}

function refuse(reasons: readonly string[]): Verdict {
  return { ok: false, reasons: reasons.slice(0, maxReasons) };
}

/** The items and zones a transaction touched (by id), and whether it touched board-wide fields. */
function touchedBy(transaction: Y.Transaction, types: BoardTypes): { items: Set<string>; zones: Set<string>; meta: boolean } {
  const items = new Set<string>();
  const zones = new Set<string>();
  let meta = false;
  for (const [type, keys] of transaction.changed) {
    let node = type;
    let key: string | null = null;
    while (node._item !== null) {
      key = node._item.parentSub;
      node = node._item.parent as typeof node;
    }
    const ids = node === type ? [...keys].filter((k): k is string => k !== null) : key === null ? [] : [key];
    const root: unknown = node;
    if (root === types.items) ids.forEach((id) => items.add(id));
    else if (root === types.zones) ids.forEach((id) => zones.add(id));
    else if (root === types.meta) meta = true;
  }
  return { items, zones, meta };
}

/** A zone read alone, by `readBoard`, as the only zone of an empty board of the room's version. */
function zoneErrors(id: string, zone: unknown, version: number): readonly string[] {
  const probe = new Y.Doc();
  writeBoard(probe, probeBoard as unknown as Board);
  const { meta, zones } = boardTypes(probe);
  meta.set(schemaKey, version);
  zones.set(id, zone instanceof Y.AbstractType ? zone.clone() : zone);
  const read = readBoard(probe);
  probe.destroy();
  return read.ok ? read.leftOut.flatMap((entry) => entry.errors) : read.errors;
}
