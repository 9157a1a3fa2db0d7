import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundEvidence, type HeldPlacements } from './roundEvidence';
import type { Round } from '../model/types';
import { Validator } from '../schema/Validator';
import { readEvidence } from '../schema/readEvidence';

const round = (fields: Partial<Round> = {}): Round => ({
  id: 'round:r1',
  number: 1,
  question: 'Where does each sit for you?',
  itemIds: ['item:a', 'item:b'],
  start: 'tray',
  showNames: false,
  status: 'open',
  endsAt: null,
  createdAt: '2026-12-07T00:00:00.000Z',
  ...fields,
});
const person = (name: string, a?: [number, number], b?: [number, number]): HeldPlacements => ({ name, placements: { ...(a && { 'item:a': a }), ...(b && { 'item:b': b }) } });
let ids = 0;
const newId = () => `evidence:t${ids++}`;
const onBoard = new Set(['item:a', 'item:b']);

describe('roundEvidence', () => {
  it('makes one cell per item with every placement, its mean and covariance; anonymous by default', () => {
    const [a, b] = roundEvidence(round(), [person('Ana', [0.2, 0.4], [0.5, 0.5]), person('Ben', [0.4, 0.6]), person('Chi', [0.3, 0.5], [0.7, 0.7])], [], onBoard, 'now', newId);
    expect(a!.cells[0]).toMatchObject({ wave: 'Round 1', n: 3, names: [] });
    expect(a!.cells[0]!.mean.x).toBeCloseTo(0.3, 9);
    expect(a!.cells[0]!.mean.y).toBeCloseTo(0.5, 9);
    expect(a!.cells[0]!.cov[0]).toBeCloseTo(0.01, 9);
    expect(b!.cells[0]!.n).toBe(2);
    for (const record of [a!, b!]) {
      const v = new Validator('strict');
      readEvidence(v, record, 'evidence');
      expect(v.errors).toEqual([]);
    }
  });

  it('lists placements in map order, so their order does not say who placed them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }), (spots) => {
        const people = spots.map((spot, i) => person(`P${i}`, spot));
        const forward = roundEvidence(round(), people, [], onBoard, 'now', () => 'evidence:x')[0]!;
        const backward = roundEvidence(round(), [...people].reverse(), [], onBoard, 'now', () => 'evidence:x')[0]!;
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('names who placed what when the round shows names, and keeps an earlier round beside a new one', () => {
    const first = roundEvidence(round({ showNames: true }), [person('Ana', [0.2, 0.2]), person('Ben', [0.1, 0.3])], [], onBoard, 'now', newId);
    expect(first[0]!.cells[0]!.names).toEqual(['Ben', 'Ana']);
    const second = roundEvidence(round({ id: 'round:r2', number: 2 }), [person('Ana', [0.5, 0.5])], first, onBoard, 'later', newId);
    expect(second[0]!.id).toBe(first[0]!.id);
    expect(second[0]!.cells.map((c) => c.wave)).toEqual(['Round 1', 'Round 2']);
  });

  it('leaves out items nobody placed and items no longer on the board', () => {
    expect(roundEvidence(round(), [person('Ana', [0.2, 0.2])], [], new Set(['item:b']), 'now', newId)).toEqual([]);
  });
});
