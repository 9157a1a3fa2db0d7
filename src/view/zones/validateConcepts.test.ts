import { describe, expect, it } from 'vitest';
import { createItem } from '../../model/board';
import { conceptAt } from '../../model/concept';
import { mapPoint } from '../../model/mapPoint';
import { validateConcepts } from './validateConcepts';
import { conceptCardLines } from './conceptCardLines';

const product = (label: string, x: number, y: number) => createItem('product', label, mapPoint(x, y));
const persona = (label: string, x: number, y: number, weight: number, reach: number, attractors: string[] = []) => createItem('persona', label, mapPoint(x, y), { weight, reach, attractors });

describe('validateConcepts', () => {
  it('checks each concept against the market without concepts: its zone, what it meets, whom it serves, the attractors it claims', () => {
    let n = 0;
    const newId = () => `item:c${++n}`;
    const items = [
      product('City cruiser', 0.25, 0.3), product('Trail e-MTB', 0.8, 0.55),
      persona('Daily commuters', 0.55, 0.3, 60, 0.12, ['reliability', 'time saved']), persona('Older leisure riders', 0.15, 0.6, 35, 0.12),
    ];
    const concept = { ...conceptAt({ x: 0.55, y: 0.3, title: 'Daily commuters', index: 100, sentence: '' }, 'Commuter concept', newId), attractors: ['Reliability'] };
    const { cards, market, withAll } = validateConcepts([...items, concept], { maxZones: 3, coverage: 0.1, threshold: 0.5 });
    expect(cards).toHaveLength(1);
    const [card] = cards;
    expect(card!.zone).toEqual({ rank: 1, title: 'Daily commuters' });
    expect(card!.absorbed).toBeGreaterThan(0.2);
    expect(card!.serves[0]!.label).toBe('Daily commuters');
    expect(card!.total.after).toBeLessThan(card!.total.before);
    expect(card!.attractors).toEqual(['reliability', 'time saved']);
    expect(card!.claims).toEqual(['reliability']);
    // The market leaves the concept out; with all concepts it counts.
    expect(market.opportunities[0]!.nearest.map((p) => p.id)).not.toContain(concept.id);
    expect(withAll.opportunities.flatMap((z) => z.nearest.map((p) => p.id))).toContain(concept.id);
    expect(conceptCardLines(card!)).toEqual([
      expect.stringMatching(/^Sits in zone 1 \(Daily commuters\) and would meet \d+ % of its unmet demand\.$/),
      expect.stringMatching(/^Would serve Daily commuters \(\d+ % → \d+ % unmet\)/),
      expect.stringMatching(/^All demand: \d+ % → \d+ % unmet \(−\d+ points\)\.$/),
      'Claims 1 of 2 key attractors of its zone: reliability.',
    ]);
  });
});
