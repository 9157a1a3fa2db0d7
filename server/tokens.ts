import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { secretBytes } from '../src/collab/protocol';

/** A room id or token: `secretBytes` random bytes, base64url (matches `secretPattern`). */
export function newSecret(): string {
  return randomBytes(secretBytes).toString('base64url');
}

/** SHA-256, hex: what the store keeps of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares a token with a stored hash in constant time. */
export function tokenMatches(token: string, hash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * A room's view token, derived from its edit token (one way): the server keeps only hashes,
 * yet tells an edit connection the view link (`welcome.viewToken`).
 */
export function viewTokenOf(editToken: string): string {
  return createHash('sha256').update(`pa-map view token\0${editToken}`, 'utf8').digest().subarray(0, secretBytes).toString('base64url');
}

/** The key stream that seals a token with another (SHA-256 of the key, as long as a token). */
const keyStream = (key: string) => createHash('sha256').update(`pa-map seal\0${key}`, 'utf8').digest().subarray(0, secretBytes);

/**
 * A token kept so that only the holder of `key` can read it back (XOR with a stream derived
 * from `key`): the store keeps the edit token sealed with the facilitator's and the view token
 * sealed with the edit token, so a facilitator's connection learns the edit and view links and
 * an edit connection the view link, while the store alone reveals none.
 */
export function seal(token: string, key: string): string {
  const bytes = Buffer.from(token, 'base64url');
  const stream = keyStream(key);
  return Buffer.from(bytes.map((byte, i) => byte ^ stream[i]!)).toString('base64url');
}

/** `seal` undone with the same key (XOR is its own inverse). */
export const unseal = seal;
