import { describe, expect, it } from 'vitest';
import { readImportFile } from './readImportFile';
import { toDocument } from '../schema/parseDocument';
import { testBoard } from '../model/testBoard';

const now = '2026-03-03T00:00:00.000Z';

describe('readImportFile', () => {
  it('opens a board file as a new board', () => {
    const result = readImportFile('workshop.json', JSON.stringify(toDocument(testBoard())), now);
    expect(result.ok && [result.board.title, result.board.items.length, result.board.createdAt, result.problems]).toEqual(['Test board (imported)', 3, now, []]);
  });

  it('lists the bad items of a board file by field path and keeps the rest', () => {
    const doc = JSON.parse(JSON.stringify(toDocument(testBoard())));
    doc.board.items[1].weight = 'heavy';
    const result = readImportFile('workshop.json', JSON.stringify(doc), now);
    expect(result.ok && result.board.items.map((item) => item.label)).toEqual(['Alpha', 'Gamma']);
    expect(result.ok && result.problems).toEqual(['board.items[1].weight: expected a finite number, got text "heavy"']);
  });

  it('turns a CSV into a board titled after the file, bad rows listed by number', () => {
    const result = readImportFile('Survey 2026.csv', 'name,x,y\nA,10,20\nB,abc,20\n', now);
    expect(result.ok && [result.board.title, result.board.items.length, result.problems]).toEqual(['Survey 2026', 1, ['Row 3: interactivity "abc" is not a number']]);
  });

  it('refuses a file with nothing to import, saying why', () => {
    expect(readImportFile('x.csv', 'name,x,y\n,1,1\n', now)).toEqual({ ok: false, reasons: ['Row 2: no label'] });
    expect(readImportFile('x.json', '{"format":"other"}', now).ok).toBe(false);
    expect(readImportFile('x.csv', '', now)).toEqual({ ok: false, reasons: ['the file has no items'] });
  });
});
