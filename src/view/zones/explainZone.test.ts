import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../gaps';
import { createBlankBoard, createItem } from '../../model/board';
import { mapPoint } from '../../model/mapPoint';
import { explainZone, joinNames, opportunityIndex, quadrantName, zoneTitle } from './explainZone';
import { describeOpenSpace } from './describeOpenSpace';

const board = createBlankBoard('2026-01-01T00:00:00.000Z');
const gamers = createItem('persona', 'Couch gamers', mapPoint(0.78, 0.42));
const families = createItem('persona', 'Family movie nights', mapPoint(0.27, 0.24));
const retired = createItem('persona', 'Retired viewers', mapPoint(0.12, 0.3));
const projector = createItem('product', 'Projector', mapPoint(0.5, 0.55));
const items = new Map([gamers, families, retired, projector].map((item) => [item.id, item]));

const zone = (personas: { id: string; share: number }[], extra: Partial<Opportunity> = {}): Opportunity => ({
  x: 0.78, y: 0.42, value: 1, mass: 0.16, level: 0.5, area: 0.05, personas, centre: { x: 0.78, y: 0.42 }, nearest: [{ id: projector.id, distance: 0.312 }], polygons: [], ...extra,
});

describe('zones in the room\'s words', () => {
  it('titles a zone by the groups holding at least a quarter of its mass, else "Mixed demand"', () => {
    expect(zoneTitle(zone([{ id: gamers.id, share: 0.95 }, { id: families.id, share: 0.05 }]), items)).toBe('Couch gamers');
    expect(zoneTitle(zone([{ id: families.id, share: 0.74 }, { id: retired.id, share: 0.26 }]), items)).toBe('Family movie nights & Retired viewers');
    expect(zoneTitle(zone([{ id: families.id, share: 0.24 }, { id: retired.id, share: 0.24 }, { id: gamers.id, share: 0.2 }]), items)).toBe('Mixed demand');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B & C');
  });

  it("names each group with its size and unmet share, compares the zone with the next, and measures the nearest product from the groups", () => {
    const unmet = [gamers, families, retired].map((g, i) => ({ id: g.id, share: [0.906, 0.372, 0.4][i]!, demand: 1, zone: 0, dropped: null }));
    const sized = new Map([...items].map(([id, item]) => [id, { ...item, weight: item.id === families.id ? 3 : 2 }]));
    const first = zone([{ id: gamers.id, share: 0.95 }], { mass: 0.2 });
    const second = zone([{ id: families.id, share: 0.74 }, { id: retired.id, share: 0.26 }], { x: 0.23, y: 0.21, mass: 0.15 });
    expect(explainZone({ opportunities: [first, second], unmet }, 0, sized, board)).toBe(
      "Couch gamers (size 2, 91 % unmet); 1.3× the unmet demand of zone 2. Nearest product to this group: Projector, 31 % of the map's width away. In the Practical quadrant.",
    );
    expect(explainZone({ opportunities: [first, second], unmet }, 1, sized, board)).toBe(
      "Family movie nights (size 3, 37 % unmet) & Retired viewers (2, 40 %). Nearest product to these groups: Projector, 31 % of the map's width away. In the Basic quadrant.",
    );
    expect(explainZone({ opportunities: [zone([{ id: gamers.id, share: 1 }], { nearest: [] })], unmet }, 0, sized, board)).toMatch(/the only zone\. No product on the map\./);
  });

  it('names a quadrant by its axis words when the board leaves its name blank', () => {
    expect(quadrantName({ ...board, quadrants: { ...board.quadrants, topRight: ' ' } }, 0.9, 0.9)).toBe('the Immersive–Aspirational quadrant');
  });

  it('indexes zones by mass against the top zone', () => {
    const top = zone([], { mass: 0.2, value: 1 });
    expect(opportunityIndex(zone([], { mass: 0.15, value: 3 }), top)).toBe(75);
    expect(opportunityIndex(top, top)).toBe(100);
  });

  it('describes white space at a corner or an edge as open ground there, never as a centre at 100 %, 0 %', () => {
    expect(describeOpenSpace(board, { x: 1, y: 0, radius: 0.52 })).toBe("The open corner at Immersive–Essential, radius 52 % of the map's width.");
    expect(describeOpenSpace(board, { x: 0.51, y: 1, radius: 0.41 })).toBe("The open Aspirational edge, at interactivity 51 %, radius 41 % of the map's width.");
    expect(describeOpenSpace(board, { x: 0, y: 0.4, radius: 0.2 })).toBe("The open Passive edge, at need 40 %, radius 20 % of the map's width.");
    expect(describeOpenSpace(board, { x: 0.3, y: 0.6, radius: 0.1 })).toMatch(/^Empty circle, radius 10 % of the map's width, centred at interactivity 30 %, need 60 %, in the Showpiece quadrant\.$/);
  });
});
