import type { Awareness } from 'y-protocols/awareness';
import type { Store } from '../../store/createStore';
import type { AppState } from '../../store/appState';
import type { Crossing } from '../../store/liveState';
import type { Item } from '../../model/types';
import type { SharedDocument } from '../sharedDocument';
import { addCrossings, crossedEdits, fingerprint, settled, watchAfterMs } from './crossedEdits';
import { offlineEdits, offlineNotes } from './offlineEdits';
import { peerNotes, type Presence } from './presence';

/** A check waits this long after a change or a presence update, so a burst of them is checked once. */
const checkAfterMs = 300;

/**
 * Crossed edits on a shared board (crossedEdits): edits made offline are remembered; once
 * back and caught up, those someone else's change overwrote are said, and once the server has
 * them they are announced, so whoever's change they crossed is told too and tells back.
 * What is told goes into the store (`live.overwritten`) until answered or settled.
 */
export function startCrossings(options: {
  store: Store<AppState>;
  shared: SharedDocument;
  awareness: Awareness;
  announce: (notes: Pick<Presence, 'offline' | 'crossed'>) => void;
}) {
  const { store, shared, awareness, announce } = options;
  const offline = offlineEdits();
  const crossed = crossedEdits(awareness.clientID);
  /** Notes to announce once the server has my offline edits (before, a peer would compare them with a board that lacks them). */
  let waiting: ReturnType<typeof offlineNotes> | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (run: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  /** Crossings answered or settled: a later word about the same one (the other side's, arriving after) is not told again. */
  const done = new Set<string>();
  const doneKey = (crossing: Crossing) => `${crossing.id}\u0000${crossing.field}\u0000${fingerprint(crossing.mine)}`;
  const unwatchAnswers = store.subscribe((state, previous) => {
    const now = state.live?.overwritten;
    const was = previous.live?.overwritten;
    if (now !== was && was) for (const crossing of was) if (!now?.includes(crossing)) done.add(doneKey(crossing));
  });
  const tell = (found: readonly Crossing[]) => {
    const fresh = found.filter((crossing) => !done.has(doneKey(crossing)));
    if (fresh.length > 0) store.setState((s) => (s.live ? { ...s, live: { ...s.live, overwritten: addCrossings(s.live.overwritten, fresh) } } : s));
  };
  const valueOf = (id: string, field: string) => store.getState().doc.board.items.find((item) => item.id === id)?.[field as keyof Item];

  let checking = false;
  const check = () => {
    checking = false;
    if (store.getState().live?.role === 'view') return;
    const { tell: found, notes } = crossed.check(peerNotes(awareness.getStates()), valueOf);
    tell(found);
    if (found.length > 0) {
      announce({ crossed: notes });
      // Told back for a while, then no more.
      later(() => announce({ crossed: crossed.check([], valueOf).notes }), watchAfterMs + 100);
    }
  };
  const soon = () => {
    if (checking) return;
    checking = true;
    later(check, checkAfterMs);
  };
  awareness.on('change', soon);

  const unsubscribe = shared.subscribe((board, source, changes) => {
    if (source === 'local') crossed.local(changes);
    else crossed.remote(changes);
    if (source === 'local' && store.getState().live?.connection !== 'live') offline.changed(changes);
    else if (source === 'remote') soon();
    // A crossing settled since it was told (one of us put the other's value back, or someone moved on): no longer said.
    const told = store.getState().live?.overwritten ?? [];
    const open = told.filter((edit) => !settled(edit, board));
    if (open.length !== told.length) store.setState((s) => (s.live ? { ...s, live: { ...s.live, overwritten: open } } : s));
  });

  return {
    /** The room is reached again and caught up: what did not stand is said; the rest waits for `stored`. */
    connected(): void {
      if (offline.size === 0) return;
      const edits = offline.all();
      crossed.announce(edits);
      waiting = offlineNotes(edits);
      tell(offline.lost(store.getState().doc.board).map((edit) => ({ ...edit, by: null, stands: 'theirs', offline: true })));
    },
    /** The server has stored everything this device has: my offline edits are announced, for a while. */
    stored(): void {
      if (!waiting || store.getState().live?.role === 'view') return;
      announce({ offline: waiting });
      waiting = null;
      later(() => announce({ offline: null }), watchAfterMs);
    },
    /** This screen became view-only (its link replaced): it announces nothing (the server would refuse it). */
    viewOnly(): void {
      waiting = null;
      announce({ offline: null, crossed: null });
    },
    destroy(): void {
      unsubscribe();
      unwatchAnswers();
      awareness.off('change', soon);
      timers.forEach(clearTimeout);
    },
  };
}
