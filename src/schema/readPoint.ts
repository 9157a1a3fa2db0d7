import type { MapPoint, MapUnit } from '../model/types';
import { isId, ranges } from '../model/rules';
import type { Validator } from './Validator';

const pointFields = ['x', 'y'] as const;

export function readId(v: Validator, value: unknown, path: string): string {
  const id = typeof value === 'string' ? value : '';
  if (!isId(value)) {
    v.fail(path, `${typeof value === 'string' ? `"${id.slice(0, 40)}"` : 'this'} is not an id like "item:abc123"`);
  }
  return id;
}

export function readPoint(v: Validator, value: unknown, path: string): MapPoint {
  const o = v.object(value, path);
  v.onlyKnown(o, path, pointFields);
  return {
    x: v.number(o?.x, `${path}.x`, ranges.position) as MapUnit,
    y: v.number(o?.y, `${path}.y`, ranges.position) as MapUnit,
  };
}
