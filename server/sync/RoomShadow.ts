import * as Y from 'yjs';
import { boardTypes, schemaKey, type BoardTypes } from '../../src/collab/boardYDoc';
import { limits } from '../../src/collab/protocol';
import { limits as rules } from '../../src/model/rules';
import { readBoard } from '../../src/collab/readBoard';
import { readOneRecord } from '../../src/schema/recordTypes';
import { recordCollections, serverCollections, type RecordCollection } from '../../src/model/records';
import { recordTypes } from '../../src/schema/recordTypes';
import { readItems } from '../../src/collab/readItems';
import { heldWrites, type HeldWrites } from './heldWrites';
import { pendingBytes } from './pendingChanges';
import { boardErrors, itemErrors, zoneErrors } from './probeReads';
import { refusal, type Actor } from '../../src/model/rights';
import { rootOf } from '../../src/collab/yjsParts';

/** The board's lock, as the Y.Doc's meta holds it (`metaLeaves`). */
const lockKey = 'locked';

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reasons: readonly string[] };

/** At most this many reasons go back to the sender. */
const maxReasons = 20;
const checking = Symbol('checking');

/** Ids the rule book refused before the update (written by an older app, say). */
interface Known {
  /** Each item's and zone's problems, read alone: an update may leave them, never add to them. */
  readonly items: Map<string, ReadonlySet<string>>;
  readonly zones: Map<string, ReadonlySet<string>>;
  /** False while the board-wide fields do not read (then every update reads them). */
  boardReads: boolean;
  /** Why they did not read before the first update: a refusal names something new. */
  readonly boardErrors: ReadonlySet<string>;
}

/**
 * A copy of a room's document that an editor's update is tried on first. An update is
 * refused when it does not decode, when the board no longer reads (a board-wide field the
 * rule book refuses), or when an item or zone it touched no longer reads and did before.
 * Only what the update touched is read again; the whole board only when its board-wide
 * fields changed. Everything is read `strict`, as a write: fields and keys no P/A Map writes,
 * text over an edit's limit, order entries that name no item and an update that takes the
 * board past its item limit are refused, so what the reader would refuse is never stored.
 *
 * Structs that depend on changes the room lacks (pending) are held, as Yjs holds them, not
 * refused: on reconnecting, a provider sends each new edit at once, before its sync step 2
 * brings the offline edits the new one follows. They are checked when they join, with the
 * update that lets them in; until then, what they will write counts (see `heldWrites`).
 * More than `limits.messageBytes` waiting in all, or more than the sender may hold, is refused.
 * The room's own document never holds them (`RoomPending`).
 */
export class RoomShadow {
  private doc!: Y.Doc;
  private types!: BoardTypes;
  private last: Y.Transaction | null = null;
  /** What the update being checked put into the item order that is not an item id. */
  private badOrder: string | null = null;
  /** Ids the update being checked put into the item order: each must name an item. */
  private ordered: string[] = [];
  private known: Known | null = null;
  /** Bumped on every rebuild: an update checked before a rebuild is not in the rebuilt copy. */
  private generation = 0;

  constructor(private readonly real: Y.Doc) {
    this.rebuild();
  }

  /**
   * Checks an editor's update; an accepted one stays applied. Returns the generation it was
   * checked in with the verdict. `mayHold`: bytes the sender may still add to what depends on
   * changes the server has not seen yet (held) — none after the sender's catch-up (sync step 2)
   * arrived; an update that holds more is refused.
   */
  check(update: Uint8Array, mayHold = limits.messageBytes, actor: Actor = 'facilitator'): Verdict & { readonly generation: number } {
    const verdict = this.tryUpdate(update, mayHold, actor);
    if (!verdict.ok) this.rebuild();
    return { ...verdict, generation: this.generation };
  }

  /** An update the real document applied: applied here too unless it is one `check` accepted in this generation. */
  follow(update: Uint8Array, checkedIn: number | undefined): void {
    if (checkedIn === this.generation) return;
    Y.applyUpdate(this.doc, update);
  }

