import type { AppState } from '../store/appState';
import type { Actions } from '../store/actions';
import type { Store } from '../store/createStore';
import type { Board } from '../model/types';
import { parseDocument, toDocument } from '../schema/parseDocument';
import type { BoardRepository } from './boardRepository';

/** Saves start at most this long after the first unsaved change (the budget is 500 ms). */
export const saveDelayMs = 250;

interface SavedMessage {
  readonly type: 'saved';
  readonly boardId: string;
  readonly revision: number;
  readonly document: unknown;
}

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
  destroy(): void;
}

/**
 * Keeps the store's board saved: debounced writes based on the last revision this tab saw,
 * flushed when the page is hidden; broadcasts each save to other tabs and takes theirs in.
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
  let baseRevision = options.revision;
  let savedBoard: Board | null = options.revision > 0 ? store.getState().doc.board : null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('pa-map');

  const board = () => store.getState().doc.board;
  const dirty = () => board() !== savedBoard;

  const schedule = () => {
    if (timer === null) timer = setTimeout(() => void flush(), saveDelayMs);
  };

  async function writeOnce(): Promise<void> {
    const current = board();
    if (current === savedBoard || store.getState().session.conflict) return;
    actions.setSave({ kind: 'saving' });
    try {
      const outcome = await repo.save(current.id, toDocument({ ...current, updatedAt: now() }), baseRevision);
      if (!outcome.ok) {
        actions.setConflict({ revision: outcome.stale.revision, document: outcome.stale.document });
        actions.setSave({ kind: 'error', message: 'Not saved: this board was changed in another tab' });
        return;
      }
      baseRevision = outcome.revision;
      savedBoard = current;
      await repo.rememberLastBoard(current.id);
      channel?.postMessage({ type: 'saved', boardId: current.id, revision: outcome.revision, document: toDocument(current) } satisfies SavedMessage);
      actions.setSave(dirty() ? { kind: 'unsaved' } : { kind: 'saved' });
      if (dirty()) schedule();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      actions.setSave({ kind: 'error', message: `Not saved: storage failed (${reason}). Keep this tab open.` });
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
    actions.replaceBoard(parsed.board);
    actions.setConflict(null);
    actions.setSave({ kind: 'saved' });
    actions.notify(message);
  };

  const onMessage = (event: MessageEvent<SavedMessage>) => {
    const message = event.data;
    if (message?.type !== 'saved' || message.boardId !== board().id || message.revision <= baseRevision) return;
    if (!dirty() && !store.getState().session.drag) adopt(message.revision, message.document, 'Updated with changes from another tab.');
    else {
      actions.setConflict({ revision: message.revision, document: message.document });
      actions.setSave({ kind: 'error', message: 'Not saved: this board was changed in another tab' });
    }
  };
  channel?.addEventListener('message', onMessage);

  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
  }

  if (dirty()) schedule();

  return {
    flush,
    isSaved: () => !dirty(),
    resolveConflict(choice) {
      const conflict = store.getState().session.conflict;
      if (!conflict) return;
      if (choice === 'theirs') adopt(conflict.revision, conflict.document, 'Loaded the version from the other tab.');
      else {
        baseRevision = conflict.revision;
        actions.setConflict(null);
        void flush();
      }
    },
    switchTo(next, revision) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      baseRevision = revision;
      savedBoard = revision > 0 ? next : null;
      actions.setConflict(null);
      actions.setSave(revision > 0 ? { kind: 'saved' } : { kind: 'unsaved' });
      if (revision === 0) schedule();
    },
    destroy() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      if (typeof document !== 'undefined') {
        document.removeEventListener('visibilitychange', onHidden);
        window.removeEventListener('pagehide', onPageHide);
      }
    },
  };
}
