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
