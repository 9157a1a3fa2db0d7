import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CommandError } from '../model/CommandError';
import { createItem } from '../model/board';
import { mapPoint } from '../model/mapPoint';
import { testBoard } from '../model/testBoard';
import { currentVersion } from '../schema/format';
import { boardTypes, schemaKey } from './boardYDoc';
import { readBoard, reloadMessage } from './readBoard';
import { createNetwork, network, settle } from './testNetwork';
import { isLocalDocument } from '../document/BoardDocument';
import { createLocalDocument, ownHolder } from '../document/localDocument';
import { openDocument } from '../model/history';

const positionOf = (board: { items: readonly { id: string; position: unknown }[] }, id: string) => board.items.find((item) => item.id === id)?.position;

describe('createSharedDocument', () => {
  it('reads the board it was shared with', () => {
    const board = testBoard();
    const [a] = createNetwork(board, 1);
    expect(a!.doc.board).toEqual(board);
  });

  it('a refused command throws CommandError and writes nothing to the Y.Doc', () => {
    const [a] = createNetwork(testBoard(), 1);
    const updates: Uint8Array[] = [];
    a!.ydoc.on('update', (update: Uint8Array) => updates.push(update));
    expect(() => a!.doc.execute({ type: 'updateItem', id: 'item:alpha', changes: { weight: -1 } })).toThrow(CommandError);
    expect(() => a!.doc.execute({ type: 'moveItem', id: 'item:nope', position: mapPoint(0.5, 0.5) })).toThrow(CommandError);
    expect(updates).toEqual([]);
    expect(a!.doc.canUndo).toBe(false);
  });

  it('a command reaches another peer as a remote change', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    const sources: string[] = [];
    a!.doc.subscribe((_board, source) => sources.push(`a ${source}`));
    b!.doc.subscribe((_board, source) => sources.push(`b ${source}`));
    a!.doc.execute({ type: 'setTitle', title: 'Workshop' });
    settle([a!, b!]);
    expect(b!.doc.board.title).toBe('Workshop');
    expect(sources).toEqual(['a local', 'b remote']);
  });

  it('names the step Undo and Redo would take, as the command was named; another person’s edit is not one of them', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    expect(a!.doc.undoLabel).toBeNull();
    const ids = a!.doc.board.items.slice(0, 3).map((item) => item.id);
    a!.doc.execute({ type: 'setTitle', title: 'Workshop' });
    a!.doc.execute({ type: 'moveItems', moves: ids.map((id) => ({ id, position: mapPoint(0.4, 0.4) })) });
    expect(a!.doc.undoLabel).toBe('Move 3 items');
    b!.doc.execute({ type: 'setTitle', title: 'Theirs' });
    settle([a!, b!]);
    expect(a!.doc.undoLabel).toBe('Move 3 items');
    a!.doc.undo();
    expect(a!.doc.redoLabel).toBe('Move 3 items');
    expect(a!.doc.undoLabel).toBe('Rename board');
    a!.doc.redo();
    expect(a!.doc.undoLabel).toBe('Move 3 items');
    expect(a!.doc.redoLabel).toBeNull();
  });

  it('concurrent moves of one item end with one whole {x, y} from one person', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    a!.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.1, 0.2) });
    b!.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.8) });
    settle([a!, b!]);
    const position = positionOf(a!.doc.board, 'item:alpha');
    expect([{ x: 0.1, y: 0.2 }, { x: 0.9, y: 0.8 }]).toContainEqual(position);
    expect(positionOf(b!.doc.board, 'item:alpha')).toEqual(position);
  });

  it('a concurrent delete and edit of one item: the item is gone everywhere', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    a!.doc.execute({ type: 'deleteItems', ids: ['item:beta'] });
    b!.doc.execute({ type: 'updateItem', id: 'item:beta', changes: { label: 'Beta 2', weight: 3 } });
    settle([a!, b!]);
    expect(a!.doc.board.items.map((item) => item.id)).toEqual(['item:alpha', 'item:gamma']);
    expect(b!.doc.board).toEqual(a!.doc.board);
    expect(b!.doc.leftOut).toEqual([]);
  });

  it('concurrently inserted items are in the same order everywhere, each peer’s own in its order', () => {
    const peers = createNetwork(testBoard(), 3);
    const [a, b, c] = peers as [(typeof peers)[0], (typeof peers)[0], (typeof peers)[0]];
    a.doc.execute({ type: 'addItems', items: [createItem('product', 'A1', null, { id: 'item:a1' }), createItem('product', 'A2', null, { id: 'item:a2' })] });
    b.doc.execute({ type: 'addItems', items: [createItem('persona', 'B1', null, { id: 'item:b1' })] });
    c.doc.execute({ type: 'addItems', items: [createItem('product', 'C1', null, { id: 'item:c1' })] });
    a.doc.execute({ type: 'addItems', items: [createItem('product', 'A3', null, { id: 'item:a3' })] });
    settle(peers, (length) => length - 1);
    const ids = a.doc.board.items.map((item) => item.id);
    expect(ids.slice(0, 3)).toEqual(['item:alpha', 'item:beta', 'item:gamma']);
    expect([...ids].sort()).toEqual(['item:a1', 'item:a2', 'item:a3', 'item:alpha', 'item:b1', 'item:beta', 'item:c1', 'item:gamma']);
    expect(ids.indexOf('item:a1')).toBeLessThan(ids.indexOf('item:a2'));
    expect(ids.indexOf('item:a2')).toBeLessThan(ids.indexOf('item:a3'));
    for (const peer of peers) expect(peer.doc.board.items.map((item) => item.id)).toEqual(ids);
  });

  it('undo reverts my own step only, and says what it left out', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    a!.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.1, 0.1) });
    a!.doc.execute({ type: 'setTitle', title: 'Mine' });
    settle([a!, b!]);
    b!.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.9) });
    settle([a!, b!]);
    expect(a!.doc.undo()).toEqual([]);
    expect(a!.doc.board.title).toBe('Test board');
    const skipped = a!.doc.undo();
    expect(skipped).toEqual([{ change: { op: 'setItem', id: 'item:alpha', field: 'position', from: { x: 0.1, y: 0.1 }, to: { x: 0.2, y: 0.3 } }, reason: 'changed' }]);
    expect(positionOf(a!.doc.board, 'item:alpha')).toEqual({ x: 0.9, y: 0.9 });
    expect(a!.revertedOthers).toEqual([]);
  });

  it('undo and redo step one command at a time', () => {
    const board = testBoard();
    const [a] = createNetwork(board, 1);
    a!.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.1, 0.1) });
    a!.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.4, 0.4) });
    a!.doc.undo();
    expect(positionOf(a!.doc.board, 'item:alpha')).toEqual({ x: 0.1, y: 0.1 });
    a!.doc.undo();
    expect(a!.doc.board).toEqual(board);
    expect(a!.doc.canUndo).toBe(false);
    a!.doc.redo();
    expect(positionOf(a!.doc.board, 'item:alpha')).toEqual({ x: 0.1, y: 0.1 });
    a!.doc.redo();
    expect(positionOf(a!.doc.board, 'item:alpha')).toEqual({ x: 0.4, y: 0.4 });
  });

  it('undoing my add keeps the item when someone else has edited it since', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    a!.doc.execute({ type: 'addItems', items: [createItem('product', 'Delta', mapPoint(0.5, 0.5), { id: 'item:delta' })] });
    settle([a!, b!]);
    b!.doc.execute({ type: 'updateItem', id: 'item:delta', changes: { label: 'Delta, renamed' } });
    settle([a!, b!]);
    const skipped = a!.doc.undo();
    expect(skipped.map((s) => [s.change.op, s.reason])).toEqual([['removeItem', 'changed']]);
    expect(a!.doc.board.items.find((item) => item.id === 'item:delta')).toMatchObject({ label: 'Delta, renamed', position: { x: 0.5, y: 0.5 } });
    settle([a!, b!]);
    expect(b!.doc.board).toEqual(a!.doc.board);
    expect(a!.revertedOthers).toEqual([]);
  });

  it('view toggles are shared but not undone', () => {
    const [a] = createNetwork(testBoard(), 1);
    a!.doc.execute({ type: 'setDisplay', changes: { showBands: true } });
    expect(a!.doc.board.display.showBands).toBe(true);
    expect(a!.doc.canUndo).toBe(false);
  });

  it('a board written by a newer app refuses writes: "Reload to get the new version"', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    b!.ydoc.transact(() => boardTypes(b!.ydoc).meta.set(schemaKey, currentVersion + 1), network);
    expect(b!.doc.readOnlyReason).toBe(reloadMessage);
    expect(() => b!.doc.execute({ type: 'setTitle', title: 'Old app' })).toThrow(reloadMessage);
    expect(a!.doc.readOnlyReason).toBeNull();
  });

  it('tells listeners what changed, by id: its own change as local, another person’s as remote', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    const heard: { source: string; changes: readonly unknown[] }[] = [];
    a!.doc.subscribe((_board, source, changes) => heard.push({ source, changes }));
    const before = a!.doc.board.items.find((item) => item.id === 'item:alpha')!.position;
    a!.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.1) });
    b!.doc.execute({ type: 'updateItem', id: 'item:beta', changes: { label: 'Ben’s' } });
    settle([a!, b!]);
    expect(heard[0]).toEqual({ source: 'local', changes: [{ op: 'setItem', id: 'item:alpha', field: 'position', from: before, to: mapPoint(0.9, 0.1) }] });
    expect(heard.at(-1)).toMatchObject({ source: 'remote', changes: [{ op: 'setItem', id: 'item:beta', field: 'label', to: 'Ben’s' }] });
  });

  it('is not a local board: it has no way to take in a board saved elsewhere (its changes arrive as Yjs updates)', () => {
    const [a] = createNetwork(testBoard(), 1);
    expect(isLocalDocument(a!.doc)).toBe(false);
    expect(isLocalDocument(createLocalDocument(ownHolder(openDocument(testBoard()))))).toBe(true);
  });

  it('readBoard of an empty Y.Doc is no board, not a crash', () => {
    expect(readBoard(new Y.Doc()).ok).toBe(false);
  });
});

