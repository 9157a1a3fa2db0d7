import type { AppState } from '../store/appState';
import type { Actions } from '../store/actions';
import type { Store } from '../store/createStore';
import type { Board } from '../model/types';
import { newId } from '../model/ids';
import { parseDocument, toDocument } from '../schema/parseDocument';
import type { BoardRepository } from './boardRepository';
import { describeStorageError } from './indexedDb';

/** Saves start at most this long after the first unsaved change (the budget is 500 ms). */
export const saveDelayMs = 250;

/** Waits between retries of a failed save: doubling, then every 30 s. */
export const retryDelaysMs = [1000, 2000, 4000, 8000, 16000, 30000] as const;

type Message =
  | { readonly type: 'saved'; readonly boardId: string; readonly revision: number; readonly document: unknown }
  | { readonly type: 'deleted'; readonly boardId: string };

export interface Autosave {
  /** Saves now if anything is unsaved. */
  flush(): Promise<void>;
  /** True when the board in the store is the one last written. */
  isSaved(): boolean;
  /** Ends a conflict: take the other tab's board, or write ours over it on purpose. */
  resolveConflict(choice: 'theirs' | 'mine'): void;
  /**
   * Follows the store to another board: call after `flush()` and before the board is put in
   * the store. `revision` is the stored revision it came from (0: never saved).
   */
  switchTo(board: Board, revision: number): void;
  /** Tells the other tabs a board was deleted (they stop saving it and offer a copy). */
  announceDeleted(boardId: string): void;
  /**
   * Holds every write while the view has crashed (`true`), so what is stored stays as it was
   * last saved; `false` resumes. The save status says so while held.
   */
  hold(on: boolean): void;
  destroy(): void;
}

/**
 * Keeps the store's board saved: debounced writes based on the last revision this tab saw;
 * when the page is hidden or goes away, the unsaved board is written at once as pending
 * edits (settled on the next load). A failed save says why and retries with backoff.
 * Broadcasts each save and deletion to other tabs and takes theirs in.
 */
