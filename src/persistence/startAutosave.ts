import type { AppState } from '../store/appState';
import type { Actions } from '../store/actions';
import type { Store } from '../store/createStore';
import type { Board } from '../model/types';
import { newId } from '../model/ids';
import { parseDocument, toDocument } from '../schema/parseDocument';
import { describeStorageError } from './indexedDb';
import type { SaveRepository } from './autosave/SaveRepository';
import { createSaveLoop } from './autosave/saveLoop';
import { saveBoard } from './autosave/saveBoard';
import { openBoardChannel, type BoardChannel, type BoardMessage } from './autosave/boardChannel';
import { incomingMessage } from './autosave/incomingMessage';
import { describeReplaced, mergeMine } from '../model/mergeMine';
import { diffBoards } from '../model/changes';
import { applySaved } from './storedRecords';
import { currentVersion } from '../schema/format';

/** Saves start at most this long after the first unsaved change (the budget is 500 ms). */
export const saveDelayMs = 250;

/** Waits between retries of a failed save: doubling, then every 30 s. */
export const retryDelaysMs = [1000, 2000, 4000, 8000, 16000, 30000] as const;

export interface Autosave {
  /** Saves now if anything is unsaved. */
  flush(): Promise<void>;
  /** True when the board in the store is the one last written. */
  isSaved(): boolean;
  /** Ends a conflict: take the other tab's board, or write ours over it on purpose. */
  resolveConflict(choice: 'theirs' | 'mine'): void;
  /**
   * Follows the store to another board: call after `flush()` and before the board is put in
   * the store. `revision` is the stored revision it came from (0: never saved); `exact` false
   * when storage holds more than the board (records the reader left out): the next save writes
   * every record.
   */
  switchTo(board: Board, revision: number, exact?: boolean): void;
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
  repo: SaveRepository;
  revision: number;
  /** False when storage holds more than the board opened (records the reader left out): the first save writes every record. */
  exact?: boolean;
  now?: () => string;
  /** The broadcast to other tabs; the app's BroadcastChannel unless a test gives one. */
  channel?: BoardChannel;
}): Autosave {
  const { store, actions, repo } = options;
  const now = options.now ?? (() => new Date().toISOString());
  /** This tab, as the writer of its saves and pending edits. */
  const writer = newId('tab');
  let baseRevision = options.revision;
  let savedBoard: Board | null = options.revision > 0 ? store.getState().doc.board : null;
  /**
   * Storage holds `savedBoard` record for record, so a save writes only what changed since.
   * False after a board was opened with records left out, or taken whole from elsewhere.
   */
  let exact = options.exact ?? true;
  let failures = 0;
  /** After "Keep mine": what the other tabs lose, told with the next save. */
  let replacedNote = '';
  let held = false;
  const channel = options.channel ?? openBoardChannel();

  const board = () => store.getState().doc.board;
  const dirty = () => board() !== savedBoard;
  const blocked = () => held || store.getState().session.conflict !== null || store.getState().session.deletedElsewhere;

  /** The status once no write is under way: a hold (a crash) outranks the rest. */
  const showSettled = () =>
    actions.setSave(held ? { kind: 'error', message: 'Not saved: paused after a crash, so the stored board stays as it was' } : dirty() ? { kind: 'unsaved' } : { kind: 'saved' });

  async function writeOnce(): Promise<void> {
    const current = board();
    if (current === savedBoard || blocked()) return;
    if (failures === 0) actions.setSave({ kind: 'saving' });
    try {
      // What changed since the last save, by id (items compared by reference: unchanged ones are shared).
      const changes = savedBoard ? diffBoards(savedBoard, current) : null;
      const base = baseRevision;
      const result = await saveBoard(repo, current, base, writer, now(), exact ? changes : null);
      if (result.kind === 'deleted') return deletedElsewhere();
      if (result.kind === 'stale') {
        actions.setConflict({ revision: result.revision, document: result.document });
        actions.setSave({ kind: 'error', message: 'Not saved: this board was changed in another tab' });
        return;
      }
      baseRevision = result.revision;
      savedBoard = result.board;
      exact = true;
      actions.stampSaved(current, result.board);
      await repo.rememberLastBoard(current.id);
      // The other tabs hear what changed; the whole board only with a board's first save.
      const news = changes ? { base, version: currentVersion, changes, updatedAt: result.board.updatedAt } : { document: toDocument(result.board) };
      channel.post({ type: 'saved', boardId: current.id, revision: result.revision, ...news, ...(replacedNote ? { note: replacedNote } : {}) });
      replacedNote = '';
      if (failures > 0) actions.notify(`Saved again: every change is stored (after ${failures} failed ${failures === 1 ? 'attempt' : 'attempts'}).`);
      failures = 0;
      showSettled();
      if (dirty()) loop.schedule();
    } catch (error) {
      const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)]!;
      failures++;
      actions.setSave({ kind: 'error', message: `Not saved: ${describeStorageError(error)}. Trying again in ${delay / 1000} s; keep this tab open.` });
      loop.schedule(delay);
    }
  }

  const loop = createSaveLoop(writeOnce, saveDelayMs);
  const { flush } = loop;

  /** Leaving: the unsaved board goes to storage in this task (no read first), then a normal save is tried. */
  const keepUnsaved = () => {
    if (!dirty() || held) return;
    const current = board();
    const at = now();
    repo.savePendingNow({ boardId: current.id, base: baseRevision, document: toDocument({ ...current, updatedAt: at }), savedAt: at, writer });
    void flush();
  };

  function deletedElsewhere() {
    loop.cancel();
    actions.setConflict(null);
    actions.setDeletedElsewhere(true);
    actions.setSave({ kind: 'error', message: 'Not saved: this board was deleted in another tab' });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc.board === previous.doc.board || state.doc.board === savedBoard) return;
    if (state.session.save.kind !== 'error') actions.setSave({ kind: 'unsaved' });
    loop.schedule();
  });

  const adopt = (revision: number, document: unknown, message: string) => {
    const parsed = parseDocument(document);
    if (!parsed.ok) {
      actions.notify(`Another tab saved a board this tab cannot read: ${parsed.errors[0]}`, 'error');
      return;
    }
    baseRevision = revision;
    savedBoard = parsed.board;
    exact = false;
    actions.adoptRemoteBoard(parsed.board);
    actions.setConflict(null);
    actions.setSave({ kind: 'saved' });
    actions.notify(message);
  };

  const verdictOn = (message: BoardMessage) => incomingMessage(message, { boardId: board().id, baseRevision, dirty: dirty(), dragging: store.getState().session.drag !== null });
  /** Another tab's save, taken whole: adopted, or a conflict the user settles. */
  const takeWhole = (revision: number, document: unknown, note: string) => {
    const verdict = verdictOn({ type: 'saved', boardId: board().id, revision, document });
    if (verdict === 'adopt') adopt(revision, document, note);
    else if (verdict === 'conflict') {
      actions.setConflict({ revision, document });
      actions.setSave({ kind: 'error', message: 'Not saved: this board was changed in another tab' });
    }
  };
  /** Another tab saved on the revision this tab holds: its changes, checked, laid on this board (cost: the change). */
  const applyNews = (message: Extract<BoardMessage, { type: 'saved' }>, note: string): boolean => {
    // Only the very next revision, told by this schema's version: anything else is read from storage.
    if (message.base !== baseRevision || message.revision !== baseRevision + 1 || message.version !== currentVersion || !savedBoard || board() !== savedBoard) return false;
    const applied = applySaved(savedBoard, message.changes, message.updatedAt);
    if ('problem' in applied) return false;
    baseRevision = message.revision;
    savedBoard = applied.board;
    actions.adoptRemoteBoard(applied.board);
    actions.setConflict(null);
    actions.setSave({ kind: 'saved' });
    actions.notify(note);
    return true;
  };
  const onMessage = (message: BoardMessage) => {
    const verdict = verdictOn(message);
    if (verdict === 'deleted') return deletedElsewhere();
    if (verdict === 'ignore' || message.type !== 'saved') return;
    const note = typeof message.note === 'string' && message.note ? message.note : 'Updated with changes from another tab.';
    if (message.document !== undefined) return takeWhole(message.revision, message.document, note);
    if (verdict === 'adopt' && applyNews(message, note)) return;
    // Behind by more than this save, or busy here: the board as storage holds it now.
    const boardId = message.boardId;
    repo.load(boardId).then(
      (stored) => {
        if (stored && board().id === boardId && stored.revision > baseRevision) takeWhole(stored.revision, stored.document, note);
      },
      () => actions.notify('Another tab saved this board, and this tab could not read it from storage: reload to see it.', 'error'),
    );
  };
  channel.listen(onMessage);

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

  if (dirty()) loop.schedule();

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
        // Keep mine: their board with my changes laid on top, item by item and field by field.
        const theirs = parseDocument(conflict.document);
        if (theirs.ok && savedBoard) {
          const merged = mergeMine(savedBoard, board(), theirs.board);
          replacedNote = describeReplaced(merged.replaced);
          actions.adoptRemoteBoard(merged.board);
        }
        // What storage holds now is theirs: the next save is told against it, and writes every record.
        savedBoard = theirs.ok ? theirs.board : null;
        exact = false;
        baseRevision = conflict.revision;
        actions.setConflict(null);
        void flush();
      }
    },
    switchTo(next, revision, isExact = true) {
      loop.cancel();
      failures = 0;
      baseRevision = revision;
      savedBoard = revision > 0 ? next : null;
      exact = isExact;
      actions.setConflict(null);
      actions.setDeletedElsewhere(false);
      actions.setSave(revision > 0 ? { kind: 'saved' } : { kind: 'unsaved' });
      if (revision === 0) loop.schedule();
    },
    hold(on) {
      if (held === on) return;
      held = on;
      loop.cancel();
      showSettled();
      if (!on && dirty()) loop.schedule();
    },
    announceDeleted(boardId) {
      channel.post({ type: 'deleted', boardId });
    },
    destroy() {
      unsubscribe();
      loop.cancel();
      channel.close();
      if (typeof document !== 'undefined') {
        document.removeEventListener('visibilitychange', onHidden);
        window.removeEventListener('pagehide', keepUnsaved);
        window.removeEventListener('beforeunload', onBeforeUnload);
      }
    },
  };
}