  /** Forgets what waits (a sender's held changes dropped): it would slow every check and could join unchecked. */
  dropWaiting(): void {
    if (pendingBytes(this.doc) > 0) this.rebuild();
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
    this.types.order.observe((event, transaction) => {
      if (transaction.origin !== checking) return;
      for (const change of event.changes.delta) {
        for (const value of (change.insert as unknown[] | undefined) ?? []) {
          if (typeof value !== 'string' || value.length > rules.id) this.badOrder ??= 'order: an entry that is not an item id';
          else if (this.ordered.length <= rules.items) this.ordered.push(value);
          else this.badOrder ??= `order: more than ${rules.items} entries at once`;
        }
      }
    });
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(this.real));
    this.generation++;
  }

  private tryUpdate(update: Uint8Array, mayHold: number, actor: Actor): Verdict {
    const known = (this.known ??= this.readKnown());
    const waitingBefore = pendingBytes(this.doc);
    this.last = null;
    this.badOrder = null;
    this.ordered = [];
    const rootsBefore = this.doc.share.size;
    const itemsBefore = this.types.items.size;
    try {
      Y.applyUpdate(this.doc, update, checking);
    } catch {
      return refuse(['The change could not be read (a malformed update).']);
    }
    const waitingAfter = pendingBytes(this.doc);
    if (waitingAfter > waitingBefore && mayHold <= 0) return refuse(['The change depends on changes the server does not have.']);
    if (waitingAfter - waitingBefore > mayHold) return refuse(['The change holds too much that depends on changes the server does not have.']);
    if (waitingAfter > waitingBefore && waitingAfter > limits.messageBytes) return refuse(['Too many changes wait for changes the server does not have.']);
    // Nothing outside the board's four parts, and only ids in its order: what no reader checks is never stored.
    if (this.doc.share.size > rootsBefore) return refuse(['A change outside the board (a part no P/A Map reads).']);
    if (this.badOrder) return refuse([this.badOrder]);
    if (!this.last) return { ok: true };
    const touched = touchedBy(this.last, this.types);
    let held: HeldWrites | null = null;
    const heldNow = () => (held ??= heldWrites(this.doc, this.types));
    // Two valid imports at once can pass the limit (the reader then leaves the last out); one update that adds past it is refused.
    const itemsAfter = touched.items.size > 0 ? this.types.items.size : itemsBefore;
    if (itemsAfter > rules.items && itemsAfter > itemsBefore) return refuse([`A board holds at most ${rules.items} items (this change makes ${itemsAfter}).`]);
    // An order entry names an item; a ghost (an id that is no item) is never read, so it is never stored.
    const ghost = this.ordered.find((id) => !this.types.items.has(id));
    if (ghost !== undefined) return refuse([`order: "${ghost.slice(0, 40)}" is not an item`]);
    if (this.types.order.length > 2 * rules.items && this.ordered.length > 0) return refuse([`order: more than ${2 * rules.items} entries`]);

    let boardReads = known.boardReads;
    if (touched.meta || !boardReads) {
      const read = readBoard(this.doc, undefined, 'strict');
      boardReads = read.ok;
      if (!read.ok) {
        const { meta } = heldNow();
        const errors = meta.size > 0 ? boardErrors(new Map([...Object.entries(this.types.meta.toJSON()), ...meta])) : read.errors;
        const news = errors.filter((error) => !known.boardErrors.has(error));
        if (news.length > 0) return refuse(news);
      }
    }
    const version = this.types.meta.get(schemaKey) as number;
    const reasons: string[] = [];
    const itemReads = readItems(this.types.items, [...touched.items].filter((id) => this.types.items.has(id)), version, 'strict');
    const badItems = new Set<string>();
    for (const [id, read] of itemReads) {
      if (!('errors' in read)) continue;
      badItems.add(id);
      const waitingFields = heldNow().items.get(id);
      const fields = this.types.items.get(id);
      const before = known.items.get(id);
      const errors =
        (waitingFields || before) && fields instanceof Y.Map ? itemErrors(id, new Map([...Object.entries(fields.toJSON()), ...(waitingFields ?? [])]), version) : read.errors;
      // An item stored bad (a long label from before the limit) may be edited; what an update adds to it is refused.
      const added = before ? errors.filter((error) => !before.has(error)) : errors;
      if (added.length > 0) reasons.push(`${id}: ${added.join('; ')}`);
      else if (errors.length === 0) badItems.delete(id);
    }
    const badZones = new Set<string>();
    for (const id of touched.zones) {
      if (!this.types.zones.has(id)) continue;
      const errors = zoneErrors(id, this.types.zones.get(id), version);
      if (errors.length === 0) continue;
      badZones.add(id);
      const before = known.zones.get(id);
      const added = before ? errors.filter((error) => !before.has(error)) : errors;
      if (added.length > 0) reasons.push(`${id}: ${added.join('; ')}`);
    }
    // Records are checked as themselves, by their type's one validator; a board holds at most so many of each.
    for (const collection of recordCollections) {
      const map = this.types.records[collection];
      const ids = touched.records[collection];
      if (ids.size > 0 && serverCollections.includes(collection)) {
        reasons.push(`${collection}: written by the server only (a facilitator asks it to start or close one).`);
        continue;
      }
      for (const id of ids) {
        if (!map.has(id)) continue;
        const read = readOneRecord(collection, id, map.get(id), 'strict');
        if ('errors' in read) reasons.push(...read.errors);
      }
      const { limit } = recordTypes[collection];
      if (ids.size > 0 && map.size > limit) reasons.push(`A board holds at most ${limit} of ${collection}.`);
    }
    if (reasons.length > 0) return refuse(reasons);
    const notAllowed = this.rightsProblem(actor, touched);
    if (notAllowed) return refuse([notAllowed]);

    // Accepted. What reads badly now and was bad before stays known as bad; what reads again is forgotten.
    for (const id of touched.items) if (!badItems.has(id)) known.items.delete(id);
    for (const id of touched.zones) if (!badZones.has(id)) known.zones.delete(id);
    known.boardReads = boardReads;
    return { ok: true };
  }

  /**
   * Why `actor` may not make the change just applied here (`model/rights`), judged against the
   * room's locks before it (the room's own document, which has not taken it yet); null when it may.
   */
  private rightsProblem(actor: Actor, touched: Touched): string | null {
    if (actor === 'facilitator' || (touched.items.size === 0 && touched.zones.size === 0 && Object.values(touched.records).every((ids) => ids.size === 0) && !touched.meta)) return null;
    const before = boardTypes(this.real);
    const lockedIn = (items: Y.Map<unknown>, id: string) => {
      const fields = items.get(id);
      return fields instanceof Y.Map && fields.get('locked') === true;
    };
    const boardLockChanged = touched.meta && (this.types.meta.get(lockKey) === true) !== (before.meta.get(lockKey) === true);
    const itemLockChanged = [...touched.items].some((id) => lockedIn(this.types.items, id) !== lockedIn(before.items, id));
    const locks = { board: before.meta.get(lockKey) === true, isLocked: (id: string) => lockedIn(before.items, id) };
    const label = (id: string) => {
      const fields = before.items.get(id);
      const text = fields instanceof Y.Map ? fields.get('label') : undefined;
      return typeof text === 'string' ? text : id;
    };
    return refusal(actor, locks, { items: touched.items, locks: boardLockChanged || itemLockChanged }, label);
  }

  /**
   * What the rule book refuses, read as a write, in the room as it is: read once, on the first
   * check. A room stored before a limit (a long old label) may still be edited; what it
   * already holds is not refused again, only what an update makes new.
   */
  private readKnown(): Known {
    const read = readBoard(this.doc, undefined, 'strict');
    const boardErrors = new Set(read.ok ? [] : read.errors);
    const version = this.types.meta.get(schemaKey);
    const items = new Map<string, ReadonlySet<string>>();
    const zones = new Map<string, ReadonlySet<string>>();
    if (typeof version !== 'number') return { items, zones, boardReads: false, boardErrors };
    for (const [id, itemRead] of readItems(this.types.items, [...this.types.items.keys()], version, 'strict')) {
      if (!('errors' in itemRead)) continue;
      // Read again alone, as a check reads it: the bulk read names each item by its place in the list.
      const fields = this.types.items.get(id);
      items.set(id, new Set(fields instanceof Y.Map ? itemErrors(id, new Map(Object.entries(fields.toJSON())), version) : itemRead.errors));
    }
    for (const [id, zone] of this.types.zones.entries()) {
      const errors = zoneErrors(id, zone, version);
      if (errors.length > 0) zones.set(id, new Set(errors));
    }
    return { items, zones, boardReads: read.ok, boardErrors };
  }
}

