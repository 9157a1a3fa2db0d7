import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findGaps, type GapResult } from '../../gaps';
import { createBlankBoard, createItem } from '../../model/board';
import { mapPoint } from '../../model/mapPoint';
import type { Item } from '../../model/types';
import { explainZone } from './explainZone';
import { fewerZones, whyNoZone } from './leftOut';
import { describeChange, totalUnmetWords } from './describeChange';
import { fateWords, robustnessWords, zoneFate } from './zoneFate';

const board = createBlankBoard('2026-01-01T00:00:00.000Z');
const product = (label: string, x: number, y: number) => createItem('product', label, mapPoint(x, y), { id: `item:${label.replace(/\W/g, '')}` });
const persona = (label: string, x: number, y: number, weight: number, reach: number) => createItem('persona', label, mapPoint(x, y), { id: `item:${label.replace(/\W/g, '')}`, weight, reach });

/**
 * An e-bike market written for these tests (x = interactivity, y = need):
 *
 *   need ↑  Older leisure riders (35)          Carbon racer
 *        |            Folding e-bike    Weekend adventurers (20)   Trail e-MTB
 *        |                            Style-conscious urbanites (20)
 *        |     City cruiser       Daily commuters (60)
 *        |              Cargo bike
 *        └──────────────────────────────────────────→ interactivity
 */
const ebikes: Item[] = [
  product('City cruiser', 0.25, 0.3), product('Cargo bike', 0.4, 0.15), product('Carbon racer', 0.85, 0.8), product('Folding e-bike', 0.35, 0.5), product('Trail e-MTB', 0.8, 0.55),
  persona('Daily commuters', 0.55, 0.3, 60, 0.12), persona('Older leisure riders', 0.15, 0.6, 35, 0.12), persona('Weekend adventurers', 0.75, 0.7, 20, 0.1),
  persona('Style-conscious urbanites', 0.62, 0.42, 20, 0.08),
];

const gapsOf = (items: readonly Item[], maxZones = 3, coverage = 0.1): GapResult =>
  findGaps(
    {
      products: items.filter((i) => i.kind === 'product').map((i) => ({ id: i.id, x: i.position!.x, y: i.position!.y })),
      personas: items.filter((i) => i.kind === 'persona').map((i) => ({ id: i.id, x: i.position!.x, y: i.position!.y, weight: i.weight, reach: i.reach ?? 0.15 })),
    },
    { maxZones, coverage },
  );
const byId = (items: readonly Item[]) => new Map(items.map((i) => [i.id, i]));

