import type { PinnedZone } from '../model/types';
import { limits, ranges } from '../model/rules';
import type { Strictness, Validator } from './Validator';
import { readAlone } from './readAlone';
import { readId, readPoint } from './readPoint';

/** A pinned zone's fields as this schema writes them. */
const fields = ['id', 'label', 'position', 'index', 'note', 'pinnedAt'] as const;

/** One pinned zone read as itself, as the current schema has it. */
export function readOneZone(value: unknown, id: string, strictness: Strictness = 'strict'): { zone: PinnedZone } | { errors: string[] } {
  const one = readAlone(readZone, value, id, `zones.${id.slice(0, 40)}`, 'a zone', strictness);
  return 'errors' in one ? one : { zone: one.read };
}

/** One pinned zone, checked as itself: the one validator of the zone record. */
export function readZone(v: Validator, value: unknown, path: string): PinnedZone {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields);
  return {
    id: readId(v, o.id, `${path}.id`),
    label: v.string(o.label, `${path}.label`, limits.label, { required: true }),
    position: readPoint(v, o.position, `${path}.position`),
    index: v.number(o.index, `${path}.index`, ranges.zoneIndex),
    note: v.string(o.note, `${path}.note`, limits.notes, { field: 'text' }),
    pinnedAt: v.string(o.pinnedAt, `${path}.pinnedAt`, limits.timestamp),
  };
}

