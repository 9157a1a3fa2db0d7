import * as Y from 'yjs';
import type { Item } from '../model/types';
import { limits } from '../model/rules';
import { checkStructure } from '../schema/checkStructure';
import { currentVersion, formatName } from '../schema/format';
import { readOneItem } from '../schema/readItem';
import { parseDocument } from '../schema/parseDocument';
import type { Strictness } from '../schema/Validator';
import { probeBoard } from './probeBoard';
import { mapStructs, structCount } from './yjsParts';

export type ItemRead = { readonly item: Item } | { readonly errors: readonly string[] };

/**
 * The last read of each item's Y.Map, with the entries it was read from. A Y.Map entry is
 * immutable once written: the same entries (none deleted since) mean the same item.
 */
const reads: Record<Strictness, WeakMap<Y.Map<unknown>, { readonly entries: readonly unknown[]; readonly version: number; readonly read: ItemRead }>> = {
  lenient: new WeakMap(),
  strict: new WeakMap(),
};

const entriesOf = (fields: Y.Map<unknown>): unknown[] => {
  const entries: unknown[] = [];
  for (const entry of mapStructs(fields)) entries.push(entry, entry.deleted);
  return entries;
};

/** True while `fields` holds the entries `entries` was taken from, none deleted since. */
function unchanged(fields: Y.Map<unknown>, entries: readonly unknown[]): boolean {
  if (structCount(fields) * 2 !== entries.length) return false;
  let i = 0;
  for (const entry of mapStructs(fields)) {
    if (entry !== entries[i] || entry.deleted !== entries[i + 1]) return false;
    i += 2;
  }
  return true;
}

/**
 * Reads items through the rule book, each only when its Y.Map changed since the last read:
 * a change costs the items it touched, not the board. `version` is the document's schema;
 * `strict` reads a write (see `Strictness`).
 */
export function readItems(items: Y.Map<unknown>, ids: readonly string[], version: number, strictness: Strictness = 'lenient'): Map<string, ItemRead> {
  const out = new Map<string, ItemRead>();
  const pending: { id: string; fields: Y.Map<unknown>; entries: unknown[]; json: Record<string, unknown> }[] = [];
  for (const id of ids) {
    const fields = items.get(id);
    if (!(fields instanceof Y.Map)) {
      out.set(id, { errors: [`items.${id}: not a shared item`] });
      continue;
    }
    const cached = reads[strictness].get(fields);
    if (cached && cached.version === version && unchanged(fields, cached.entries)) {
      out.set(id, cached.read);
      continue;
    }
    const entries = entriesOf(fields);
    const json = fields.toJSON();
    const errors = checkStructure(json, `items.${id}`);
    if (errors.length > 0) remember(out, id, fields, entries, version, strictness, { errors });
    else pending.push({ id, fields, entries, json });
  }
  // The current schema: each item read as itself by its validator.
  if (version === currentVersion) {
    for (const { id, fields, entries, json } of pending) remember(out, id, fields, entries, version, strictness, readOneItem(json, id, strictness));
    return out;
  }
  // An older room's items go through the migrations, which work on documents: a board around them.
  for (let start = 0; start < pending.length; start += limits.items) {
    const chunk = pending.slice(start, start + limits.items);
    const read = parseDocument({ format: formatName, version, board: { ...probeBoard, items: chunk.map(({ json, id }) => ({ ...json, id })) } }, strictness);
    const skipped = new Map(read.ok ? read.skipped.map(({ index, errors }) => [index, errors]) : []);
    let next = 0;
    chunk.forEach(({ id, fields, entries }, index) => {
      const errors = read.ok ? skipped.get(index) : read.errors;
      remember(out, id, fields, entries, version, strictness, errors ? { errors } : { item: read.ok ? read.board.items[next++]! : (undefined as never) });
    });
  }
  return out;
}

function remember(out: Map<string, ItemRead>, id: string, fields: Y.Map<unknown>, entries: unknown[], version: number, strictness: Strictness, read: ItemRead): void {
  reads[strictness].set(fields, { entries, version, read });
  out.set(id, read);
}
