import { describe, expect, it } from 'vitest';
import { createLocalDocument, ownHolder } from './localDocument';
import { openDocument, execute } from '../model/history';
import { testBoard } from '../model/testBoard';
import { mapPoint } from '../model/mapPoint';
import { CommandError } from '../model/CommandError';
import type { Change } from '../model/changes';

describe('the local board document', () => {
  it('tells listeners each new board and where it came from', () => {
    const doc = createLocalDocument(ownHolder(openDocument(testBoard())));
    const heard: string[] = [];
    doc.subscribe((board, source) => heard.push(`${source}:${board.title}`));
    doc.execute({ type: 'setTitle', title: 'Mine' });
    const elsewhere = execute(openDocument(doc.board), { type: 'setTitle', title: 'Theirs' }).board;
    doc.adoptRemote(elsewhere);
    doc.undo();
    expect(heard).toEqual(['local:Mine', 'remote:Theirs']);
    // The undo left the title alone: it was changed elsewhere since.
    expect(doc.board.title).toBe('Theirs');
  });

  it('a refused command throws CommandError and changes nothing', () => {
    const doc = createLocalDocument(ownHolder(openDocument(testBoard())));
    const before = doc.board;
    expect(() => doc.execute({ type: 'moveItem', id: 'item:nobody', position: mapPoint(0.5, 0.5) })).toThrow(CommandError);
    expect(doc.board).toBe(before);
    expect(doc.canUndo).toBe(false);
  });

  it('one command is one step; undo and redo walk it', () => {
    const doc = createLocalDocument(ownHolder(openDocument(testBoard())));
    doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.1) });
    expect(doc.canUndo).toBe(true);
    expect(doc.undo()).toEqual([]);
    expect(doc.canRedo).toBe(true);
    doc.redo();
    expect(doc.board.items.find((item) => item.id === 'item:alpha')!.position).toEqual(mapPoint(0.9, 0.1));
  });

  it('tells listeners what changed, by id, with the values before and after: a command’s own changes, and a board from elsewhere diffed', () => {
    const doc = createLocalDocument(ownHolder(openDocument(testBoard())));
    const heard: { source: string; changes: readonly Change[] }[] = [];
    doc.subscribe((_board, source, changes) => heard.push({ source, changes }));
    const before = doc.board.items.find((item) => item.id === 'item:alpha')!.position;
    doc.execute({ type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.1) });
    expect(heard.at(-1)).toEqual({ source: 'local', changes: [{ op: 'setItem', id: 'item:alpha', field: 'position', from: before, to: mapPoint(0.9, 0.1) }] });
    const elsewhere = execute(openDocument(doc.board), { type: 'updateItem', id: 'item:alpha', changes: { label: 'Theirs' } }).board;
    doc.adoptRemote(elsewhere);
    expect(heard.at(-1)!.source).toBe('remote');
    expect(heard.at(-1)!.changes).toMatchObject([{ op: 'setItem', id: 'item:alpha', field: 'label', to: 'Theirs' }]);
    doc.undo();
    expect(heard.at(-1)).toEqual({ source: 'local', changes: [{ op: 'setItem', id: 'item:alpha', field: 'position', from: mapPoint(0.9, 0.1), to: before }] });
  });
});
