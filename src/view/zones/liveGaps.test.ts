import { describe, expect, it } from 'vitest';
import { liveGaps } from './liveGaps';
import { findGapsForBoard, pack } from './packedInput';
import { createSampleBoard } from '../../model/sampleBoard';
import { createItem } from '../../model/board';
import { mapPoint } from '../../model/mapPoint';
import { findGaps } from '../../gaps';

const board = createSampleBoard('2026-01-01T00:00:00.000Z');
const items = [...board.items, createItem('product', 'Waiting in the tray', null)];

describe('packed gap-finder input', () => {
  it('gives the same zones as findGaps on the placed items, named by item id', () => {
    const placed = items.filter((item) => item.position);
    const direct = findGaps({
      products: placed.filter((i) => i.kind === 'product').map((i) => ({ id: i.id, x: i.position!.x, y: i.position!.y, weight: i.weight })),
      personas: placed.filter((i) => i.kind === 'persona').map((i) => ({ id: i.id, x: i.position!.x, y: i.position!.y, weight: i.weight, reach: i.reach! })),
    }, board.gapSettings);
    expect(findGapsForBoard(pack(items, null), board.gapSettings)).toEqual(direct);
  });

  it('puts the dragged item at its preview', () => {
    const moka = items.find((item) => item.label === 'Moka pot')!;
    const packed = pack(items, { id: moka.id, origin: moka.position!, position: mapPoint(0.9, 0.9) });
    const at = packed.productIds.indexOf(moka.id);
    expect([packed.input.products.x[at], packed.input.products.y[at]]).toEqual([0.9, 0.9]);
  });
});

describe('liveGaps (no workers here: computed in place)', () => {
  it('publishes a result for each drag frame and forgets it when the drag ends', () => {
    const moka = items.find((item) => item.label === 'Moka pot')!;
    const seen: number[] = [];
    const unsubscribe = liveGaps.subscribe(() => seen.push(liveGaps.current()?.opportunities.length ?? -1));
    liveGaps.request(items, { id: moka.id, origin: moka.position!, position: mapPoint(0.5, 0.45) }, board.gapSettings);
    const live = liveGaps.current();
    expect(live?.opportunities.length).toBeGreaterThan(0);
    expect(live?.opportunities[0]!.personas[0]!.id).toMatch(/^item:/);
    liveGaps.clear();
    expect(liveGaps.current()).toBeNull();
    expect(seen).toEqual([live!.opportunities.length, -1]);
    unsubscribe();
  });
});
