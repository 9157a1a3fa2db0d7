import type { Command } from '../model/commands';
import { CommandError } from '../model/CommandError';
import { openDocument } from '../model/history';
import { createLocalDocument } from '../document/localDocument';
import { describeSkipped } from '../document/describeSkipped';
import { isLocalDocument, type BoardDocument, type LocalBoardDocument } from '../document/BoardDocument';
import { createItem } from '../model/board';
import { mapPoint } from '../model/mapPoint';
import { nextFreeSpot } from '../model/nextFreeSpot';
import { gridSpots } from '../model/gridSpots';
import { newId, type IdSource } from '../model/ids';
import { pinnedZoneFrom, type NamedZone } from '../model/pinnedZoneFrom';
import { conceptAt } from '../model/concept';
import type { Board, ItemKind, MapPoint } from '../model/types';
import type { AppState, Session } from './appState';
import { actorOf, commandRefusal, quoted } from '../model/rights';
import { initialSession, keepView } from './appState';
import { createStore, type Store } from './createStore';
import { moveRevealStep, type RevealStep } from './revealSteps';
import { dragMoves, selectionActions, selectionOf } from './selectionActions';
import { noteActions } from './noteActions';
import { clampGroupDelta, moveBy } from '../model/moveGroup';

let noticeId = 0;

const sameView = (a: Session['view'], b: Session['view']) => a.zoom === b.zoom && a.cx === b.cx && a.cy === b.cy;

/** Where actions get new ids and the time: the app's own unless a test names them. */
export interface ActionSources {
  readonly newId: IdSource;
  readonly now: () => Date;
}

const appSources: ActionSources = { newId, now: () => new Date() };

/** The board document of a store: this tab's history over the store's board. */
export function localDocumentOf(store: Store<AppState>): LocalBoardDocument {
  return createLocalDocument({
    get: () => store.getState().doc,
    set: (doc) => store.setState((s) => (s.doc === doc ? s : { ...s, doc })),
    subscribe: (listener) => store.subscribe((state, previous) => state.doc !== previous.doc && listener()),
  });
}

/**
 * The app's commands as the UI calls them; the only code that writes the store. Every change
 * to the board goes through `document` (the seam): this tab's own by default, a shared
 * board's when it is shared (which then keeps the store's board up to date).
 */
