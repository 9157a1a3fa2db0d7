const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random id with a type prefix, like `item:k3j9x0aq2m`. */
export function newId(prefix: 'item' | 'board' | 'zone' | 'tab'): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return `${prefix}:${s}`;
}