describe('undo after concurrent writes of one field', () => {
  it('never leaves a board leaf empty: my value stays and the undo says so', () => {
    const peers = createNetwork(testBoard(), 2);
    const [a, b] = peers as [(typeof peers)[0], (typeof peers)[0]];
    b.doc.execute({ type: 'setGapSettings', changes: { coverage: 0.3 } });
    a.doc.execute({ type: 'setGapSettings', changes: { coverage: 0.2 } });
    settle(peers);
    const undone = [a.doc.undo(), b.doc.undo()];
    settle(peers);
    expect(readBoard(a.ydoc).ok).toBe(true);
    expect(b.doc.board).toEqual(a.doc.board);
    expect([0.2, 0.3]).toContain(a.doc.board.gapSettings.coverage);
    expect(undone.flat().map((s) => s.reason)).toContain('changed');
  });

  it('never leaves an item without a position', () => {
    const peers = createNetwork(testBoard(), 2);
    const [a, b] = peers as [(typeof peers)[0], (typeof peers)[0]];
    b.doc.execute({ type: 'moveItem', id: 'item:beta', position: mapPoint(0.3, 0.3) });
    a.doc.execute({ type: 'moveItem', id: 'item:beta', position: mapPoint(0.2, 0.2) });
    settle(peers);
    a.doc.undo();
    b.doc.undo();
    settle(peers);
    expect(a.doc.leftOut).toEqual([]);
    expect(a.doc.board.items.map((item) => item.id)).toEqual(['item:alpha', 'item:beta', 'item:gamma']);
    expect(b.doc.board).toEqual(a.doc.board);
  });
});

