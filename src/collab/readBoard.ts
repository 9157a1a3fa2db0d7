import * as Y from 'yjs';
import type { Board, Item, PinnedZone } from '../model/types';
import { byCreation, recordCollections, type BoardRecord, type RecordCollection } from '../model/records';
import { readOneRecord, recordTypes } from '../schema/recordTypes';
import { limits } from '../model/rules';
import { sameValue } from '../model/changes';
import { currentVersion, formatName } from '../schema/format';
import { parseDocument } from '../schema/parseDocument';
import { readOneZone } from '../schema/readZone';
import type { Strictness } from '../schema/Validator';
import { boardTypes, schemaKey } from './boardYDoc';
import { probeBoard } from './probeBoard';
import { readItems } from './readItems';

/** Something a peer wrote that the reader left out, by id, with what was wrong. */
export interface LeftOut {
  readonly id: string;
  readonly what: 'item' | 'zone' | string;
  readonly errors: readonly string[];
}

export type SharedRead =
  | { readonly ok: true; readonly board: Board; readonly leftOut: readonly LeftOut[]; readonly version: number }
  /** `newer`: written by a newer P/A Map; this one must not write to it. */
  | { readonly ok: false; readonly errors: readonly string[]; readonly newer: boolean };

export const reloadMessage = 'This board is being edited with a newer P/A Map. Reload to get the new version.';

/** Why a Y.Doc that holds no board yet is not read (a room whose content has not arrived). */
export const notYetShared = 'schema: not a shared board (yet)';

/**
 * Reads the board in a Y.Doc through the rule book (`parseDocument`), never trusting a peer:
 * a bad item or zone (a hostile or older peer's) is left out and listed; items over
 * `limits.items` (two valid concurrent imports can together exceed it) are left out last
 * first, as are zones over `limits.pinnedZones`. A bad board-wide field refuses the read.
 * With `previous`, unchanged items keep their objects (structural sharing). `strict` reads
 * a write (the sync server's check): a board-wide key, item or zone field no P/A Map writes,
 * and text over an edit's limit, are refused. Never throws.
 */
export function readBoard(ydoc: Y.Doc, previous?: Board, strictness: Strictness = 'lenient'): SharedRead {
  const { meta, items, order, zones, records } = boardTypes(ydoc);
  const version = meta.get(schemaKey);
  if (typeof version === 'number' && version > currentVersion) return { ok: false, errors: [reloadMessage], newer: true };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, errors: [notYetShared], newer: false };
  const leftOut: LeftOut[] = [];
  const flat = meta.toJSON();
  const badKeys = strictness === 'strict' ? Object.keys(flat).filter((key) => !writtenMetaKey(key)) : [];
  if (badKeys.length > 0) return { ok: false, errors: badKeys.slice(0, 20).map((key) => `meta.${key.slice(0, 40)}: a board-wide field no P/A Map writes`), newer: false };
  const board: Record<string, unknown> = { ...unflatten(flat), items: [], pinnedZones: readZones(zones, version, leftOut, strictness) };
  const recordLists = Object.fromEntries(recordCollections.map((collection) => [collection, readRecordsOf(collection, records[collection], leftOut, strictness)]));
  delete board[schemaKey];
  const read = parseDocument({ format: formatName, version, board }, strictness);
  if (!read.ok) return { ok: false, errors: read.errors, newer: false };
  const ids = itemOrder(order, items);
  const reads = readItems(items, ids, version, strictness);
  const kept: Item[] = [];
  for (const id of ids) {
    const itemRead = reads.get(id)!;
    if ('errors' in itemRead) leftOut.push({ id, what: 'item', errors: itemRead.errors });
    else if (kept.length >= limits.items) leftOut.push({ id, what: 'item', errors: [`a board holds at most ${limits.items} items`] });
    else kept.push(itemRead.item);
  }
  return { ok: true, board: share({ ...read.board, items: kept, ...recordLists }, previous), leftOut, version };
}

/** Ids in `order` that name an item, each once, then items missing from it, in id order. */
function itemOrder(order: Y.Array<unknown>, items: Y.Map<unknown>): string[] {
  const seen = new Set<string>();
  for (const id of order) if (typeof id === 'string' && items.has(id)) seen.add(id);
  const orphans = [...items.keys()].filter((id) => !seen.has(id)).sort();
  return [...seen, ...orphans];
}

