import type { Store } from '../../store/createStore';
import type { AppState, Session } from '../../store/appState';
import type { Actions } from '../../store/actions';
import { noWorkshop, type LeadView, type LiveState, type Person } from '../../store/liveState';
import type { SharedDocument } from '../sharedDocument';
import type { OpenRoom } from './openRoom';
import { dragWith, readPresence, readRoom, type Presence } from './presence';
import type { MapPoint } from '../../model/types';
import type { RoomLink } from '../protocol';

/** Drag positions go to the room at most this often (30 Hz): smooth to watch, far under the server's message limit. */
export const dragIntervalMs = 33;

const viewOf = (session: Session): LeadView => ({
  presenting: session.presenting,
  revealStep: session.revealStep,
  selectedZone: session.selectedZone,
  panelTab: session.panelTab,
  view: session.view,
});
const sameView = (a: LeadView, b: LeadView) =>
  a.presenting === b.presenting && a.revealStep === b.revealStep && a.selectedZone === b.selectedZone && a.panelTab === b.panelTab &&
  a.view.zoom === b.view.zoom && a.view.cx === b.view.cx && a.view.cy === b.view.cy;

export interface Live {
  bringEveryoneHere(): void;
  stopLeading(): void;
  followAgain(): void;
  setName(name: string, colour: string): void;
  /** What this device says about crossed edits (null: nothing). */
  announceEdits(notes: Pick<Presence, 'offline' | 'crossed'>): void;
  destroy(): void;
}

/**
 * Binds a shared board's room to the app: the live state in the store (connection, stored,
 * people, undo, drags, leader), and this person's presence in the room (name, selection,
 * the drag in progress, the view they lead). Others' drags are shown live; the board itself
 * is written once, on drop, by the drag's command.
 */