describe('undo of a delete after a concurrent edit of the deleted item', () => {
  it('puts the whole item back, as it was when I deleted it', () => {
    const board = testBoard();
    const peers = createNetwork(board, 2);
    const [a, b] = peers as [(typeof peers)[0], (typeof peers)[0]];
    b.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.6, 0.6) });
    a.doc.execute({ type: 'deleteItems', ids: ['item:alpha'] });
    settle(peers);
    expect(a.doc.undo()).toEqual([]);
    b.doc.undo();
    settle(peers);
    expect(a.doc.leftOut).toEqual([]);
    expect(a.doc.board.items[0]).toEqual(board.items[0]);
    expect(b.doc.board).toEqual(a.doc.board);
  });
});

describe('a board an older app wrote', () => {
  it('is read migrated, and brought to this schema before this app writes', () => {
    const board = testBoard();
    const peers = createNetwork({ ...board, pinnedZones: [{ id: 'zone:old', label: 'Zone 1: Quiet corner', position: mapPoint(0.1, 0.9), index: 100, note: '', pinnedAt: '2025-01-01T00:00:00.000Z' }] }, 1);
    const a = peers[0]!;
    const { meta, zones } = boardTypes(a.ydoc);
    a.ydoc.transact(() => {
      meta.set(schemaKey, 1);
      meta.delete('display.showWhiteSpace');
    }, network);
    expect(a.doc.board.display.showWhiteSpace).toBe(true);
    expect(a.doc.board.pinnedZones[0]!.label).toBe('Quiet corner');
    a.doc.execute({ type: 'setTitle', title: 'Upgraded' });
    expect(meta.get(schemaKey)).toBe(currentVersion);
    expect(meta.get('display.showWhiteSpace')).toBe(true);
    expect((zones.get('zone:old') as { label: string }).label).toBe('Quiet corner');
    a.doc.undo();
    expect(a.doc.board.title).toBe('Test board');
    expect(meta.get(schemaKey)).toBe(currentVersion);
  });
});

