import { describe, expect, it } from 'vitest';
import { noWorkshop, type LiveState } from '../../store/liveState';
import { describeLive } from './LiveStatus';

const base: LiveState = {
  room: 'r'.repeat(24), role: 'edit', connection: 'live', stored: true, people: [], canUndo: false, canRedo: false, undoLabel: null, redoLabel: null,
  remoteDrags: [], leader: null, following: false, readOnlyReason: null, ended: null, workshop: noWorkshop, projector: false, overwritten: [],
};
const me = { clientId: 1, name: 'Ana', colour: '#b3261e', me: true, selectedId: null };
const ben = { ...me, clientId: 2, name: 'Ben', me: false };

describe('the live status line', () => {
  it('says who is here and whether the server has stored it all', () => {
    expect(describeLive({ ...base, people: [me, ben] })).toBe('Live · 2 people · Saved');
    expect(describeLive({ ...base, people: [me], stored: false })).toBe('Live · 1 person · Saving…');
    expect(describeLive({ ...base, people: [] })).toBe('Live · 1 person · Saved');
    expect(describeLive({ ...base, stored: 'failing' })).toMatch(/Not saved: the server cannot store right now; your changes are kept on this device/);
  });

  it('says when the connection is gone, and what a view-only link is', () => {
    expect(describeLive({ ...base, connection: 'offline' })).toBe('Offline — your changes are kept on this device');
    expect(describeLive({ ...base, connection: 'reconnecting' })).toMatch(/^Reconnecting…/);
    expect(describeLive({ ...base, role: 'view', people: [me, ben] })).toBe('View only · Live · 2 people');
    expect(describeLive({ ...base, ended: { kind: 'deleted', message: 'This shared board was deleted.' } })).toBe('Not connected: This shared board was deleted.');
  });
});
