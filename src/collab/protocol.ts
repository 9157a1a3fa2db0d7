/**
 * What the app and the P/A Map server (`server/`) say to each other about shared boards,
 * beside Hocuspocus's own sync protocol. Plain data only: both sides import this file.
 *
 * HTTP (same origin as the app):
 * - `GET  {apiPath}/health` → 200 `Health` (503 while the store fails). A static build has no such route: Share says why
 *   it is unavailable.
 * - `POST {apiPath}/rooms` with the board's Y.Doc as one Yjs update (`application/octet-stream`)
 *   → 201 `CreatedRoom`; 400 `{error}` when the update is not a board the rule book reads, 413
 *   over `limits.messageBytes`. The server stores it as the room's first state: it never
 *   creates default content.
 * - `DELETE {apiPath}/rooms/{room}` with `Authorization: Bearer {facilitator token}` → 204; 403
 *   for an edit, view or wrong token; 404 for an unknown room; 410 when already deleted. Everyone
 *   connected gets `{type: 'deleted'}` and is disconnected; later connections are refused.
 * - `POST {apiPath}/rooms/{room}/links` with `Authorization: Bearer {facilitator token}` → 200
 *   `RoomLinks`: a new edit link (the view link stays). Connections that came with the old edit
 *   link become view-only and get `{type: 'role', role: 'view'}`; the old link is refused from now on.
 *
 * A room shared before facilitators existed has no facilitator token: its edit token carries the
 * facilitator's rights (the device that created the room holds it; nobody gains a right). Its
 * first `links` call gives it a facilitator token and a new edit link.
 *
 * WebSocket `{syncPath}` (Hocuspocus 3): document name = room id, token = a facilitator, edit or
 * view token, checked on every connection. A view token's connection is read-only: its writes are
 * refused by the server and never stored. An edit token's writes are checked against the room's
 * locks (`model/rights`). Server → client stateless messages are `ServerMessage` as JSON.
 */


export const syncPath = '/sync';
export const apiPath = '/api';

/** Room ids and tokens: 18 random bytes (144 bits) in base64url, 24 characters. */
export const secretBytes = 18;
export const secretPattern = /^[A-Za-z0-9_-]{24}$/;

import { roles, type Role } from '../model/rights';
import { readWorkshopMessage, type WorkshopMessage } from './workshopProtocol';

export { roles, type Role };

export interface Health {
  readonly sync: true;
  /** 'failing' (with status 503) while the server cannot read or write its store: rooms are kept in memory and tried again until stored. */
  readonly store: 'ok' | 'failing';
  /** The schema version this server's rule book reads (`currentVersion`). */
  readonly schema: number;
  /** The server's own addresses on the local network (`http://192.168.1.20:5173`), for links the room can open. */
  readonly origins: readonly string[];
}

/** A room's three links' tokens (a facilitator's device keeps them all). */
export interface RoomLinks {
  readonly facilitatorToken: string;
  readonly editToken: string;
  readonly viewToken: string;
}

export interface CreatedRoom extends RoomLinks {
  readonly room: string;
}

export type ServerMessage =
  /**
   * The store committed. `stateVector` (base64 of `Y.encodeStateVector`) is what the stored
   * room holds. A state vector counts inserts only (deleting an item adds no struct), so
   * `snapshot` (base64 of `Y.encodeSnapshot`: state vector and delete set) tells deletes
   * too: a local update `u` is stored once `Y.snapshotContainsUpdate(Y.decodeSnapshot(snapshot), u)`.
   * Sent to every connection of the room after each store, and once on connecting (after `welcome`).
   */
  | { readonly type: 'stored'; readonly stateVector: string; readonly snapshot: string }
  /** The store failed, retries included: what is not stored stays in the server's memory (and on each device) until the next change is stored. */
  | { readonly type: 'unstored' }
  /** An update of this connection was refused (never applied, stored or relayed); the connection closes next. */
  | { readonly type: 'refused'; readonly reasons: readonly string[] }
  /** The room was deleted by its facilitator; the connection closes next. */
  | { readonly type: 'deleted' }
  /**
   * Sent once after authentication: what this connection may do. An edit connection also gets
   * the room's view token, so anyone with the edit link can hand out the view-only link; a
   * facilitator's gets the edit token too.
   */
  | { readonly type: 'welcome'; readonly role: Role; readonly editToken?: string; readonly viewToken?: string }
  /** This connection's role changed (the facilitator replaced the edit link it came with). */
  | { readonly type: 'role'; readonly role: Role; readonly reason: string }
  /** The room's workshop: the clock, a round's progress, this person's own placements (`workshopProtocol`). */
  | WorkshopMessage;

/** Reasons the server gives when it refuses a connection (Hocuspocus authentication failure). */
export const deniedReasons = {
  unknownRoom: 'This shared board does not exist on this server.',
  deleted: 'This shared board was deleted by its facilitator.',
  badToken: 'This link is not valid for this board: ask for a new one.',
} as const;

/** Limits the server enforces on each connection. */
export const limits = {
  /** A 20,000-item import is one big update. */
  messageBytes: 8 * 1024 * 1024,
  messagesPerSecond: 50,
  bytesPerSecond: 1024 * 1024,
} as const;

/** Reads a server's stateless message; null for anything else (never throws). */
export function readServerMessage(text: string): ServerMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'stored':
      return typeof message.stateVector === 'string' && typeof message.snapshot === 'string'
        ? { type: 'stored', stateVector: message.stateVector, snapshot: message.snapshot }
        : null;
    case 'refused':
      return Array.isArray(message.reasons) && message.reasons.every((reason) => typeof reason === 'string')
        ? { type: 'refused', reasons: message.reasons as string[] }
        : null;
    case 'deleted':
      return { type: 'deleted' };
    case 'unstored':
      return { type: 'unstored' };
    case 'welcome': {
      if (!isRole(message.role)) return null;
      const token = (value: unknown) => (typeof value === 'string' && secretPattern.test(value) ? value : undefined);
      const editToken = token(message.editToken);
      const viewToken = token(message.viewToken);
      return { type: 'welcome', role: message.role, ...(editToken && { editToken }), ...(viewToken && { viewToken }) };
    }
    case 'role':
      return isRole(message.role) && typeof message.reason === 'string' ? { type: 'role', role: message.role, reason: message.reason.slice(0, 300) } : null;
    default:
      return readWorkshopMessage(message);
  }
}

/** A link to a shared board: the room in the query, the token in the fragment (never sent in HTTP requests). */
export interface RoomLink {
  readonly room: string;
  readonly role: Role;
  readonly token: string;
}

export function roomUrl(origin: string, { room, role, token }: RoomLink): string {
  return `${origin}/?room=${room}#${role}=${token}`;
}

const isRole = (value: unknown): value is Role => roles.includes(value as Role);

/** The room link in a page address, or null when it names none or a malformed one. */
export function readRoomLink(href: string): RoomLink | null {
  const url = new URL(href);
  const room = url.searchParams.get('room');
  const fragment = new URLSearchParams(url.hash.slice(1));
  const role = roles.find((candidate) => fragment.has(candidate)) ?? null;
  const token = role ? fragment.get(role) : null;
  if (!room || !secretPattern.test(room) || !role || !token || !secretPattern.test(token)) return null;
  return { room, role, token };
}
