import { describe, expect, it } from 'vitest';
import { findGaps, totalUnmetShare, type GapPersona, type GapProduct } from './index';

const product = (id: string, x: number, y: number): GapProduct => ({ id, x, y });
const persona = (id: string, x: number, y: number, weight: number, reach: number): GapPersona => ({ id, x, y, weight, reach });

/**
 * A coffee market (x = interactivity, y = need), written for these tests:
 *
 *   need ↑  Ritual seekers (size 5)                 Home baristas (size 40)
 *        |        · espresso machine
 *        |                       Office crowd (size 50) · pod machine
 *        |  Commuters (size 45)    · vending
 *        └──────────────────────────────────────→ interactivity
 */
const market = {
  products: [product('Espresso machine', 0.3, 0.75), product('Pod machine', 0.68, 0.42), product('Vending', 0.5, 0.25)],
  personas: [
    persona('Commuters', 0.15, 0.2, 45, 0.1),
    persona('Office crowd', 0.6, 0.45, 50, 0.1),
    persona('Home baristas', 0.85, 0.85, 40, 0.1),
    persona('Ritual seekers', 0.12, 0.9, 5, 0.06),
  ],
};

describe('findGaps: where each group’s unmet demand went', () => {
  it("a group in a reported zone names it; a small group's basin under 5 % of zone 1 is dropped by the floor", () => {
    const { opportunities, unmet } = findGaps(market, { maxZones: 5 });
    const of = new Map(unmet.map((u) => [u.id, u]));
    for (const name of ['Commuters', 'Home baristas']) {
      const zone = of.get(name)!.zone;
      expect(zone).not.toBeNull();
      expect(opportunities[zone!]!.personas[0]!.id).toBe(name);
    }
    expect(of.get('Ritual seekers')).toMatchObject({ zone: null, dropped: 'floor' });
  });

  it('beyond the zone count asked for: dropped by count, and counted as omitted', () => {
    const all = findGaps(market, { maxZones: 5 });
    const one = findGaps(market, { maxZones: 1 });
    expect(one.opportunities).toHaveLength(1);
    expect(one.omitted.beyondCount).toBe(all.opportunities.length - 1);
    expect(one.omitted.belowFloor).toBe(all.omitted.belowFloor);
    const second = all.opportunities[1]!.personas[0]!.id;
    expect(one.unmet.find((u) => u.id === second)).toMatchObject({ zone: null, dropped: 'count' });
  });

  it("a group whose demand flows into a bigger group's basin is merged into that zone", () => {
    // Two groups side by side, one product-free hill: the small one has no zone of its own.
    const { opportunities, unmet } = findGaps({ products: [product('far', 0.95, 0.05)], personas: [persona('Big', 0.45, 0.5, 10, 0.15), persona('Small', 0.55, 0.5, 1, 0.08)] });
    expect(opportunities).toHaveLength(1);
    expect(unmet.find((u) => u.id === 'Small')).toMatchObject({ zone: 0, dropped: null });
  });

  it("the total unmet share is the demand-weighted mean of the groups' shares", () => {
    const { unmet } = findGaps(market);
    const total = totalUnmetShare(unmet);
    const expected = unmet.reduce((s, u) => s + u.share * u.demand, 0) / unmet.reduce((s, u) => s + u.demand, 0);
    expect(total).toBeCloseTo(expected, 12);
    expect(total).toBeGreaterThan(Math.min(...unmet.map((u) => u.share)));
    expect(total).toBeLessThan(Math.max(...unmet.map((u) => u.share)));
    expect(totalUnmetShare(findGaps({ products: [], personas: market.personas }).unmet)).toBe(1);
    expect(totalUnmetShare([])).toBe(0);
  });

  it('a product placed on a group lowers the total unmet share', () => {
    const before = totalUnmetShare(findGaps(market).unmet);
    const after = totalUnmetShare(findGaps({ ...market, products: [...market.products, product('Concept', 0.15, 0.2)] }).unmet);
    expect(after).toBeLessThan(before - 0.1);
  });

  it('nearest is measured from where the groups are, not from a peak in empty ground between them', () => {
    //  Two groups left and right; a product one step from the right group. The peak sits in
    //  the empty ground near the left group; the zone's centre is between the groups' demand.
    const { opportunities } = findGaps({ products: [product('Near right', 0.72, 0.5)], personas: [persona('L', 0.3, 0.5, 1, 0.12), persona('R', 0.7, 0.5, 1, 0.12)] }, { maxZones: 3 });
    for (const zone of opportunities) {
      const { x, y } = zone.centre;
      expect(zone.nearest[0]!.distance).toBeCloseTo(Math.hypot(0.72 - x, 0.5 - y), 12);
    }
  });
});
