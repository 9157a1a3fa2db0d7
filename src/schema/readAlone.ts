import { Validator, type Strictness } from './Validator';

/**
 * One record read as itself by its type's validator: `id` is its key, `path` names it in the
 * problems; an object is expected (`what` says what). The one shape behind `readOneItem`,
 * `readOneZone` and `readOneRecord`.
 */
export function readAlone<T>(read: (v: Validator, value: unknown, path: string) => T, value: unknown, id: string, path: string, what: string, strictness: Strictness): { read: T } | { errors: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { errors: [`${path}: expected ${what}`] };
  const v = new Validator(strictness);
  const record = read(v, { ...value, id }, path);
  return v.errors.length > 0 ? { errors: v.errors } : { read: record };
}
