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
    expect(boardOf(writes[0]!.document).updatedAt).toBe('2026-02-02T02:02:02.000Z');
    expect(writes[0]!.onTop).toBe(false);
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
    expect(posted[0]).toMatchObject({ type: 'saved', base: 1, revision: 2, updatedAt: onDisk });
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

  it('a save after the first writes the head and the one record that changed, and tells the other tabs only that', async () => {
    const { actions, writes, posted } = setup();
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    expect(writes.at(-1)!.onTop).toBe(false);
    actions.dispatch({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.1) });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    const last = writes.at(-1)!;
    expect(last.onTop).toBe(true);
    expect(last.write.changed).toEqual([{ collection: 'items', put: [expect.objectContaining({ id: 'item:alpha', position: { x: 0.9, y: 0.1 } })], remove: [], order: null }]);
    expect(boardOf(last.document).items.find((item) => item.id === 'item:alpha')!.position).toEqual({ x: 0.9, y: 0.1 });
    const message = posted.at(-1)!;
    expect(message).not.toHaveProperty('document');
    expect(message).toMatchObject({ type: 'saved', base: 1, revision: 2, changes: [{ op: 'setItem', id: 'item:alpha', field: 'position' }] });
  });
});

describe('two tabs of one board over one storage', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  /** Tabs A and B on one fake storage; each hears what the other posts (when `hear` says so). */
  async function twoTabs() {
    const { repo, writes, state } = fakeRepository();
    const loads = vi.spyOn(repo, 'load');
    const board = testBoard();
    const tabs = ['A', 'B'].map(() => {
      const store = createAppStore(board);
      const actions = createActions(store);
      const { channel, posted, deliver } = fakeChannel();
      return { store, actions, channel, posted, deliver, autosave: null as ReturnType<typeof startAutosave> | null };
    });
    const [a, b] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
    a.autosave = startAutosave({ store: a.store, actions: a.actions, repo, revision: 0, channel: a.channel });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    b.autosave = startAutosave({ store: b.store, actions: b.actions, repo, revision: state.revision, channel: b.channel });
    b.actions.adoptRemoteBoard(boardOf(state.document!) as Board);
    return { a, b, writes, state, loads, relay: (from: typeof a, to: typeof a) => from.posted.splice(0).forEach((message) => to.deliver(message)) };
  }

  it('a tab on the same revision lays the other tab’s changes on its board, and its next save is on top of them', async () => {
    const { a, b, writes, state, loads, relay } = await twoTabs();
    b.actions.dispatch({ type: 'moveItem', id: 'item:beta', position: mapPoint(0.2, 0.3) });
    b.actions.dispatch({ type: 'setTitle', title: 'From B' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    relay(b, a);
    expect(a.store.getState().doc.board).toEqual(b.store.getState().doc.board);
    expect(loads).not.toHaveBeenCalled();
    expect(a.store.getState().session.save).toEqual({ kind: 'saved' });
    a.actions.dispatch({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.4, 0.4) });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    expect(writes.at(-1)).toMatchObject({ onTop: true, basedOn: state.revision - 1 });
    expect(boardOf(state.document!)).toEqual(a.store.getState().doc.board);
  });

  it('a tab that missed a save reads the board from storage; news it cannot check is read from storage too', async () => {
    const { a, b, state, loads, relay } = await twoTabs();
    b.actions.dispatch({ type: 'setTitle', title: 'One' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    b.posted.length = 0;
    b.actions.dispatch({ type: 'setTitle', title: 'Two' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    relay(b, a);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.store.getState().doc.board.title).toBe('Two');
    expect(a.store.getState().doc.board).toEqual(boardOf(state.document!));
    expect(loads).toHaveBeenCalledTimes(1);

    // A save whose changes do not check (a weight the rules refuse): storage is read instead.
    a.deliver({ type: 'saved', boardId: a.store.getState().doc.board.id, revision: state.revision + 1, base: state.revision, changes: [{ op: 'setItem', id: 'item:alpha', field: 'weight', from: 1, to: 5000 }], updatedAt: 'x' });
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toHaveBeenCalledTimes(2);
    expect(a.store.getState().doc.board.items.find((item) => item.id === 'item:alpha')!.weight).not.toBe(5000);
  });

  it('news this tab cannot take as it is (an op it does not know, a skipped revision, another schema) is read from storage: nothing of the other tab is lost', async () => {
    const { a, b, state, loads, relay } = await twoTabs();
    b.actions.dispatch({ type: 'setTitle', title: 'From B' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    const real = b.posted.splice(0).at(-1)! as Extract<Parameters<typeof a.deliver>[0], { type: 'saved' }>;
    a.deliver({ ...real, changes: [{ op: 'renameBoard', title: 'From B' }] });
    await vi.advanceTimersByTimeAsync(0);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(a.store.getState().doc.board.title).toBe('From B');
    // A's next save is on top of B's: B's title stays.
    a.actions.dispatch({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.3, 0.3) });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    expect(a.store.getState().session.conflict).toBeNull();
    expect(boardOf(state.document!).title).toBe('From B');

    for (const odd of [{ revision: state.revision + 2 }, { version: 1 }]) {
      relay(a, b);
      b.actions.dispatch({ type: 'setTitle', title: `Again ${JSON.stringify(odd)}` });
      await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
      const next = b.posted.splice(0).at(-1)! as typeof real;
      a.deliver({ ...next, ...odd });
      await vi.advanceTimersByTimeAsync(0);
      expect(a.store.getState().doc.board.title).toBe(`Again ${JSON.stringify(odd)}`);
    }
    expect(loads).toHaveBeenCalledTimes(3);
  });

  it('news from another tab while this one has unsaved changes is a conflict, with the board as stored', async () => {
    const { a, b, state, relay } = await twoTabs();
    b.actions.dispatch({ type: 'setTitle', title: 'Theirs' });
    await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
    a.actions.dispatch({ type: 'setTitle', title: 'Mine' });
    relay(b, a);
    await vi.advanceTimersByTimeAsync(0);
    const conflict = a.store.getState().session.conflict;
    expect(conflict).toMatchObject({ revision: state.revision });
    expect(boardOf(conflict!.document as { board: unknown }).title).toBe('Theirs');
    expect(a.store.getState().doc.board.title).toBe('Mine');
  });
});
