import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseBoardFile } from './parseBoardFile';
import { toDocument } from './parseDocument';
import { arbitraryBoard } from './arbitraryBoard';
import { asImportedBoard } from '../io/importedBoard';

const fixtureText = (version: number) => readFileSync(new URL(`./fixtures/v${version}.json`, import.meta.url), 'utf8');
const exported = (board: unknown) => JSON.stringify(toDocument(board as never), null, 2);

describe('parseBoardFile', () => {
  it('reads the frozen fixture of every schema version', () => {
    const result = parseBoardFile(fixtureText(1));
    expect(result.ok && result.skipped).toEqual([]);
  });

  it('says a file that is not JSON is not JSON', () => {
    const result = parseBoardFile('{"format": "pa-map/board", "version": 1, "board": {"x": NaN}}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^file: not valid JSON/);
  });

  it('leaves out bad items only, naming each by its place in the file', () => {
    const doc = JSON.parse(fixtureText(1));
    const count = doc.board.items.length;
    doc.board.items[1].position.x = 7;
    doc.board.items[3].kind = 'robot';
    const result = parseBoardFile(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped.map((s) => s.index)).toEqual([1, 3]);
    expect(result.skipped[0]!.errors[0]).toBe('board.items[1].position.x: expected a number ≥ 0 and ≤ 1, got 7');
    expect(result.board.items).toHaveLength(count - 2);
  });

  it('refuses the whole file when a problem lies outside the items', () => {
    const doc = JSON.parse(fixtureText(1));
    doc.board.items[0].weight = -1;
    doc.board.gapSettings.threshold = 'high';
    const result = parseBoardFile(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith('board.gapSettings.threshold'))).toBe(true);
  });

  it('refuses a file whose every item is bad, with the first 20 reasons and a count', () => {
    const doc = JSON.parse(fixtureText(1));
    doc.board.items = Array.from({ length: 30 }, (_, i) => ({ ...doc.board.items[0], id: `item:i${i}`, weight: 'heavy' }));
    const result = parseBoardFile(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toBe('board.items: none of the 30 items can be read');
    expect(result.errors.slice(1, 21)).toHaveLength(20);
    expect(result.errors[1]).toBe('board.items[0].weight: expected a finite number, got text "heavy"');
    expect(result.errors.at(-1)).toBe('…and 10 more reasons');
  });

  it('reads 20,000 items, 19,999 of them with 50 non-string tags, in linear time', () => {
    const doc = JSON.parse(fixtureText(1));
    const item = { ...doc.board.items[0], tags: Array.from({ length: 50 }, (_, i) => i) };
    doc.board.items = Array.from({ length: 19_999 }, (_, i) => ({ ...item, id: `item:i${i}` }));
    doc.board.items.push({ ...doc.board.items[0], id: 'item:good', tags: [] });
    const start = performance.now();
    const result = parseBoardFile(JSON.stringify(doc));
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(result.ok && [result.board.items.length, result.skipped.length]).toEqual([1, 19_999]);
  });

  it('refuses __proto__ keys and leaves Object.prototype alone', () => {
    const result = parseBoardFile('{"format":"pa-map/board","version":1,"board":{"items":[{"__proto__":{"polluted":1}}]}}');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives a valid board or an error for any JSON value, and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parseBoardFile(JSON.stringify(value));
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(parseBoardFile(exported(result.board))).toEqual({ ok: true, board: result.board, skipped: [], flags: [], removed: 0 });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a valid board or an error for any JSON value put anywhere in a board, and never throws', () => {
    const paths = ['title', 'items', 'axes', 'display', 'gapSettings', 'pinnedZones', 'bands', 'quadrants'] as const;
    fc.assert(
      fc.property(arbitraryBoard, fc.constantFrom(...paths), fc.nat(20), fc.jsonValue({ maxDepth: 4 }), (board, field, at, value) => {
        const doc = JSON.parse(exported(board));
        if (field === 'items' && doc.board.items.length > 0) doc.board.items[at % doc.board.items.length] = value;
        else doc.board[field] = value;
        const result = parseBoardFile(JSON.stringify(doc));
        if (result.ok) expect(parseBoardFile(exported(result.board))).toEqual({ ok: true, board: result.board, skipped: [], flags: [], removed: 0 });
      }),
      { numRuns: 1000 },
    );
  });

  it('imports an export as the same board, but for its id, a title suffix and timestamps', () => {
    fc.assert(
      fc.property(arbitraryBoard, (board) => {
        const result = parseBoardFile(exported(board));
        expect(result).toEqual({ ok: true, board, skipped: [], flags: [], removed: 0 });
        if (!result.ok) return;
        const imported = asImportedBoard(result.board, '2026-02-02T00:00:00.000Z');
        expect(imported.id).not.toBe(board.id);
        expect(imported.title.endsWith(' (imported)')).toBe(true);
        const same = (b: typeof board) => ({ ...b, id: '', title: '', createdAt: '', updatedAt: '' });
        expect(same(imported)).toEqual(same(board));
      }),
      { numRuns: 1000 },
    );
  });
});
