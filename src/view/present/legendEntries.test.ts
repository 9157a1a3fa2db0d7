import { describe, expect, it } from 'vitest';
import { legendEntries } from './legendEntries';

describe('legendEntries', () => {
  const none = { products: false, personas: false, zones: false, whiteSpace: false, concepts: false };
  it('names notes only while the board shows some', () => {
    expect(legendEntries({ ...none, notes: true }).map((entry) => entry.kind)).toEqual(['note']);
    expect(legendEntries({ ...none, notes: false })).toEqual([]);
    expect(legendEntries(none)).toEqual([]);
  });
  it('keeps the map’s order: products, concepts, persona groups, zones, white space, notes', () => {
    const all = legendEntries({ products: true, personas: true, zones: true, whiteSpace: true, concepts: true, notes: true });
    expect(all.map((entry) => entry.kind)).toEqual(['product', 'concept', 'persona', 'zone', 'whiteSpace', 'note']);
  });
});
