import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestConceptSpot, conceptEffect, findGaps, packGapInput, type GapPersona, type GapProduct } from './index';

const product = (id: string, x: number, y: number): GapProduct => ({ id, x, y });
const persona = (id: string, x: number, y: number, weight: number, reach: number): GapPersona => ({ id, x, y, weight, reach });

/** Commuters and style-conscious urbanites share one hill; the peak sits between them. */
const market = {
  products: [product('City cruiser', 0.25, 0.3), product('Cargo bike', 0.4, 0.15), product('Folding e-bike', 0.35, 0.5), product('Trail e-MTB', 0.8, 0.55)],
  personas: [persona('Daily commuters', 0.55, 0.3, 60, 0.12), persona('Style-conscious urbanites', 0.62, 0.42, 20, 0.08), persona('Older leisure riders', 0.15, 0.6, 35, 0.12)],
};

describe('concepts, validated against their zone', () => {
  it('counts the concept as a product: the groups’ unmet shares with it are findGaps’ own', () => {
    const input = packGapInput(market);
    const effect = conceptEffect(input, {}, 0.55, 0.3);
    const without = findGaps(market).unmet;
    const withIt = findGaps({ ...market, products: [...market.products, product('Concept', 0.55, 0.3)] }).unmet;
    without.forEach((u, i) => expect(effect.before[i]).toBeCloseTo(u.share, 12));
    withIt.forEach((u, i) => expect(effect.after[i]).toBeCloseTo(u.share, 12));
    expect(effect.after[0]).toBeLessThan(effect.before[0]! - 0.2);
  });

  it('names the zone whose basin holds the spot and the share of it the concept meets', () => {
    const input = packGapInput(market);
    const zones = findGaps(market).opportunities;
    const commuters = zones.findIndex((z) => z.personas[0]!.id === 'Daily commuters');
    const on = conceptEffect(input, {}, 0.55, 0.3);
    expect(on.zone).toBe(commuters);
    expect(on.absorbed).toBeGreaterThan(0.3);
    expect(on.absorbed).toBeLessThanOrEqual(1);
    // With one zone asked for, the leisure riders' basin is no zone: a concept there is outside every zone.
    expect(zones[0]!.personas[0]!.id).toBe('Daily commuters');
    const elsewhere = conceptEffect(input, { maxZones: 1 }, 0.15, 0.6);
    expect(elsewhere.zone).toBeNull();
    expect(elsewhere.absorbed).toBe(0);
  });

  it('the best spot meets more of the zone than its peak does, and no cell of the zone beats it', () => {
    const input = packGapInput(market);
    const zones = findGaps(market).opportunities;
    const rank = zones.findIndex((z) => z.personas[0]!.id === 'Daily commuters');
    const best = bestConceptSpot(input, {}, rank)!;
    const atPeak = conceptEffect(input, {}, zones[rank]!.x, zones[rank]!.y);
    expect(best.absorbed).toBeGreaterThanOrEqual(atPeak.absorbed);
    expect(conceptEffect(input, {}, best.x, best.y).absorbed).toBeCloseTo(best.absorbed, 12);
    expect(bestConceptSpot(input, {}, 9)).toBeNull();
  });

  it('a concept never raises anyone’s unmet share, and what it absorbs is a share', () => {
    const coordinate = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { maxLength: 6 }), fc.array(fc.tuple(coordinate, coordinate, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 3, max: 25 })), { minLength: 1, maxLength: 4 }), coordinate, coordinate, (ps, qs, x, y) => {
        const input = packGapInput({ products: ps.map(([a, b], i) => product(`p${i}`, a, b)), personas: qs.map(([a, b, w, r], i) => persona(`q${i}`, a, b, w, r / 100)) });
        const effect = conceptEffect(input, {}, x, y);
        effect.after.forEach((after, i) => expect(after).toBeLessThanOrEqual(effect.before[i]! + 1e-12));
        expect(effect.absorbed >= 0 && effect.absorbed <= 1).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
