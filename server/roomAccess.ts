import type { Role, RoomLinks } from '../src/collab/protocol';
import type { FacilitatorKeys, RoomRecord } from './store/RoomStore';
import { hashToken, newSecret, seal, tokenMatches, unseal, viewTokenOf } from './tokens';

/** What a token opens in a room: its role, and the links its holder may hand out. */
export interface Access {
  readonly role: Role;
  /** The edit token: for a facilitator. */
  readonly editToken?: string;
  /** The view token: for a facilitator and an edit connection. */
  readonly viewToken?: string;
  /** The edit hash the token was checked against: a connection that came with it is an edit connection until the link is replaced. */
  readonly editHash?: string;
}

/**
 * The role `token` carries in `room`, or null when it opens nothing. In a room shared before
 * facilitators existed (no keys), the edit token is the facilitator's: the device that created
 * the room holds it, and nobody gains a right they did not have.
 */
export function accessOf(room: RoomRecord, token: string): Access | null {
  const { keys } = room;
  if (keys && tokenMatches(token, keys.facilitatorHash)) {
    const editToken = unseal(keys.sealedEdit, token);
    return { role: 'facilitator', editToken, viewToken: unseal(keys.sealedView, editToken) };
  }
  if (tokenMatches(token, room.editHash)) {
    const viewToken = keys ? unseal(keys.sealedView, token) : viewTokenOf(token);
    return keys ? { role: 'edit', viewToken, editHash: room.editHash } : { role: 'facilitator', viewToken, editHash: room.editHash };
  }
  if (tokenMatches(token, room.viewHash)) return { role: 'view' };
  return null;
}

/** A new room's three tokens and what the store keeps of them. */
export function newRoomLinks(): { links: RoomLinks; editHash: string; viewHash: string; keys: FacilitatorKeys } {
  const links: RoomLinks = { facilitatorToken: newSecret(), editToken: newSecret(), viewToken: newSecret() };
  return { links, editHash: hashToken(links.editToken), viewHash: hashToken(links.viewToken), keys: keysFor(links) };
}

/**
 * A new edit link for a room whose facilitator (`access`) asked: the view link stays; a room
 * shared before facilitators existed gets a facilitator token too.
 */
export function replacedLinks(room: RoomRecord, facilitatorToken: string, viewToken: string): { links: RoomLinks; editHash: string; keys: FacilitatorKeys } {
  const links: RoomLinks = { facilitatorToken: room.keys ? facilitatorToken : newSecret(), editToken: newSecret(), viewToken };
  return { links, editHash: hashToken(links.editToken), keys: keysFor(links) };
}

function keysFor({ facilitatorToken, editToken, viewToken }: RoomLinks): FacilitatorKeys {
  return { facilitatorHash: hashToken(facilitatorToken), sealedEdit: seal(editToken, facilitatorToken), sealedView: seal(viewToken, editToken) };
}
