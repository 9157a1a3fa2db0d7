import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRedo, canUndo, execute, openDocument, redo, undo, type Document } from './history';
import type { Command } from './commands';
import type { MapPoint } from './types';
import { createItem } from './board';
import { mapPoint } from './mapPoint';
import { testBoard } from './testBoard';

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

  it('a drag committed on drop is exactly one undo step', () => {
    const doc = execute(openDocument(testBoard()), { type: 'moveItem', id: 'item:beta', position: mapPoint(0.1, 0.1) });
    expect(doc.past).toHaveLength(1);
    expect(undo(doc).past).toHaveLength(0);
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
