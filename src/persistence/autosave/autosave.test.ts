import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveLoop } from './saveLoop';
import { saveBoard } from './saveBoard';
import { incomingMessage } from './incomingMessage';
import { fakeChannel, fakeRepository } from './testFakes';
import { startAutosave, saveDelayMs } from '../startAutosave';
import { createActions, createAppStore } from '../../store/actions';
import { mapPoint } from '../../model/mapPoint';
import { testBoard } from '../../model/testBoard';
import { toDocument } from '../../schema/parseDocument';
import type { Board } from '../../model/types';

/** The board inside a saved envelope (the envelope types it as unknown: it is read at the boundary). */
const boardOf = (document: { readonly board: unknown }) => document.board as Board;

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('createSaveLoop', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('schedule() twice makes one write, at the first deadline', async () => {
    const write = vi.fn(async () => undefined);
    const loop = createSaveLoop(write, 250);
    loop.schedule();
    await vi.advanceTimersByTimeAsync(200);
    loop.schedule();
    await vi.advanceTimersByTimeAsync(60);
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('flush() writes now, drops the scheduled write, and waits for one under way before its own', async () => {
    const order: string[] = [];
    let release = () => undefined as void;
    const write = vi.fn(() => {
      order.push(`start ${write.mock.calls.length}`);
      return write.mock.calls.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    });
    const loop = createSaveLoop(write, 250);
    const first = loop.flush();
    loop.schedule();
    const second = loop.flush();
    await settle();
    expect(order).toEqual(['start 1']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['start 1', 'start 2']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('cancel() drops the scheduled write', async () => {
    const write = vi.fn(async () => undefined);
    const loop = createSaveLoop(write, 250);
    loop.schedule();
    loop.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).not.toHaveBeenCalled();
  });
});

describe('saveBoard', () => {
  it('writes once, stamped with one updatedAt in the board and the document it returns', async () => {
    const { repo, writes } = fakeRepository();
    const result = await saveBoard(repo, testBoard(), 0, 'tab:a', '2026-02-02T02:02:02.000Z');
    expect(writes).toHaveLength(1);
    expect(result).toMatchObject({ kind: 'saved', revision: 1 });
    if (result.kind !== 'saved') return;
    expect(result.board.updatedAt).toBe('2026-02-02T02:02:02.000Z');
    expect(boardOf(result.document).updatedAt).toBe('2026-02-02T02:02:02.000Z');
    expect(writes[0]!.document).toBe(result.document);
  });

  it('writes nothing when storage moved on (stale) or the board was deleted', async () => {
    const { repo, writes, state } = fakeRepository();
    state.revision = 3;
    state.document = toDocument(testBoard());
    expect(await saveBoard(repo, testBoard(), 2, 'tab:a', 'now')).toMatchObject({ kind: 'stale', revision: 3 });
    state.deleted = true;
    expect(await saveBoard(repo, testBoard(), 3, 'tab:a', 'now')).toEqual({ kind: 'deleted' });
    expect(writes).toHaveLength(0);
  });
});

describe('incomingMessage', () => {
  const tab = { boardId: 'board:x', baseRevision: 4, dirty: false, dragging: false };
  const saved = (revision: number, boardId = 'board:x') => ({ type: 'saved' as const, boardId, revision, document: {} });

  it.each([
    ['another board’s save', saved(9, 'board:y'), tab, 'ignore'],
    ['an older or equal revision', saved(4), tab, 'ignore'],
    ['a revision that is not a whole number', saved(4.5), tab, 'ignore'],
    ['a newer save, nothing unsaved here', saved(5), tab, 'adopt'],
    ['a newer save while this tab has unsaved changes', saved(5), { ...tab, dirty: true }, 'conflict'],
    ['a newer save while an item is held', saved(5), { ...tab, dragging: true }, 'conflict'],
    ['a deletion of this board', { type: 'deleted' as const, boardId: 'board:x' }, tab, 'deleted'],
    ['nothing at all', null, tab, 'ignore'],
  ] as const)('%s → %s', (_name, message, state, verdict) => {
    expect(incomingMessage(message, state)).toBe(verdict);
  });
});

describe('startAutosave with a fake repository', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function setup() {
    const store = createAppStore(testBoard());
    const actions = createActions(store);
    const { repo, writes, state } = fakeRepository();
    const { channel, posted, deliver } = fakeChannel();
    let tick = 0;
    const now = () => `2026-01-01T00:00:${String(++tick).padStart(2, '0')}.000Z`;
    const autosave = startAutosave({ store, actions, repo, revision: 0, now, channel });
    return { store, actions, writes, state, posted, deliver, autosave };
  }

  it('one edit is one write, and updatedAt is the same in memory, on disk and in the broadcast', async () => {
    const { store, actions, writes, posted } = setup();
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    writes.length = 0;
    posted.length = 0;
    actions.dispatch({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.1) });
    actions.dispatch({ type: 'setTitle', title: 'Renamed' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    expect(writes).toHaveLength(1);
    const onDisk = boardOf(writes[0]!.document).updatedAt;
    expect(store.getState().doc.board.updatedAt).toBe(onDisk);
    expect(posted).toHaveLength(1);
    expect((posted[0] as { document: { board: { updatedAt: string } } }).document.board.updatedAt).toBe(onDisk);
    expect(store.getState().session.save).toEqual({ kind: 'saved' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(1);
  });

  it('the stamp is not an edit: undo still undoes the last edit, and nothing more is written', async () => {
    const { store, actions, writes } = setup();
    actions.dispatch({ type: 'setTitle', title: 'Renamed' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    expect(store.getState().doc.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().doc.board.title).toBe('Test board');
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    expect(boardOf(writes.at(-1)!.document).title).toBe('Test board');
  });

  it('another tab’s newer save is adopted when nothing is unsaved, and is a conflict when something is', async () => {
    const { store, actions, state, deliver } = setup();
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    const theirs = toDocument({ ...testBoard(), id: store.getState().doc.board.id, title: 'From tab B' });
    deliver({ type: 'saved', boardId: store.getState().doc.board.id, revision: state.revision + 1, document: theirs });
    expect(store.getState().doc.board.title).toBe('From tab B');

    actions.dispatch({ type: 'setTitle', title: 'Mine' });
    deliver({ type: 'saved', boardId: store.getState().doc.board.id, revision: state.revision + 2, document: theirs });
    expect(store.getState().session.conflict).not.toBeNull();
    expect(store.getState().doc.board.title).toBe('Mine');
  });
});
