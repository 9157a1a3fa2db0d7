import { describe, expect, it } from 'vitest';
import { parseDocument, toDocument } from './parseDocument';
import { testBoard } from '../model/testBoard';
import { createSampleBoard } from '../model/sampleBoard';
import { limits } from '../model/rules';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('parseDocument(value, "strict"): a write, as the sync server reads it', () => {
  it('reads every board the app writes (the sample, the test board) as the lenient reader does', () => {
    for (const board of [createSampleBoard('2026-01-01T00:00:00.000Z'), testBoard()]) {
      const strict = parseDocument(toDocument(board), 'strict');
      const lenient = parseDocument(toDocument(board));
      expect(strict).toMatchObject({ ok: true, skipped: [] });
      expect(strict.ok && strict.board).toEqual(lenient.ok && lenient.board);
    }
  });

  it('refuses a field no P/A Map writes, on the board, an axis, an item and a position; lenient drops it', () => {
    const doc = clone(toDocument(testBoard())) as unknown as { board: Record<string, any> };
    doc.board.junk = 'x';
    doc.board.axes.x.junk = 'x';
    doc.board.items[0].junk = 'x';
    doc.board.items[1].position.z = 0.5;
    const strict = parseDocument(doc, 'strict');
    expect(strict.ok).toBe(false);
    expect(!strict.ok && strict.errors).toEqual(expect.arrayContaining([expect.stringMatching(/board\.junk: a field no P\/A Map writes/), expect.stringMatching(/board\.axes\.x\.junk/)]));
    const lenient = parseDocument(doc);
    expect(lenient.ok && lenient.skipped).toEqual([]);
  });

  it('refuses text over an edit’s limit; lenient keeps it and flags it', () => {
    const doc = clone(toDocument(testBoard())) as unknown as { board: Record<string, any> };
    doc.board.items[0].label = 'L'.repeat(limits.label + 1);
    const strict = parseDocument(doc, 'strict');
    expect(strict.ok && strict.skipped.map((entry) => entry.errors.join())).toEqual([expect.stringMatching(/label: is longer than the 200 characters an edit takes \(201\)/)]);
    const lenient = parseDocument(doc);
    expect(lenient.ok && lenient.board.items[0]!.label.length).toBe(limits.label + 1);
    expect(lenient.ok && lenient.flags).toEqual([expect.stringMatching(/over the 200 an edit takes/)]);
  });
});