export function startAutosave(options: {
  store: Store<AppState>;
  actions: Actions;
  repo: BoardRepository;
  revision: number;
  now?: () => string;
}): Autosave {
  const { store, actions, repo } = options;
  const now = options.now ?? (() => new Date().toISOString());
  /** This tab, as the writer of its saves and pending edits. */
  const writer = newId('tab');
  let baseRevision = options.revision;
  let savedBoard: Board | null = options.revision > 0 ? store.getState().doc.board : null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let failures = 0;
  let held = false;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('pa-map');

  const board = () => store.getState().doc.board;
  const dirty = () => board() !== savedBoard;
  const blocked = () => held || store.getState().session.conflict !== null || store.getState().session.deletedElsewhere;

  /** The status once no write is under way: a hold (a crash) outranks the rest. */
  const showSettled = () =>
    actions.setSave(held ? { kind: 'error', message: 'Not saved: paused after a crash, so the stored board stays as it was' } : dirty() ? { kind: 'unsaved' } : { kind: 'saved' });

  const schedule = (delay = saveDelayMs) => {
    if (timer === null) timer = setTimeout(() => void flush(), delay);
  };

  async function writeOnce(): Promise<void> {
    const current = board();
    if (current === savedBoard || blocked()) return;
    if (failures === 0) actions.setSave({ kind: 'saving' });
    try {
      const outcome = await repo.save(current.id, toDocument({ ...current, updatedAt: now() }), baseRevision, writer);
      if (!outcome.ok) {
        if ('deleted' in outcome) deletedElsewhere();
        else {
          actions.setConflict({ revision: outcome.stale.revision, document: outcome.stale.document });
          actions.setSave({ kind: 'error', message: 'Not saved: this board was changed in another tab' });
        }
        return;
      }
      baseRevision = outcome.revision;
      savedBoard = current;
      await repo.rememberLastBoard(current.id);
      channel?.postMessage({ type: 'saved', boardId: current.id, revision: outcome.revision, document: toDocument(current) } satisfies Message);
      if (failures > 0) actions.notify(`Saved again: every change is stored (after ${failures} failed ${failures === 1 ? 'attempt' : 'attempts'}).`);
      failures = 0;
      showSettled();
      if (dirty()) schedule();
    } catch (error) {
      const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)]!;
      failures++;
      actions.setSave({ kind: 'error', message: `Not saved: ${describeStorageError(error)}. Trying again in ${delay / 1000} s; keep this tab open.` });
      schedule(delay);
    }
  }

  async function flush(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    while (inFlight) await inFlight;
    inFlight = writeOnce();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  /** Leaving: the unsaved board goes to storage in this task (no read first), then a normal save is tried. */
  const keepUnsaved = () => {
    if (!dirty() || held) return;
    const current = board();
    const at = now();
    repo.savePendingNow({ boardId: current.id, base: baseRevision, document: toDocument({ ...current, updatedAt: at }), savedAt: at, writer });
    void flush();
  };

  function deletedElsewhere() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    actions.setConflict(null);
    actions.setDeletedElsewhere(true);
    actions.setSave({ kind: 'error', message: 'Not saved: this board was deleted in another tab' });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc.board === previous.doc.board || state.doc.board === savedBoard) return;
    if (state.session.save.kind !== 'error') actions.setSave({ kind: 'unsaved' });
    schedule();
  });

  const adopt = (revision: number, document: unknown, message: string) => {
    const parsed = parseDocument(document);
    if (!parsed.ok) {
      actions.notify(`Another tab saved a board this tab cannot read: ${parsed.errors[0]}`, 'error');
      return;
    }
    baseRevision = revision;
    savedBoard = parsed.board;
    actions.adoptRemoteBoard(parsed.board);
    actions.setConflict(null);
    actions.setSave({ kind: 'saved' });
    actions.notify(message);
  };

  const onMessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.boardId !== board().id) return;
    if (message.type === 'deleted') {
      deletedElsewhere();
      return;
    }
    if (message.type !== 'saved' || !Number.isSafeInteger(message.revision) || message.revision <= baseRevision) return;
    if (!dirty() && !store.getState().session.drag) adopt(message.revision, message.document, 'Updated with changes from another tab.');
    else {
      actions.setConflict({ revision: message.revision, document: message.document });
      actions.setSave({ kind: 'error', message: 'Not saved: this board was changed in another tab' });
    }
  };
  channel?.addEventListener('message', onMessage);

  const onHidden = () => {
    if (document.visibilityState === 'hidden') keepUnsaved();
  };
  /** The browser asks before leaving only while something is at risk: a failed save, a conflict, a deleted board. */
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const { save, conflict, deletedElsewhere: deleted } = store.getState().session;
    if (save.kind !== 'error' && !conflict && !deleted) return;
    event.preventDefault();
    event.returnValue = '';
  };
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', keepUnsaved);
    window.addEventListener('beforeunload', onBeforeUnload);
  }

  if (dirty()) schedule();

  return {
    flush,
    isSaved: () => !dirty(),
    resolveConflict(choice) {
      const conflict = store.getState().session.conflict;
      if (!conflict) return;
      if (choice === 'theirs') {
        // Edits this tab kept while hidden are given up with the rest, on purpose.
        repo.discardPending(board().id).catch(() => undefined);
        adopt(conflict.revision, conflict.document, 'Loaded the version from the other tab.');
      } else {
        baseRevision = conflict.revision;
        actions.setConflict(null);
        void flush();
      }
    },
    switchTo(next, revision) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      failures = 0;
      baseRevision = revision;
      savedBoard = revision > 0 ? next : null;
      actions.setConflict(null);
      actions.setDeletedElsewhere(false);
      actions.setSave(revision > 0 ? { kind: 'saved' } : { kind: 'unsaved' });
      if (revision === 0) schedule();
    },
    hold(on) {
      if (held === on) return;
      held = on;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      showSettled();
      if (!on && dirty()) schedule();
    },
    announceDeleted(boardId) {
      channel?.postMessage({ type: 'deleted', boardId } satisfies Message);
    },
    destroy() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      if (typeof document !== 'undefined') {
        document.removeEventListener('visibilitychange', onHidden);
        window.removeEventListener('pagehide', keepUnsaved);
        window.removeEventListener('beforeunload', onBeforeUnload);
      }
    },
  };
}