function refuse(reasons: readonly string[]): Verdict {
  return { ok: false, reasons: reasons.slice(0, maxReasons) };
}

/** The items and zones a transaction touched (by id), and whether it touched board-wide fields. */
function touchedBy(transaction: Y.Transaction, types: BoardTypes): Touched {
  const items = new Set<string>();
  const zones = new Set<string>();
  const records = Object.fromEntries(recordCollections.map((collection) => [collection, new Set<string>()])) as Record<RecordCollection, Set<string>>;
  const collectionOf = new Map<unknown, RecordCollection>(recordCollections.map((collection) => [types.records[collection], collection]));
  let meta = false;
  for (const [type, keys] of transaction.changed) {
    const { root, key } = rootOf(type);
    const ids = root === type ? [...keys].filter((k): k is string => k !== null) : key === null ? [] : [key];
    if (root === types.items) ids.forEach((id) => items.add(id));
    else if (root === types.zones) ids.forEach((id) => zones.add(id));
    else if (collectionOf.has(root)) ids.forEach((id) => records[collectionOf.get(root)!].add(id));
    else if (root === types.meta) meta = true;
  }
  return { items, zones, records, meta };
}

/** What one update touched: items, zones and records by id, and whether board-wide fields. */
interface Touched {
  readonly items: Set<string>;
  readonly zones: Set<string>;
  readonly records: Readonly<Record<RecordCollection, Set<string>>>;
  readonly meta: boolean;
}