describe('a ranking the room can defend', () => {
  it('a zone led by a large group says how large, and how it compares with the next zone', () => {
    const result = gapsOf(ebikes);
    const sentence = explainZone(result, 0, byId(ebikes), board);
    expect(sentence).toMatch(/^Daily commuters \(size 60, \d+ % unmet\)/);
    expect(sentence).toMatch(/; \d+(\.\d)?× the unmet demand of zone 2\./);
    const ratio = result.opportunities[0]!.mass / result.opportunities[1]!.mass;
    expect(sentence).toContain(`${ratio.toFixed(1)}×`);
  });

  it('a group with 65 % or more unmet and no zone of its own is told why', () => {
    const result = gapsOf(ebikes);
    const urbanites = result.unmet.find((u) => u.id === 'item:Styleconsciousurbanites')!;
    expect(urbanites.share).toBeGreaterThan(0.65);
    const lines = whyNoZone(result, byId(ebikes), 3);
    expect(lines).toEqual([expect.stringMatching(/^Style-conscious urbanites \(size 20, \d+ % unmet\): no zone of their own; their demand flows into the basin of zone 1 \(Daily commuters\)/)]);
  });

  it('a group whose zone ranks beyond the count asked for, or under the floor, is told so', () => {
    const one = gapsOf(ebikes, 1);
    const lines = whyNoZone(one, byId(ebikes), 1);
    expect(lines.some((l) => /^Older leisure riders .*ranks below the 1 zone asked for/.test(l))).toBe(true);
    const tiny = [...ebikes, persona('Collectors', 0.97, 0.06, 0.5, 0.03)];
    expect(whyNoZone(gapsOf(tiny, 5), byId(tiny), 5).some((l) => /^Collectors .*under 5 % of zone 1's/.test(l))).toBe(true);
  });

  it('says when fewer zones exist than were asked for, and why', () => {
    const result = gapsOf(ebikes, 6);
    expect(result.opportunities.length).toBeLessThan(6);
    expect(fewerZones(result, 6)).toMatch(new RegExp(`^Only ${result.opportunities.length} zones of the 6 asked for: `));
    expect(fewerZones(gapsOf(ebikes, 3), 3)).toBeNull();
  });

  it('the total unmet demand falls after a concept is placed among the commuters, and the change is said', () => {
    const before = gapsOf(ebikes);
    const concept = product('Commuter concept', 0.55, 0.3);
    const after = gapsOf([...ebikes, concept]);
    expect(totalUnmetWords(before)).toMatch(/^\d+ % of all demand is unmet\.$/);
    expect(totalUnmetWords(after)).not.toBe(totalUnmetWords(before));
    expect(describeChange(before, after, byId([...ebikes, concept]))).toMatch(/^−\d+ points of unmet demand \(\d+ % → \d+ %\); zone 1 \(Daily commuters\) loses \d+ % of its unmet demand/);
    expect(describeChange(before, before, byId(ebikes))).toBeNull();
  });

  it('follows zone 1 by its groups: split in two, moved down the ranking, or gone', () => {
    const zone = (lead: string, mass: number) => ({ x: 0, y: 0, mass, personas: [{ id: lead, share: 1 }] }) as unknown as GapResult['opportunities'][number];
    const result = (...zones: GapResult['opportunities']) => ({ whiteSpace: [], opportunities: zones, unmet: [{ id: 'a', share: 0.5, demand: 1, zone: 0, dropped: null }], omitted: { belowFloor: 0, beyondCount: 0 } }) as GapResult;
    const names = new Map([['a', persona('A', 0, 0, 1, 0.1)], ['b', persona('B', 0, 0, 1, 0.1)]]);
    expect(describeChange(result(zone('a', 1)), result(zone('a', 0.3), zone('a', 0.1)), names)).toBe('unmet demand unchanged (50 %); zone 1 (A) loses 60 % of its unmet demand and splits in two.');
    expect(describeChange(result(zone('a', 1)), result(zone('b', 2), zone('a', 1)), names)).toBe('unmet demand unchanged (50 %); zone 1 (A) is now zone 2.');
    expect(describeChange(result(zone('a', 1)), result(zone('b', 2)), names)).toBe('unmet demand unchanged (50 %); zone 1 (A) is no longer a zone.');
  });
});

describe('robustness in words', () => {
  const zoneAt = (x: number, y: number, lead: string) => ({ x, y, mass: 1, personas: [{ id: lead, share: 1 }] }) as unknown as GapResult['opportunities'][number];
  const run = (...zones: GapResult['opportunities']) => ({ opportunities: zones });

  it('stays, becomes, splits, merges and drops out, with the radius tried named', () => {
    const here = run(zoneAt(0.2, 0.2, 'A'), zoneAt(0.7, 0.7, 'B'));
    expect(zoneFate(1, here, run(zoneAt(0.21, 0.2, 'A'), zoneAt(0.7, 0.71, 'B')), 3)).toEqual({ kind: 'stays', rank: 1 });
    expect(zoneFate(1, here, run(zoneAt(0.7, 0.71, 'B'), zoneAt(0.21, 0.2, 'A')), 3)).toEqual({ kind: 'becomes', rank: 2 });
    expect(zoneFate(1, here, run(zoneAt(0.16, 0.2, 'A'), zoneAt(0.25, 0.2, 'A')), 3)).toEqual({ kind: 'splits', into: 2 });
    expect(zoneFate(2, run(zoneAt(0.2, 0.2, 'A'), zoneAt(0.27, 0.2, 'C')), run(zoneAt(0.21, 0.2, 'A')), 3)).toEqual({ kind: 'merges', rank: 1 });
    expect(zoneFate(2, here, run(zoneAt(0.2, 0.2, 'A'), zoneAt(0.1, 0.9, 'D'), zoneAt(0.9, 0.1, 'E')), 3)).toEqual({ kind: 'drops', full: true });
    expect(zoneFate(2, here, run(zoneAt(0.2, 0.2, 'A')), 3)).toEqual({ kind: 'drops', full: false });
    // The peak moved far (a product sits on the group), the group still leads: the same zone.
    expect(zoneFate(1, run(zoneAt(0.64, 0.61, 'A')), run(zoneAt(0.54, 0.39, 'A')), 3)).toEqual({ kind: 'stays', rank: 1 });
    expect(robustnessWords('double', 0.2, { kind: 'becomes', rank: 2 }, 3)).toBe("If products reach twice as far (20 % of the map's width): becomes zone 2");
    expect(robustnessWords('half', 0.05, { kind: 'drops', full: true }, 3)).toBe("If products reach half as far (5 % of the map's width): drops out of the top 3");
    expect(fateWords({ kind: 'drops', full: false }, 3)).toBe('is no longer a zone');
    expect(fateWords({ kind: 'splits', into: 2 }, 3)).toBe('splits in two');
  });

  it('never says a zone stays when its rank changed, and never names a rank that is not listed', () => {
    const coordinate = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const items = fc.tuple(
      fc.array(fc.tuple(coordinate, coordinate), { maxLength: 8 }),
      fc.array(fc.tuple(coordinate, coordinate, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 4, max: 20 })), { minLength: 1, maxLength: 5 }),
    ).map(([ps, qs]) => [...ps.map(([x, y], i) => product(`p${i}`, x, y)), ...qs.map(([x, y, w, r], i) => persona(`q${i}`, x, y, w, r / 100))]);
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 5 }), (board, maxZones) => {
        const here = gapsOf(board, maxZones);
        for (const other of [gapsOf(board, maxZones, 0.05), gapsOf(board, maxZones, 0.2)]) {
          here.opportunities.forEach((_, i) => {
            const words = fateWords(zoneFate(i + 1, here, other, maxZones), maxZones);
            const stays = /^stays zone (\d+)$/.exec(words);
            if (stays) expect(Number(stays[1])).toBe(i + 1);
            const becomes = /^becomes zone (\d+)$/.exec(words);
            if (becomes) expect(Number(becomes[1])).not.toBe(i + 1);
            for (const [, rank] of words.matchAll(/zone (\d+)/g)) expect(Number(rank)).toBeLessThanOrEqual(other.opportunities.length);
            expect(words).not.toMatch(/still/);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
