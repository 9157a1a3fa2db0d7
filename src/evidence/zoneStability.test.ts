import { describe, expect, it } from 'vitest';
import { zoneStability } from './zoneStability';
import { stabilityWord, describeStability } from './describeStability';
import { resampledPositions } from './resampledPositions';
import { applyCommand } from '../model/applyCommand';
import { createBlankBoard, createItem } from '../model/board';
import { mapPoint } from '../model/mapPoint';
import type { Board, Evidence, EvidenceCell } from '../model/types';
import { pack } from '../view/zones/packedInput';

const cell = (x: number, y: number, spread: number, n: number, wave = '2026'): EvidenceCell => ({ wave, segment: '', n, share: 1, mean: mapPoint(x, y), cov: [spread, 0, spread], boot: [], points: [], names: [] });

/**
 *   need
 *    ↑   P1 (persona, far from products)      P2 (persona, small)
 *    |
 *    |        ◆ rated product, near P2 (uncertain or tight)
 *    +──────────────────────────→ interactivity
 */
function board(spread: number, n: number): Board {
  const b = createBlankBoard('2026-12-07T00:00:00.000Z');
  const items = [
    createItem('persona', 'P1', mapPoint(0.2, 0.8), { id: 'item:p1', weight: 1, reach: 0.12 }),
    createItem('persona', 'P2', mapPoint(0.75, 0.7), { id: 'item:p2', weight: 0.9, reach: 0.12 }),
    createItem('product', 'Rated', mapPoint(0.7, 0.6), { id: 'item:rated' }),
    createItem('product', 'Fixed', mapPoint(0.5, 0.2), { id: 'item:fixed' }),
  ];
  const evidence: Evidence = { id: 'evidence:e1', itemId: 'item:rated', source: 'survey', measure: 'rating', study: 's', cells: [cell(0.7, 0.6, spread, n)], createdAt: '2026-12-07T00:00:00.000Z' };
  return applyCommand({ ...b, items }, { type: 'putEvidence', items: [], evidence: [evidence] }).board;
}

function stabilityOf(b: Board, seed = 1) {
  const packed = pack(b.items, null);
  return zoneStability(packed.input, b.gapSettings, resampledPositions(b, packed, seed, 100), 100);
}

describe('zoneStability', () => {
  it('calls zones firm when the evidence is tight: every resample keeps the ranks', () => {
    const zones = stabilityOf(board(0.0001, 500));
    expect(zones.length).toBeGreaterThan(0);
    for (const zone of zones) {
      expect(zone.keep).toBeGreaterThanOrEqual(0.95);
      expect(stabilityWord(zone.keep)).toBe('firm');
      expect(zone.cloud.length).toBeGreaterThan(0);
    }
  });

  it('is reproducible with a seed', () => {
    const b = board(0.08, 6);
    expect(stabilityOf(b, 5)).toEqual(stabilityOf(b, 5));
  });

  it('spreads the ranks when a rated product near a group is uncertain', () => {
    const tight = stabilityOf(board(0.0001, 500));
    const loose = stabilityOf(board(0.2, 4));
    const spread = (zones: typeof tight) => zones.reduce((sum, zone) => sum + (1 - zone.keep), 0);
    expect(spread(loose)).toBeGreaterThan(spread(tight));
  });

  it('shares of ranks and "not found" add up to one for each zone', () => {
    for (const zone of stabilityOf(board(0.05, 8))) expect(zone.ranks.reduce((a, b) => a + b, 0) + zone.gone).toBeCloseTo(1, 9);
  });
});

describe('stabilityWord and describeStability', () => {
  it('uses the room’s words at 80 % and 50 %', () => {
    expect([stabilityWord(0.8), stabilityWord(0.79), stabilityWord(0.5), stabilityWord(0.49)]).toEqual(['firm', 'likely', 'likely', 'uncertain']);
  });

  it('says how often a zone keeps its rank and the most frequent other outcome', () => {
    expect(describeStability(1, { ranks: [0.87, 0.11, 0], gone: 0.02, keep: 0.87, cloud: [] })).toBe('Zone 1 stays first in 87 % of resamples; in 11 % it is second.');
    expect(describeStability(2, { ranks: [0, 0.6, 0], gone: 0.4, keep: 0.6, cloud: [] })).toBe('Zone 2 stays second in 60 % of resamples; in 40 % it is not a zone.');
    expect(describeStability(1, { ranks: [1, 0], gone: 0, keep: 1, cloud: [] })).toBe('Zone 1 stays first in 100 % of resamples.');
  });
});
