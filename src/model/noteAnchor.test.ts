import { describe, expect, it } from 'vitest';
import { attachPoints, noteAnchor, notePlacement } from './noteAnchor';
import { mapPoint } from './mapPoint';
import { testBoard } from './testBoard';
import type { Note } from './types';

const note = (fields: Partial<Note> = {}): Note => ({ id: 'note:a', text: 'Hi', position: mapPoint(0.1, 0.1), attachedTo: null, offset: { dx: 0, dy: 0 }, author: '', createdAt: '', ...fields });

describe('noteAnchor', () => {
  it('a free note stands where it was left; an attached one beside its item, moving with it', () => {
    const board = testBoard();
    expect(noteAnchor(note(), attachPoints(board))).toEqual({ x: 0.1, y: 0.1 });
    const attached = note({ ...notePlacement(mapPoint(0.25, 0.35), { id: 'item:alpha', position: mapPoint(0.2, 0.3) }) });
    expect(attached.offset).toEqual({ dx: 0.05, dy: 0.05 });
    const moved = { ...board, items: board.items.map((item) => (item.id === 'item:alpha' ? { ...item, position: mapPoint(0.6, 0.6) } : item)) };
    expect(noteAnchor(attached, attachPoints(moved))).toEqual({ x: 0.65, y: 0.65 });
  });

  it('stays on the map past an edge, and falls back to where it was left when its item is gone', () => {
    const attached = note({ attachedTo: 'item:alpha', offset: { dx: 0.5, dy: 0 }, position: mapPoint(0.4, 0.4) });
    expect(noteAnchor(attached, new Map([['item:alpha', mapPoint(0.9, 0.5)]]))).toEqual({ x: 1, y: 0.5 });
    expect(noteAnchor(attached, new Map())).toEqual({ x: 0.4, y: 0.4 });
  });
});