/** Zones in `pinnedAt`, then id, order; a zone the rule book refuses is left out and listed. */
function readZones(zones: Y.Map<unknown>, version: number, leftOut: LeftOut[], strictness: Strictness): unknown[] {
  const kept: { id: string; zone: Record<string, unknown> }[] = [];
  for (const [id, zone] of zones.entries()) {
    const errors = zoneProblems(id, zone, version, strictness);
    if (errors.length > 0) leftOut.push({ id, what: 'zone', errors });
    else kept.push({ id, zone: zone as Record<string, unknown> });
  }
  kept.sort((a, b) => (String(a.zone.pinnedAt) < String(b.zone.pinnedAt) ? -1 : String(a.zone.pinnedAt) > String(b.zone.pinnedAt) ? 1 : a.id < b.id ? -1 : 1));
  for (const { id } of kept.slice(limits.pinnedZones)) leftOut.push({ id, what: 'zone', errors: [`a board keeps at most ${limits.pinnedZones} pinned zones`] });
  return kept.slice(0, limits.pinnedZones).map(({ id, zone }) => ({ ...zone, id }));
}

/** A zone checked alone: by its validator in the current schema; an older room's through the migrations (a board around it). */
function zoneProblems(id: string, zone: unknown, version: number, strictness: Strictness): string[] {
  if (typeof zone !== 'object' || zone === null || Array.isArray(zone)) return [`zones.${id}: expected a zone`];
  if (version === currentVersion) {
    const one = readOneZone(zone, id, strictness);
    return 'errors' in one ? one.errors : [];
  }
  const read = parseDocument({ format: formatName, version, board: { ...probeBoard, pinnedZones: [{ ...zone, id }] } }, strictness);
  return read.ok ? [] : [...read.errors];
}

/**
 * A collection's records, each read by its type's one validator as itself; a bad one is left
 * out and listed; in `createdAt`, then id, order; at most the type's limit.
 */
function readRecordsOf(collection: RecordCollection, map: Y.Map<unknown>, leftOut: LeftOut[], strictness: Strictness): BoardRecord[] {
  const { what, limit } = recordTypes[collection];
  const kept: BoardRecord[] = [];
  for (const [id, value] of map.entries()) {
    const read = readOneRecord(collection, id, value, strictness);
    if ('errors' in read) leftOut.push({ id, what, errors: read.errors });
    else kept.push(read.record);
  }
  kept.sort(byCreation);
  for (const { id } of kept.slice(limit)) leftOut.push({ id, what, errors: [`a board holds at most ${limit} of ${collection}`] });
  return kept.slice(0, limit);
}


/**
 * A meta key this app writes (`bands.N` past `bands.length` included: shortening the bands
 * leaves them). Other keys unflatten into fields the strict reader refuses by name; a band key
 * past the limit or a prototype's key would be dropped unread, so it is refused here.
 */
function writtenMetaKey(key: string): boolean {
  if (key === schemaKey || key === 'bands.length') return true;
  // The board's items and zones live in their own maps: under these names in meta they would be read over.
  const band = /^bands\.(\d{1,2})$/.exec(key);
  if (band) return Number(band[1]) < limits.bands;
  const path = key.split('.');
  return !key.startsWith('bands.') && path[0] !== 'items' && path[0] !== 'pinnedZones' && !(recordCollections as readonly string[]).includes(path[0]!) && !path.some((part) => forbiddenKeys.has(part));
}

/** Keys a peer may not write: they would reach a prototype. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** `{'axes.x.min': 'a', 'bands.length': 1, 'bands.0': 'b'}` → `{axes: {x: {min: 'a'}}, bands: ['b']}`. */
function unflatten(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const bandCount = flat['bands.length'];
  for (const [key, value] of Object.entries(flat)) {
    if (key.startsWith('bands.')) continue;
    const path = key.split('.');
    if (path.some((part) => forbiddenKeys.has(part))) continue;
    let node = out;
    for (const part of path.slice(0, -1)) {
      if (!Object.hasOwn(node, part) || typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[path.at(-1)!] = value;
  }
  out.bands = typeof bandCount === 'number' && Number.isInteger(bandCount) && bandCount >= 0 && bandCount <= limits.bands
    ? Array.from({ length: bandCount }, (_, i) => flat[`bands.${i}`])
    : bandCount;
  return out;
}

/** `next` with the item list and zones of `previous` when they are unchanged (items are shared one by one by `readItems`). */
function share(next: Board, previous: Board | undefined): Board {
  if (!previous) return next;
  const items = next.items;
  const sameItems = items.length === previous.items.length && items.every((item, i) => item === previous.items[i]);
  const zones: readonly PinnedZone[] = sameValue(next.pinnedZones, previous.pinnedZones) ? previous.pinnedZones : next.pinnedZones;
  const kept = Object.fromEntries(recordCollections.map((collection) => [collection, sameValue(next[collection], previous[collection]) ? previous[collection] : next[collection]]));
  return { ...next, ...kept, items: sameItems ? previous.items : items, pinnedZones: zones };
}
