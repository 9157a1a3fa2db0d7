import { describe, expect, it } from 'vitest';
import { readBoardsCollection, toCollection } from './boardsCollection';
import { testBoard } from '../model/testBoard';
import { createSampleBoard } from '../model/sampleBoard';

describe('boards collection', () => {
  it('reads back every board it wrote, each as a new board with new ids', () => {
    const boards = [testBoard(), createSampleBoard('2026-01-01T00:00:00.000Z')];
    const read = readBoardsCollection(JSON.stringify(toCollection(boards, '2026-01-02T00:00:00.000Z')));
    if (!read.ok) throw new Error(read.reasons.join());
    expect(read.problems).toEqual([]);
    expect(read.boards.map((b) => b.title)).toEqual(boards.map((b) => b.title));
    expect(read.boards.map((b) => b.items.map((i) => i.label))).toEqual(boards.map((b) => b.items.map((i) => i.label)));
    const oldIds = new Set(boards.flatMap((b) => [b.id, ...b.items.map((i) => i.id)]));
    for (const board of read.boards) for (const id of [board.id, ...board.items.map((i) => i.id)]) expect(oldIds.has(id)).toBe(false);
  });

  it('leaves out a bad board and names it; the others come in', () => {
    const file = toCollection([testBoard()], 'now');
    const read = readBoardsCollection(JSON.stringify({ ...file, boards: [...file.boards, { format: 'pa-map/board', version: 2, board: { nonsense: true } }] }));
    expect(read.ok && read.boards.length).toBe(1);
    expect(read.ok && read.problems[0]).toMatch(/^board 2: /);
  });

  it('refuses a single board file, a newer collection version and text that is not JSON', () => {
    expect(readBoardsCollection(JSON.stringify({ format: 'pa-map/board', version: 2, board: {} })).ok).toBe(false);
    const newer = readBoardsCollection(JSON.stringify({ ...toCollection([testBoard()], 'now'), version: 99 }));
    expect(!newer.ok && newer.reasons[0]).toMatch(/newer version/);
    expect(readBoardsCollection('{').ok).toBe(false);
  });
});
