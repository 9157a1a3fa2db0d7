import type { Note } from '../model/types';
import { limits, ranges } from '../model/rules';
import type { Validator } from './Validator';
import { readId, readPoint } from './readPoint';

const fields = {
  note: ['id', 'text', 'position', 'attachedTo', 'offset', 'author', 'createdAt'],
  offset: ['dx', 'dy'],
} as const;

/**
 * One sticky note, checked as itself: the one validator of the note record, used by every
 * reader (files, stored boards, the shared document, the sync server's check) and by the
 * commands (`checkNote`).
 */
export function readNote(v: Validator, value: unknown, path: string): Note {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.note);
  const offset = v.object(o.offset, `${path}.offset`) ?? {};
  v.onlyKnown(offset, `${path}.offset`, fields.offset);
  return {
    id: readId(v, o.id, `${path}.id`),
    text: v.string(o.text, `${path}.text`, limits.noteText, { field: 'text' }),
    position: readPoint(v, o.position, `${path}.position`),
    attachedTo: o.attachedTo === null ? null : readId(v, o.attachedTo, `${path}.attachedTo`),
    offset: { dx: v.number(offset.dx, `${path}.offset.dx`, ranges.noteOffset), dy: v.number(offset.dy, `${path}.offset.dy`, ranges.noteOffset) },
    author: v.string(o.author, `${path}.author`, limits.author),
    createdAt: v.string(o.createdAt, `${path}.createdAt`, limits.timestamp),
  };
}
