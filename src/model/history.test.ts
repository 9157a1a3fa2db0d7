import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adoptRemote, canRedo, canUndo, execute, openDocument, redo, undo, undoStep, type Document } from './history';
import { applyChanges } from './changes';
import { CommandError } from './CommandError';
import { isUndoable, type Command } from './commands';
import type { MapPoint } from './types';
import { createItem } from './board';
import { mapPoint } from './mapPoint';
import { testBoard } from './testBoard';

const ids = ['item:alpha', 'item:beta', 'item:gamma'];
const unit = fc.double({ min: -0.5, max: 1.5, noNaN: true });
const command = fc.oneof(
  fc.record({ type: fc.constant('moveItem' as const), id: fc.constantFrom(...ids), position: fc.record({ x: unit, y: unit }).map((p) => p as MapPoint) }),
  fc.record({ type: fc.constant('updateItem' as const), id: fc.constantFrom(...ids), changes: fc.record({ label: fc.string({ minLength: 1, maxLength: 12 }), weight: fc.double({ min: 0, max: 10, noNaN: true }) }) }),
  fc.record({ type: fc.constant('deleteItems' as const), ids: fc.subarray(ids) }),
  fc.string({ minLength: 1, maxLength: 10 }).map((label) => ({ type: 'addItems' as const, items: [createItem('product', label, mapPoint(0.5, 0.5))] })),
  fc.string({ maxLength: 10 }).map((title) => ({ type: 'setTitle' as const, title })),
  fc.record({ type: fc.constant('setGapSettings' as const), changes: fc.record({ coverage: fc.double({ min: 0.01, max: 1, noNaN: true }) }) }),
  fc.boolean().map((showBands) => ({ type: 'setDisplay' as const, changes: { showBands } })),
);

describe('history', () => {
  it('undo after a command restores the board; redo restores the change', () => {
    const start = openDocument(testBoard());
    const moved = execute(start, { type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.9) });
    expect(canUndo(moved)).toBe(true);
    const undone = undo(moved);
    expect(undone.board).toEqual(start.board);
    expect(canRedo(undone)).toBe(true);
    expect(redo(undone).board).toEqual(moved.board);
  });

  it('a command that changes nothing adds no step', () => {
    const start = openDocument(testBoard());
    const same = execute(start, { type: 'moveItem', id: 'item:alpha', position: mapPoint(0.2, 0.3) });
    expect(same).toBe(start);
  });

  it('view toggles are applied but not undone', () => {
    let doc = execute(openDocument(testBoard()), { type: 'setTitle', title: 'One' });
    doc = execute(doc, { type: 'setDisplay', changes: { showBands: true } });
    expect(doc.past).toHaveLength(1);
    doc = undo(doc);
    expect(doc.board.title).toBe('Test board');
    expect(doc.board.display.showBands).toBe(true);
  });

  it('a new command clears redo', () => {
    let doc = execute(openDocument(testBoard()), { type: 'setTitle', title: 'One' });
    doc = undo(doc);
    doc = execute(doc, { type: 'setTitle', title: 'Two' });
    expect(canRedo(doc)).toBe(false);
  });

  it('undo and redo on empty stacks return the document unchanged', () => {
    const doc = openDocument(testBoard());
    expect(undo(doc)).toBe(doc);
    expect(redo(doc)).toBe(doc);
  });

  it('any sequence of commands undoes back to the start and redoes to the end', () => {
    fc.assert(
      fc.property(fc.array(command as fc.Arbitrary<Command>, { maxLength: 30 }), (commands) => {
        const start = openDocument(testBoard());
        let doc: Document = start;
        for (const c of commands) {
          try {
            doc = execute(doc, c);
          } catch {
            // A refused command changes nothing; the sequence goes on.
          }
        }
        const end = doc.board;
        while (canUndo(doc)) doc = undo(doc);
        const { display: _d1, ...startContent } = start.board;
        const { display: _d2, ...undoneContent } = doc.board;
        expect(undoneContent).toEqual(startContent);
        while (canRedo(doc)) doc = redo(doc);
        const { display: _d3, ...endContent } = end;
        const { display: _d4, ...redoneContent } = doc.board;
        expect(redoneContent).toEqual(endContent);
      }),
      { numRuns: 300 },
    );
  });
});

