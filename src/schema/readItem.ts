import type { Item } from '../model/types';
import { colourPattern, itemKinds, limits, ranges } from '../model/rules';
import type { Strictness, Validator } from './Validator';
import { readAlone } from './readAlone';
import { readId, readPoint } from './readPoint';

/** An item's fields as this schema writes them. */
const fields = ['id', 'kind', 'label', 'position', 'colour', 'notes', 'tags', 'attractors', 'weight', 'reach', 'locked'] as const;

/**
 * One item read as itself by the item's validator (the key is its id), as the current schema
 * has it: what the shared reader and the server check an item with, never a board around it.
 */
export function readOneItem(value: unknown, id: string, strictness: Strictness = 'strict'): { item: Item } | { errors: string[] } {
  const one = readAlone(readItem, value, id, `items.${id.slice(0, 40)}`, 'an item', strictness);
  return 'errors' in one ? one : { item: one.read };
}

/**
 * One item, checked as itself: the one validator of the item record, used by every reader
 * (files, stored boards, the shared document, the sync server's check).
 */
export function readItem(v: Validator, value: unknown, path: string): Item {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields);
  const kind = v.oneOf(o.kind, `${path}.kind`, itemKinds);
  const colour = typeof o.colour === 'string' ? o.colour : '';
  if (!colourPattern.test(colour)) v.fail(`${path}.colour`, 'expected a colour like "#1a2b3c"');
  const tags = (v.array(o.tags, `${path}.tags`, limits.tags) ?? []).map((tag, i) => v.string(tag, `${path}.tags[${i}]`, limits.tag));
  const attractors = (v.array(o.attractors, `${path}.attractors`, limits.attractors) ?? []).map((word, i) => v.string(word, `${path}.attractors[${i}]`, limits.attractor, { required: true }));
  return {
    id: readId(v, o.id, `${path}.id`),
    kind,
    label: v.string(o.label, `${path}.label`, limits.label, { required: true }),
    position: o.position === null ? null : readPoint(v, o.position, `${path}.position`),
    colour: colour.toLowerCase(),
    notes: v.string(o.notes, `${path}.notes`, limits.notes, { field: 'text' }),
    tags,
    attractors,
    weight: v.number(o.weight, `${path}.weight`, ranges.weight),
    reach: kind === 'persona' ? v.number(o.reach, `${path}.reach`, ranges.reach) : nullOnly(v, o.reach, `${path}.reach`),
    // Absent: not locked (a shared item written before its room's schema moved to 4).
    locked: o.locked === undefined ? false : v.boolean(o.locked, `${path}.locked`),
  };
}

function nullOnly(v: Validator, value: unknown, path: string): null {
  if (value !== null && value !== undefined) v.fail(path, 'only persona groups have a reach; expected null');
  return null;
}

