import { describe, expect, it } from 'vitest';
import { createItem } from '../model/board';
import { mapPoint } from '../model/mapPoint';
import { notPlacedTag } from '../model/guessedPosition';
import { conceptTag } from '../model/concept';
import { readAgain } from './readAgain';

describe('readAgain', () => {
  const now = { ...createItem('product', 'Kettle', mapPoint(0.3, 0.4), { colour: '#cc79a7', notes: 'mine', attractors: [] }), tags: [notPlacedTag] };
  const read = createItem('product', 'Kettle (read)', null, { notes: 'from the table', weight: 3 });

  it('takes only what the columns involved hold; a move, the colour and other fields stay', () => {
    expect(readAgain(now, read, new Set(['notes']))).toEqual({ ...now, notes: 'from the table' });
    expect(readAgain(now, read, new Set(['weight']))).toEqual({ ...now, weight: 3 });
  });

  it('a position read again is a real one: the "not placed by anyone" mark goes', () => {
    const placed = { ...read, position: mapPoint(0.9, 0.1) };
    expect(readAgain(now, placed, new Set(['need']))).toMatchObject({ position: { x: 0.9, y: 0.1 }, tags: [] });
  });

  it('a kind read again as "concept" makes the product a concept', () => {
    const concept = { ...read, tags: [conceptTag], colour: '#00805e' };
    expect(readAgain({ ...now, tags: [] }, concept, new Set(['kind']))).toMatchObject({ kind: 'product', tags: [conceptTag], colour: '#00805e' });
  });
});