describe('history across tabs: steps named by id', () => {
  const drag = (doc: Document, id: string, x: number, y: number) => execute(doc, { type: 'moveItem', id, position: mapPoint(x, y) });

  it('undoing a delete puts the item back in its old place', () => {
    const start = openDocument(testBoard());
    const order = start.board.items.map((item) => item.id);
    const doc = undo(execute(start, { type: 'deleteItems', ids: [order[1]!] }));
    expect(doc.board.items.map((item) => item.id)).toEqual(order);
  });

  it('undoing my last step never reverts another tab\'s edit to another item or field', () => {
    let mine = drag(openDocument(testBoard()), 'item:alpha', 0.9, 0.9);
    // Another tab renames beta, moves gamma and adds an item at the front; this tab adopts its board.
    let theirs = execute(openDocument(mine.board), { type: 'updateItem', id: 'item:beta', changes: { label: 'Renamed there' } });
    theirs = drag(theirs, 'item:gamma', 0.05, 0.05);
    const added = createItem('persona', 'Added there', mapPoint(0.4, 0.4));
    theirs = execute(theirs, { type: 'addItems', items: [added] });
    mine = adoptRemote(mine, theirs.board);
    const undone = undoStep(mine);
    expect(undone.skipped).toEqual([]);
    const byId = new Map(undone.doc.board.items.map((item) => [item.id, item]));
    expect(byId.get('item:alpha')!.position).toEqual(testBoard().items.find((i) => i.id === 'item:alpha')!.position);
    expect(byId.get('item:beta')!.label).toBe('Renamed there');
    expect(byId.get('item:gamma')!.position).toEqual(mapPoint(0.05, 0.05));
    expect(byId.has(added.id)).toBe(true);
  });

  it('an undo whose field someone else changed since leaves it as they set it, and says so', () => {
    let mine = execute(openDocument(testBoard()), { type: 'updateItem', id: 'item:alpha', changes: { label: 'Mine' } });
    const theirs = execute(openDocument(mine.board), { type: 'updateItem', id: 'item:alpha', changes: { label: 'Theirs' } });
    mine = adoptRemote(mine, theirs.board);
    const { doc, skipped } = undoStep(mine);
    expect(doc.board.items.find((item) => item.id === 'item:alpha')!.label).toBe('Theirs');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ reason: 'changed', change: { op: 'setItem', id: 'item:alpha', field: 'label' } });
  });

  it('an undo touching an item another tab deleted is left out, and said', () => {
    let mine = drag(openDocument(testBoard()), 'item:alpha', 0.9, 0.9);
    const theirs = execute(openDocument(mine.board), { type: 'deleteItems', ids: ['item:alpha'] });
    mine = adoptRemote(mine, theirs.board);
    const { doc, skipped } = undoStep(mine);
    expect(doc.board.items.some((item) => item.id === 'item:alpha')).toBe(false);
    expect(skipped.map((s) => s.reason)).toEqual(['deleted']);
  });

  it('by property: a step replayed on its own board gives the same board, and its inverse the one before', () => {
    fc.assert(
      fc.property(fc.array(command as fc.Arbitrary<Command>, { maxLength: 20 }), (commands) => {
        let doc: Document = openDocument(testBoard());
        for (const c of commands) {
          try {
            const before = doc.board;
            doc = execute(doc, c);
            const entry = doc.past.at(-1);
            if (doc.board === before || !entry || !isUndoable(c)) continue;
            expect(applyChanges(before, entry.changes).board).toEqual(doc.board);
            expect(applyChanges(doc.board, entry.inverse, true)).toEqual({ board: before, skipped: [] });
          } catch (error) {
            if (!(error instanceof CommandError)) throw error;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