describe('a board-wide field the rule book refuses', () => {
  it('keeps the board as last read and says why', () => {
    const peers = createNetwork(testBoard(), 1);
    const a = peers[0]!;
    const before = a.doc.board;
    a.ydoc.transact(() => boardTypes(a.ydoc).meta.set('title', 'x'.repeat(1_000_000)), network);
    expect(a.doc.board).toBe(before);
    expect(a.doc.unreadable.join()).toMatch(/board\.title/);
    a.ydoc.transact(() => boardTypes(a.ydoc).meta.set('title', 'Fixed'), network);
    expect(a.doc.board.title).toBe('Fixed');
    expect(a.doc.unreadable).toEqual([]);
  });
});

describe('createSharedDocument, with rights', () => {
  it('a participant’s move of a locked item, or any change on a locked board, throws and writes nothing', () => {
    const [facilitator, participant] = createNetwork(testBoard(), 2);
    participant!.doc.setActor('participant');
    facilitator!.doc.execute({ type: 'lockItems', ids: ['item:alpha'], locked: true });
    settle([facilitator!, participant!]);
    const updates: Uint8Array[] = [];
    participant!.ydoc.on('update', (update: Uint8Array) => updates.push(update));
    expect(() => participant!.doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.9) })).toThrow(/locked by the facilitator/);
    participant!.doc.execute({ type: 'moveItem', id: 'item:beta', position: mapPoint(0.9, 0.9) });
    expect(updates).toHaveLength(1);
    facilitator!.doc.execute({ type: 'lockBoard', locked: true });
    settle([facilitator!, participant!]);
    expect(() => participant!.doc.execute({ type: 'setTitle', title: 'Mine' })).toThrow(/locked the board/);
    expect(() => participant!.doc.undo()).toThrow(/locked the board/);
    expect(() => participant!.doc.execute({ type: 'lockBoard', locked: false })).toThrow(/Only the facilitator/);
  });

  it('a viewer can neither change nor undo', () => {
    const [a] = createNetwork(testBoard(), 1);
    a!.doc.execute({ type: 'setTitle', title: 'Workshop' });
    a!.doc.setActor('viewer');
    expect(a!.doc.canUndo).toBe(false);
    expect(() => a!.doc.execute({ type: 'setTitle', title: 'Mine' })).toThrow(/view-only/);
    expect(() => a!.doc.undo()).toThrow(/view-only/);
  });
});
