import { describe, expect, it } from 'vitest';
import { GapsChannel } from './GapsChannel';
import { pack } from './packedInput';
import { findGapsForBoard } from './findInPlace';
import { createSampleBoard } from '../../model/sampleBoard';
import { createItem } from '../../model/board';
import { mapPoint } from '../../model/mapPoint';
import { findGaps } from '../../gaps';

const board = createSampleBoard('2026-01-01T00:00:00.000Z');
const items = [...board.items, createItem('product', 'Waiting in the tray', null)];

describe('packed gap-finder input', () => {
  it('gives the same zones as findGaps on the placed items, in the document order, named by item id', () => {
    const placed = items.filter((item) => item.position);
    const direct = findGaps({
      products: placed.filter((i) => i.kind === 'product').map((i) => ({ id: i.id, x: i.position!.x, y: i.position!.y, weight: i.weight })),
      personas: placed.filter((i) => i.kind === 'persona').map((i) => ({ id: i.id, x: i.position!.x, y: i.position!.y, weight: i.weight, reach: i.reach! })),
    }, board.gapSettings);
    expect(findGapsForBoard(pack(items, null), board.gapSettings)).toEqual(direct);
  });

  it('puts the dragged item at its preview', () => {
    const moka = items.find((item) => item.label === 'Moka pot')!;
    const packed = pack(items, { id: moka.id, origin: moka.position!, position: mapPoint(0.9, 0.9), group: [] });
    const at = packed.productIds.indexOf(moka.id);
    expect([packed.input.products.x[at], packed.input.products.y[at]]).toEqual([0.9, 0.9]);
  });
});

describe('GapsChannel (no workers here: computed in place)', () => {
  const key = { boardId: board.id, items, settings: board.gapSettings, concepts: false };

  it('publishes an answer per request, one result per option set, and forgets it on clear', async () => {
    const channel = new GapsChannel();
    const seen: (number | null)[] = [];
    const unsubscribe = channel.subscribe(() => seen.push(channel.current()?.results?.length ?? null));
    await channel.answerFor(key, pack(items, null), [board.gapSettings, { ...board.gapSettings, coverage: 0.05 }]);
    const answer = channel.current()!;
    expect(answer.key).toBe(key);
    expect(answer.results).toHaveLength(2);
    expect(answer.results![0]!.opportunities[0]!.personas[0]!.id).toMatch(/^item:/);
    channel.clear();
    expect(channel.current()).toBeNull();
    expect(seen).toEqual([2, null]);
    unsubscribe();
  });

  it('says why when the gap-finder fails, instead of an empty answer', async () => {
    const channel = new GapsChannel();
    await channel.answerFor(key, pack(items, null), [{ ...board.gapSettings, coverage: -1 }]);
    expect(channel.current()).toMatchObject({ results: null, error: expect.stringMatching(/coverage/) });
  });

  it('answerFor resolves with the answer to its request, and with null when a newer one came first', async () => {
    const channel = new GapsChannel();
    const answer = await channel.answerFor(key, pack(items, null), [board.gapSettings]);
    expect(answer!.results![0]!.opportunities.length).toBeGreaterThan(0);
    expect(channel.current()).toBe(answer);
    const newer = { ...key, items: [...items] };
    const first = channel.answerFor(key, pack(items, null), [board.gapSettings]);
    channel.clear();
    expect(await first).toBeNull();
    expect(await channel.answerFor(newer, pack(items, null), [board.gapSettings])).toMatchObject({ key: newer });
  });
});
