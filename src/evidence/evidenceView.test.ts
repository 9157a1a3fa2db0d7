import { describe, expect, it } from 'vitest';
import { applyCommand } from '../model/applyCommand';
import { createBlankBoard, createItem } from '../model/board';
import { mapPoint } from '../model/mapPoint';
import type { Board, Evidence, EvidenceCell } from '../model/types';
import { evidenceMarks } from './evidenceMarks';

const cell = (wave: string, segment: string, x: number, y: number, n = 40, share = 1): EvidenceCell => ({ wave, segment, n, share, mean: mapPoint(x, y), cov: [0.01, 0.002, 0.02], boot: [], points: [], names: [] });
const at = '2026-12-07T00:00:00.000Z';

function board(): Board {
  const b = { ...createBlankBoard(at), items: [createItem('product', 'Moka pot', null, { id: 'item:moka' }), createItem('product', 'New one', null, { id: 'item:new' }), createItem('persona', 'Students', null, { id: 'item:students' })] };
  const evidence: Evidence[] = [
    { id: 'evidence:moka', itemId: 'item:moka', source: 'survey', measure: 'rating', study: 's.csv', createdAt: at, cells: [cell('2024', '', 0.3, 0.2), cell('2025', '', 0.4, 0.25), cell('2025', 'Students', 0.6, 0.3, 12)] },
    { id: 'evidence:new', itemId: 'item:new', source: 'survey', measure: 'rating', study: 's.csv', createdAt: at, cells: [cell('2025', '', 0.8, 0.8)] },
    { id: 'evidence:students', itemId: 'item:students', source: 'survey', measure: 'ideal', study: 's.csv', createdAt: at, cells: [cell('2025', '', 0.7, 0.6, 30, 0.25)] },
  ];
  return applyCommand(b, { type: 'putEvidence', items: [], evidence }).board;
}

const position = (b: Board, id: string) => b.items.find((item) => item.id === id)!.position;

describe('the evidence view', () => {
  it('places items at the latest wave’s means, a segment’s ideal with its share as weight', () => {
    const b = board();
    expect(position(b, 'item:moka')).toEqual({ x: 0.4, y: 0.25 });
    expect(position(b, 'item:new')).toEqual({ x: 0.8, y: 0.8 });
    const students = b.items.find((item) => item.id === 'item:students')!;
    expect([students.position, students.weight]).toEqual([{ x: 0.7, y: 0.6 }, 0.25]);
    expect(students.reach).toBeCloseTo(Math.sqrt(0.015), 4);
  });

  it('shows an earlier wave: items not rated then wait in the tray; one undo step brings the view back', () => {
    const b = board();
    const shown = applyCommand(b, { type: 'showEvidence', view: { wave: '2024', lens: '' } });
    expect(position(shown.board, 'item:moka')).toEqual({ x: 0.3, y: 0.2 });
    expect(position(shown.board, 'item:new')).toBeNull();
    expect(shown.board.evidenceView).toEqual({ wave: '2024', lens: '' });
  });

  it('places items as a segment sees them through its lens, falling back to everyone', () => {
    const lens = applyCommand(board(), { type: 'showEvidence', view: { wave: '2025', lens: 'Students' } }).board;
    expect(position(lens, 'item:moka')).toEqual({ x: 0.6, y: 0.3 });
    expect(position(lens, 'item:new')).toEqual({ x: 0.8, y: 0.8 });
  });

  it('draws an arrow from the previous wave, flags few ratings, and resets a hand move', () => {
    const b = board();
    const marks = evidenceMarks(b, b.items);
    const moka = marks.find((mark) => mark.itemId === 'item:moka')!;
    expect(moka.arrow).toEqual({ from: { x: 0.3, y: 0.2 }, to: { x: 0.4, y: 0.25 }, since: '2024' });
    expect(moka.ellipse).not.toBeNull();
    expect(marks.find((mark) => mark.itemId === 'item:new')!.arrow).toBeNull();
    const lens = applyCommand(b, { type: 'showEvidence', view: { wave: '2025', lens: 'Students' } }).board;
    expect(evidenceMarks(lens, lens.items).find((mark) => mark.itemId === 'item:moka')!.few).toBe(true);
    const moved = applyCommand(b, { type: 'moveItem', id: 'item:moka', position: mapPoint(0.9, 0.9) }).board;
    expect(moved.evidence).toEqual(b.evidence);
    expect(position(applyCommand(moved, { type: 'resetToEvidence', ids: ['item:moka'] }).board, 'item:moka')).toEqual({ x: 0.4, y: 0.25 });
  });

  it('deletes an item’s evidence with it', () => {
    const b = applyCommand(board(), { type: 'deleteItems', ids: ['item:moka'] }).board;
    expect(b.evidence.map((e) => e.id)).toEqual(['evidence:new', 'evidence:students']);
  });

  it('refuses evidence about an item not on the board, or not read by its validator', () => {
    const b = board();
    const record = b.evidence[0]!;
    expect(() => applyCommand(b, { type: 'putEvidence', items: [], evidence: [{ ...record, itemId: 'item:gone' }] })).toThrow(/not on the board/);
    expect(() => applyCommand(b, { type: 'putEvidence', items: [], evidence: [{ ...record, cells: [{ ...record.cells[0]!, n: -1 }] }] })).toThrow(/cannot be kept/);
  });
});
