import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { createSampleBoard } from '../../model/sampleBoard';
import { createActions, createAppStore } from '../../store/actions';
import { writeBoard } from '../boardYDoc';
import { createSharedDocument } from '../sharedDocument';
import type { OpenRoom } from './openRoom';
import { startLive } from './startLive';

const view = { presenting: false, revealStep: 3, selectedZone: null, panelTab: 'zones' as const };

/** Ben's screen in a room, and Ana: another device whose presence reaches Ben's. */
function room() {
  const board = createSampleBoard('2026-01-01T00:00:00.000Z');
  const ydoc = new Y.Doc();
  writeBoard(ydoc, board);
  const awareness = new Awareness(ydoc);
  const store = createAppStore(board);
  const shared = createSharedDocument(ydoc, { origin: { name: 'ben' } });
  const actions = createActions(store, undefined, shared);
  const link = { room: 'r'.repeat(24), role: 'edit' as const, token: 't'.repeat(24) };
  startLive({ store, actions, room: { ydoc, awareness } as unknown as OpenRoom, shared, link, user: { name: 'Ben', colour: '#1f6feb' } });
  const ana = new Awareness(new Y.Doc());
  const anaSays = (lead: unknown) => {
    ana.setLocalState({ user: { name: 'Ana', colour: '#b3261e' }, selectedId: null, drag: null, lead });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(ana, [ana.clientID]), 'network');
  };
  const anaGone = () => removeAwarenessStates(awareness, [ana.clientID], 'network');
  return { store, actions, anaSays, anaGone, live: () => store.getState().live!, notice: () => store.getState().session.notice?.text ?? '' };
}

describe('following the room’s leader', () => {
  it('follows a new lead, leaves when I look around, and a leader’s dropped connection changes nothing', () => {
    const { store, actions, anaSays, anaGone, live, notice } = room();
    anaSays({ seq: 1, view });
    expect(live().following).toBe(true);
    expect(store.getState().session.panelTab).toBe('zones');
    expect(notice()).toMatch(/Ana is now leading/);
    actions.setPanelTab('labels');
    expect(live().following).toBe(false);
    actions.dismissNotice();
    // Ana's Wi-Fi drops and comes back with the same lead: no new lead, I stay on my own.
    anaGone();
    anaSays({ seq: 1, view });
    expect(live().following).toBe(false);
    expect(store.getState().session.panelTab).toBe('labels');
    expect(notice()).toBe('');
    // She stops leading while still here: told.
    anaSays(null);
    expect(notice()).toMatch(/Ana stopped leading/);
    expect(live().leader).toBeNull();
  });

  it('a follower whose leader drops out keeps following when the same lead comes back', () => {
    const { store, anaSays, anaGone, live } = room();
    anaSays({ seq: 1, view });
    anaGone();
    expect(live().following).toBe(true);
    anaSays({ seq: 1, view: { ...view, panelTab: 'items' } });
    expect(live().following).toBe(true);
    expect(store.getState().session.panelTab).toBe('items');
  });
});
