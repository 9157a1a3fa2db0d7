import { describe, expect, it } from 'vitest';
import { accessOf, newRoomLinks, replacedLinks } from './roomAccess';
import { hashToken, newSecret, viewTokenOf } from './tokens';
import type { RoomRecord } from './store/RoomStore';

describe('accessOf', () => {
  it('gives each of a room’s three tokens its role, and the links its holder may hand out', () => {
    const { links, editHash, viewHash, keys } = newRoomLinks();
    const room: RoomRecord = { id: 'r', editHash, viewHash, keys, deleted: false };
    expect(accessOf(room, links.facilitatorToken)).toEqual({ role: 'facilitator', editToken: links.editToken, viewToken: links.viewToken });
    expect(accessOf(room, links.editToken)).toEqual({ role: 'edit', viewToken: links.viewToken, editHash });
    expect(accessOf(room, links.viewToken)).toEqual({ role: 'view' });
    expect(accessOf(room, newSecret())).toBeNull();
  });

  it('a room shared before facilitators existed: its edit token is its facilitator’s (nobody gains a right), until its links are replaced', () => {
    const editToken = newSecret();
    const legacy: RoomRecord = { id: 'r', editHash: hashToken(editToken), viewHash: hashToken(viewTokenOf(editToken)), keys: null, deleted: false };
    expect(accessOf(legacy, editToken)).toMatchObject({ role: 'facilitator', viewToken: viewTokenOf(editToken) });
    const replaced = replacedLinks(legacy, editToken, viewTokenOf(editToken));
    const after: RoomRecord = { ...legacy, editHash: replaced.editHash, keys: replaced.keys };
    expect(accessOf(after, editToken)).toBeNull();
    expect(accessOf(after, replaced.links.facilitatorToken)).toEqual({ role: 'facilitator', editToken: replaced.links.editToken, viewToken: viewTokenOf(editToken) });
    expect(accessOf(after, replaced.links.editToken)).toMatchObject({ role: 'edit', viewToken: viewTokenOf(editToken) });
  });
});