export function startLive(options: {
  store: Store<AppState>;
  actions: Actions;
  room: OpenRoom;
  shared: SharedDocument;
  link: RoomLink;
  user: { name: string; colour: string } | null;
}): Live {
  const { store, actions, room, shared, link } = options;
  const { ydoc, awareness } = room;
  const me = ydoc.clientID;

  const initial: LiveState = {
    room: link.room,
    role: link.role,
    connection: 'connecting',
    stored: false,
    people: [],
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
    remoteDrags: [],
    leader: null,
    // The projector's view-only link follows the room from the start.
    following: link.role === 'view',
    readOnlyReason: shared.readOnlyReason,
    ended: null,
    workshop: noWorkshop,
    projector: link.role === 'view',
    overwritten: [],
  };
  store.setState((s) => ({ ...s, live: initial }));
  const live = () => store.getState().live!;
  const setLive = (change: Partial<LiveState>) => store.setState((s) => (s.live ? { ...s, live: { ...s.live, ...change } } : s));

  /** My presence, as last announced. */
  let presence: Presence = { user: options.user ?? { name: 'Guest', colour: '#555555' }, selectedId: null, drag: null, lead: null };
  /** Nobody sees me until I have a name. */
  let named = options.user !== null;
  const announce = (change: Partial<Presence>) => {
    presence = { ...presence, ...change };
    if (change.user) named = true;
    if (named) awareness.setLocalState(presence);
  };
  if (named) awareness.setLocalState(presence);

  // Undo and redo follow every transaction (the undo manager updates its stacks before this runs).
  const onTransaction = () => {
    const now = { canUndo: shared.canUndo, canRedo: shared.canRedo, undoLabel: shared.undoLabel, redoLabel: shared.redoLabel, readOnlyReason: shared.readOnlyReason };
    if ((Object.keys(now) as (keyof typeof now)[]).some((key) => now[key] !== live()[key])) setLive(now);
  };
  ydoc.on('afterTransaction', onTransaction);

  /** The leader's view as last applied here: a change of mine from it means I left follow. */
  let applied: LeadView | null = null;

  const follow = (view: LeadView) => {
    applied = view;
    const session = store.getState().session;
    if (sameView(viewOf(session), view)) return;
    store.setState((s) => ({ ...s, session: { ...s.session, ...view, hoveredZone: view.selectedZone } }));
  };

  /** The last "Bring everyone here" seen (kept while its leader is away: a dropped connection is no new lead). */
  let lastLead: { clientId: number; seq: number } | null = null;

  /** The board's item positions by id, made again only when its items change (presence changes up to ~900 times a second in a full room). */
  let positionsOf: { items: unknown; notes: unknown; positions: ReadonlyMap<string, MapPoint | null> } = { items: null, notes: null, positions: new Map() };
  /** Where each item and note stands, by id: what others' drags are read against (notes are dragged alone). */
  const itemPositions = () => {
    const { items, notes } = store.getState().doc.board;
    if (positionsOf.items !== items || positionsOf.notes !== notes) {
      positionsOf = { items, notes, positions: new Map<string, MapPoint | null>([...items.map((item) => [item.id, item.position] as const), ...notes.map((note) => [note.id, note.position] as const)]) };
    }
    return positionsOf.positions;
  };

  const onAwareness = () => {
    const positions = itemPositions();
    const read = readRoom(awareness.getStates(), me, (id) => positions.get(id));
    const leader = read.leader ? { clientId: read.leader.clientId, name: read.leader.name } : null;
    let following = live().following;
    if (read.leader && (read.leader.clientId !== lastLead?.clientId || read.leader.seq !== lastLead?.seq)) {
      if (read.leader.clientId !== me) {
        // Someone brought everyone here: this screen follows from now on; mine no longer leads.
        if (presence.lead) announce({ lead: null });
        following = true;
        actions.notify(`${read.leader.name} is now leading: your screen follows theirs.`);
      } else following = false;
      lastLead = { clientId: read.leader.clientId, seq: read.leader.seq };
    }
    // Still here but no longer leading: they stopped. Gone (a dropped connection, a reload):
    // nothing changes, and following picks up again if they come back with the same lead.
    const previous = live().leader;
    if (!read.leader && previous && previous.clientId !== me && read.people.some((person) => person.clientId === previous.clientId)) {
      if (live().role !== 'view') following = false;
      lastLead = null;
      actions.notify(`${previous.name} stopped leading.`);
    }
    // Unchanged lists keep their identity: a drag elsewhere re-renders the drags, not the people.
    const before = live();
    const people = samePeople(before.people, read.people) ? before.people : read.people;
    const remoteDrags = before.remoteDrags.length === 0 && read.remoteDrags.length === 0 ? before.remoteDrags : read.remoteDrags;
    const sameLeader = before.leader?.clientId === leader?.clientId && before.leader?.name === leader?.name;
    if (people !== before.people || remoteDrags !== before.remoteDrags || !sameLeader || following !== before.following) {
      setLive({ people, remoteDrags, leader: sameLeader ? before.leader : leader, following });
    }
    if (people !== before.people && before.role === 'facilitator') tellComings(before.people, people);
    if (following && read.leader && read.leader.clientId !== me) follow(read.leader.view);
  };
  /** Who has been here, by name: the facilitator is told when someone drops out and when they come back. */
  const seen = new Set<string>();
  const tellComings = (was: readonly Person[], now: readonly Person[]) => {
    const names = (list: readonly Person[]) => new Set(list.filter((person) => !person.me).map((person) => person.name));
    const before = names(was);
    const after = names(now);
    const gone = [...before].filter((name) => !after.has(name));
    const back = [...after].filter((name) => !before.has(name) && seen.has(name));
    for (const name of after) seen.add(name);
    if (gone.length > 0) actions.notify(`${gone.join(', ')} dropped out.`);
    else if (back.length > 0) actions.notify(`${back.join(', ')} ${back.length === 1 ? 'is' : 'are'} back.`);
  };
  awareness.on('change', onAwareness);
  onAwareness();

  let dragTimer: ReturnType<typeof setTimeout> | null = null;
  let lastDragSent = 0;
  const sendDrag = () => {
    dragTimer = null;
    lastDragSent = Date.now();
    const { drag, noteDrag } = store.getState().session;
    announce({
      drag: drag ? { id: drag.id, x: drag.position.x, y: drag.position.y, with: dragWith(drag.group.map((member) => member.id)) } : noteDrag ? { id: noteDrag.id, x: noteDrag.at.x, y: noteDrag.at.y } : null,
    });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const { session } = state;
    if (session.drag !== previous.session.drag || session.noteDrag !== previous.session.noteDrag) {
      const held = (s: typeof session) => s.drag ?? s.noteDrag;
      if (!held(session) || !held(previous.session)) {
        if (dragTimer) clearTimeout(dragTimer);
        sendDrag();
      } else if (!dragTimer) dragTimer = setTimeout(sendDrag, Math.max(0, dragIntervalMs - (Date.now() - lastDragSent)));
    }
    if (session.selectedId !== previous.session.selectedId) announce({ selectedId: session.selectedId });
    if (session !== previous.session) {
      const view = viewOf(session);
      if (presence.lead && !sameView(view, presence.lead.view)) announce({ lead: { seq: presence.lead.seq, view } });
      if (state.live?.following && applied && !sameView(view, applied) && state.live.leader && state.live.leader.clientId !== me) {
        setLive({ following: false });
      }
    }
    if ((state.doc.board.items !== previous.doc.board.items || state.doc.board.notes !== previous.doc.board.notes) && state.live && state.live.remoteDrags.length > 0) onAwareness();
  });

  return {
    bringEveryoneHere() {
      let seq = 0;
      for (const state of awareness.getStates().values()) seq = Math.max(seq, readPresence(state)?.lead?.seq ?? 0);
      announce({ lead: { seq: seq + 1, view: viewOf(store.getState().session) } });
      setLive({ following: false });
      actions.notify('Everyone’s screen now follows yours: presentation, reveal step, selected zone and open tab.');
    },
    stopLeading() {
      announce({ lead: null });
    },
    followAgain() {
      const leader = readRoom(awareness.getStates(), me, () => null).leader;
      if (!leader || leader.clientId === me) return;
      setLive({ following: true });
      follow(leader.view);
    },
    setName(name, colour) {
      announce({ user: { name, colour } });
    },
    announceEdits(notes) {
      announce(notes);
    },
    destroy() {
      unsubscribe();
      if (dragTimer) clearTimeout(dragTimer);
      awareness.off('change', onAwareness);
      ydoc.off('afterTransaction', onTransaction);
    },
  };
}

function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return a.length === b.length && a.every((person, i) => {
    const other = b[i]!;
    return person.clientId === other.clientId && person.name === other.name && person.colour === other.colour && person.selectedId === other.selectedId && person.me === other.me;
  });
}