export function createActions(store: Store<AppState>, sources: ActionSources = appSources, document: BoardDocument = localDocumentOf(store)) {
  const setSession = (update: (session: Session) => Partial<Session>) =>
    store.setState((s) => ({ ...s, session: { ...s.session, ...update(s.session) } }));

  const notify = (text: string, tone: 'info' | 'error' = 'info') =>
    setSession(() => ({ notice: { text, tone, id: ++noticeId } }));

  /** Runs `work`; a `CommandError` (a refused command, a position that is not a number) is told to the user, and gives null. */
  const attempt = <T>(work: () => T): T | null => {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      notify(error.message, 'error');
      return null;
    }
  };

  /** Runs a command; a refused one leaves the board alone and tells the user why. */
  /** Runs a command; the first edit also closes the welcome (the user has started). */
  const dispatch = (command: Command): boolean => {
    const done = attempt(() => document.execute(command)) !== null;
    if (done && store.getState().session.welcome) setSession(() => ({ welcome: false }));
    return done;
  };

  /**
   * Why these items may not be moved here, or null: what this person may not change
   * (`model/rights`), or a lock, which keeps an item put for its facilitator too until unlocked.
   */
  const moveRefusal = (ids: readonly string[]): string | null => {
    const { doc, live } = store.getState();
    const command: Command = { type: 'moveItems', moves: ids.map((id) => ({ id, position: null })) };
    const refused = commandRefusal(live ? actorOf(live.role) : 'facilitator', doc.board, command);
    if (refused) return refused;
    const locked = doc.board.items.find((item) => item.locked && ids.includes(item.id));
    return locked ? `${quoted(locked.label)} is locked: unlock it in its card to move it.` : null;
  };

  /** When the last drag ended (ms). */
  let droppedAt = 0;

  /** Drops from the selection what is no longer on the board (undone, deleted elsewhere). */
  const pruneSelection = () => {
    const { doc, session } = store.getState();
    if (session.selection.length === 0) return;
    const ids = new Set(doc.board.items.map((item) => item.id));
    if (session.selection.every((id) => ids.has(id))) return;
    setSession(() => selectionOf(session.selection.filter((id) => ids.has(id)), session.selectedId));
  };

  const history = (what: 'Undo' | 'Redo') => () => {
    if (store.getState().session.drag) return;
    const before = store.getState().doc.board;
    const skipped = attempt(() => (what === 'Undo' ? document.undo() : document.redo()));
    if (skipped === null) return;
    pruneSelection();
    if (skipped.length > 0) notify(describeSkipped(what, skipped, store.getState().doc.board, before));
  };

  const replaceBoard = (board: Board) =>
    store.setState((s) => ({
      doc: openDocument(board),
      session: { ...initialSession, save: s.session.save, panelTab: s.session.panelTab, presenting: s.session.presenting, revealStep: s.session.revealStep },
    }));

  /** A free spot near the last click on the map (else the centre), so a new item never hides another. */
  const freeSpot = (): MapPoint => {
    const { doc, session } = store.getState();
    const taken = doc.board.items.flatMap((item) => (item.position ? [item.position] : []));
    return nextFreeSpot(session.anchor ?? mapPoint(0.5, 0.5), taken);
  };

  const addItem = (kind: ItemKind, label: string): string | null => {
    const item = createItem(kind, label, freeSpot());
    if (!dispatch({ type: 'addItems', items: [item] })) return null;
    setSession(() => selectionOf([item.id]));
    return item.id;
  };

  /** Puts an item from the "to place" tray on the map: where it was dropped, else at a free spot. */
  const placeItem = (id: string, at?: MapPoint) => {
    if (dispatch({ type: 'moveItem', id, position: at ?? freeSpot() })) setSession(() => selectionOf([id]));
  };

  /**
   * Every item waiting in the tray onto free spots of a grid over the map (see `gridSpots`):
   * one undo step. The positions are invented, so the items are marked "not placed by anyone".
   */
  const placeAll = () => {
    const { items } = store.getState().doc.board;
    const waiting = items.filter((item) => item.position === null);
    const spots = gridSpots(waiting.length, items.flatMap((item) => (item.position ? [item.position] : [])));
    if (waiting.length > 0) dispatch({ type: 'moveItems', moves: waiting.map((item, i) => ({ id: item.id, position: spots[i]! })), guessed: true });
  };

  /** Pins a found zone on the board (one undo step): it stays when the items move on. */
  const pinZone = (zone: NamedZone): boolean => {
    const pinned = attempt(() => pinnedZoneFrom(zone, sources.newId, sources.now()));
    return pinned !== null && dispatch({ type: 'pinZone', zone: pinned });
  };

  /** A new concept named `label` at a zone's peak, selected: its id, or null when refused. */
  const placeConcept = (zone: NamedZone, label: string): string | null => {
    const item = attempt(() => conceptAt(zone, label, sources.newId));
    if (!item || !dispatch({ type: 'addItems', items: [item] })) return null;
    setSession(() => selectionOf([item.id]));
    return item.id;
  };

  return {
    dispatch,
    placeAll,
    pinZone,
    placeConcept,
    notify,
    document,
    undo: history('Undo'),
    redo: history('Redo'),
    addItem,
    placeItem,
    select: (id: string | null) => setSession(() => selectionOf(id ? [id] : [])),
    ...selectionActions({ store, setSession, dispatch, notify, moveRefusal }),
    ...noteActions({ store, setSession, dispatch, newId: sources.newId, now: sources.now }),
    setAnchor: (anchor: MapPoint | null) => setSession(() => ({ anchor })),
    /** A long press or right click on an item: it alone is selected and its card opens (on a phone, the sheet). */
    openItemActions: (id: string) => setSession((session) => ({ ...selectionOf([id]), panelTab: 'items', sheetOpen: session.sheetOpen + 1 })),
    /** Zoom and pan: what part of the map is on screen (kept to the map by the view's own rules, `fitView`). */
    setView: (view: Session['view']) => setSession((session) => (sameView(session.view, view) ? {} : { view })),
    /** Zooms around the view's centre by `factor`; 0: the whole map again ("Fit"). */
    zoomBy: (factor: number) =>
      setSession((session) => {
        const { view } = session;
        const next = keepView({ ...view, zoom: factor === 0 ? 1 : view.zoom * factor });
        return sameView(view, next) ? {} : { view: next };
      }),
    setPanelTab: (panelTab: Session['panelTab']) => setSession(() => ({ panelTab })),
    hoverZone: (hoveredZone: number | null) => setSession(() => ({ hoveredZone })),
    setWelcome: (welcome: boolean) => setSession(() => ({ welcome })),
    setShortcuts: (shortcuts: boolean) => setSession(() => ({ shortcuts })),
    /** A zone clicked on the map: the Zones tab opens on it, and it stays highlighted. */
    selectZone: (selectedZone: number) => setSession(() => ({ selectedZone, hoveredZone: selectedZone, panelTab: 'zones' })),
    setPresenting: (presenting: boolean) => setSession(() => ({ presenting })),
    /** Reveals one layer more (+1) or one less (−1) in presentation; never while an item is held. */
    moveRevealStep: (delta: number) =>
      setSession((session) => (session.drag ? {} : { revealStep: moveRevealStep(session.revealStep, delta) })),
    setRevealStep: (revealStep: RevealStep) => setSession(() => ({ revealStep })),
    /** The facilitator's lock on the board: participants change nothing while it is on. */
    setBoardLocked: (locked: boolean) => {
      if (dispatch({ type: 'lockBoard', locked })) notify(locked ? 'The board is locked: participants can watch, not change it.' : 'The board is unlocked: participants can change it again.');
    },
    /** A lock on items: they stay put (a drag is refused), and participants cannot change them. */
    setItemsLocked: (ids: readonly string[], locked: boolean) => dispatch({ type: 'lockItems', ids, locked }),
    dismissNotice: () => setSession(() => ({ notice: null })),
    setPendingImport: (pendingImport: Session['pendingImport']) => setSession(() => ({ pendingImport })),
    /** Opens (or with null closes) the survey import dialog on a file. */
    openSurvey: (survey: Session['survey']) => setSession(() => ({ survey })),
    /** Offline edits someone else's change overwrote, shown until answered (`[]`: answered). */
    setOverwritten: (overwritten: NonNullable<AppState['live']>['overwritten']) => store.setState((s) => (s.live ? { ...s, live: { ...s.live, overwritten } } : s)),
    /** Where items moved to a round's position came from (faint arrows); `{}` dismisses them. */
    setAcceptedFrom: (acceptedFrom: Session['acceptedFrom']) => setSession(() => ({ acceptedFrom })),
    /**
     * Picks up an item: with others selected beside it, the whole selection moves with it
     * (each at its own place, by one delta, kept on the map as a group).
     */
    startDrag: (id: string) => {
      const { doc, session } = store.getState();
      const byId = new Map(doc.board.items.map((item) => [item.id, item]));
      const item = byId.get(id);
      if (!item?.position) return;
      const inSelection = session.selection.includes(id);
      const group = inSelection ? session.selection.flatMap((other) => (other === id || !byId.get(other)?.position ? [] : [{ id: other, origin: byId.get(other)!.position! }])) : [];
      const refused = moveRefusal([id, ...group.map((member) => member.id)]);
      if (refused) return notify(refused, 'error');
      setSession(() => ({ drag: { id, origin: item.position!, position: item.position!, group }, ...(inSelection ? {} : selectionOf([id])) }));
    },
    /** The live preview: moves the markers and feeds the gap-finder, never the history. A group stops as one at the map's edge. */
    moveDrag: (position: MapPoint) =>
      setSession((session) => {
        const { drag } = session;
        if (!drag) return {};
        if (drag.group.length === 0) return { drag: { ...drag, position } };
        const delta = clampGroupDelta([drag.origin, ...drag.group.map((member) => member.origin)], position.x - drag.origin.x, position.y - drag.origin.y);
        return { drag: { ...drag, position: moveBy(drag.origin, delta) } };
      }),
    /** One drag, one undo step (the whole group in one command); a drop where it began adds none. */
    endDrag: () => {
      const { drag } = store.getState().session;
      if (!drag) return;
      droppedAt = Date.now();
      setSession(() => ({ drag: null }));
      if (drag.group.length === 0) return void dispatch({ type: 'moveItem', id: drag.id, position: drag.position });
      const moves = dragMoves(drag);
      if (drag.position.x !== drag.origin.x || drag.position.y !== drag.origin.y) dispatch({ type: 'moveItems', moves });
    },
    cancelDrag: () => {
      droppedAt = Date.now();
      setSession(() => ({ drag: null }));
    },
    /** True just after a drop: the click a drop ends with is not a choice of one item. */
    justDragged: () => Date.now() - droppedAt < 300,
    /**
     * Another tab's save of this board, adopted as a remote change: undo, selection (while
     * its item exists) and the session stay. Another board replaces the document.
     */
    adoptRemoteBoard: (board: Board) => {
      if (board.id !== store.getState().doc.board.id) return replaceBoard(board);
      // Only a board kept in this browser has other tabs that save it.
      if (!isLocalDocument(document)) return;
      document.adoptRemote(board);
      pruneSelection();
    },
    /** Opens another board (switching boards, a reload from storage): a fresh document and session. */
    replaceBoard,
    setSave: (save: Session['save']) => setSession(() => ({ save })),
    /**
     * A save's stamp (`updatedAt`) on the board in memory, so memory, storage and the other
     * tabs agree; only while the board is still the one saved. Not an edit: never undone.
     */
    stampSaved: (saved: Board, stamped: Board) =>
      store.setState((s) => (s.doc.board === saved ? { ...s, doc: { ...s.doc, board: stamped } } : s)),
    setConflict: (conflict: Session['conflict']) => setSession(() => ({ conflict })),
    setRecovery: (recovery: Session['recovery']) => setSession(() => ({ recovery })),
    setDeletedElsewhere: (deletedElsewhere: boolean) => setSession(() => ({ deletedElsewhere })),
    setScaleReading: (scaleReading: Session['scaleReading']) => setSession(() => ({ scaleReading })),
  };
}

export type Actions = ReturnType<typeof createActions>;

export function createAppStore(board: Board): Store<AppState> {
  return createStore<AppState>({ doc: openDocument(board), session: initialSession });
}
