const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

export type IdPrefix = 'item' | 'board' | 'zone' | 'tab' | 'note' | 'evidence' | 'round' | 'vote' | 'ballot';

/** Where new ids come from: `newId` in the app, a counter in a test. */
export type IdSource = (prefix: IdPrefix) => string;

/** A random id with a type prefix, like `item:k3j9x0aq2m`. */
export function newId(prefix: IdPrefix): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return `${prefix}:${s}`;
}
