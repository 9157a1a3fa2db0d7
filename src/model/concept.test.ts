import { describe, expect, it } from 'vitest';
import { createItem } from './board';
import { conceptAt, conceptColour, isConcept } from './concept';
import { mapPoint } from './mapPoint';

describe('concepts', () => {
  it('a concept is marked as one: its colour is the user\'s, and a green product is no concept', () => {
    const concept = conceptAt({ x: 0.4, y: 0.6, title: 'Remote workers', index: 100, sentence: '' }, ' Desk dock ', () => 'item:c1');
    expect(concept).toMatchObject({ kind: 'product', label: 'Desk dock', colour: conceptColour });
    expect(isConcept(concept)).toBe(true);
    const recoloured = { ...concept, colour: '#0072b2' };
    expect(isConcept(recoloured)).toBe(true);
    expect(isConcept(createItem('product', 'Green kettle', mapPoint(0.2, 0.2), { colour: conceptColour }))).toBe(false);
    const persona = { ...concept, kind: 'persona' as const };
    expect(isConcept(persona)).toBe(false);
  });
});
