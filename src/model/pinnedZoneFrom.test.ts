import { describe, expect, it } from 'vitest';
import { pinnedZoneFrom } from './pinnedZoneFrom';
import { conceptAt, conceptColour, isConcept } from './concept';
import { CommandError } from './CommandError';

const zone = { x: 0.3, y: 0.9, title: 'Showpiece rituals', index: 64, sentence: 'Hosts want a show.' };
const counter = () => {
  let n = 0;
  return (prefix: string) => `${prefix}:${++n}`;
};

describe('pinnedZoneFrom', () => {
  it('pinnedZoneFrom(zone, newId, now) keeps the zone\'s words, peak and index, with the given id and time', () => {
    expect(pinnedZoneFrom(zone, counter(), new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toEqual({
      id: 'zone:1', label: 'Showpiece rituals', position: { x: 0.3, y: 0.9 }, index: 64, note: 'Hosts want a show.', pinnedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('pinnedZoneFrom refuses a peak that is not a finite number', () => {
    expect(() => pinnedZoneFrom({ ...zone, x: Number.NaN }, counter(), new Date())).toThrow(CommandError);
  });
});

describe('conceptAt', () => {
  it('conceptAt(zone, label, newId) is a concept product at the zone\'s peak, named by the trimmed label', () => {
    const concept = conceptAt(zone, ' Table-side brewer ', counter());
    expect(concept).toMatchObject({ id: 'item:1', kind: 'product', label: 'Table-side brewer', position: { x: 0.3, y: 0.9 }, colour: conceptColour, notes: 'Concept placed in the zone of Showpiece rituals.' });
    expect(isConcept(concept)).toBe(true);
  });
});
