import type { Board, Item, MapUnit } from '../src/model/types';
import { createBlankBoard } from '../src/model/board';

/** A seeded pseudo-random generator (Park–Miller), so every run measures the same boards. */
export function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** A board of n items, min(50, n/10) of them personas, placed at random. */
export function randomBoard(n: number, seed = 1): Board {
  const random = seeded(seed);
  const personas = Math.min(50, Math.floor(n / 10));
  const items: Item[] = Array.from({ length: n }, (_, i) => {
    const kind = i < personas ? 'persona' : 'product';
    return {
      id: `item:b${i}`,
      kind,
      label: kind === 'persona' ? `Segment ${i + 1}` : `Product ${i + 1}`,
      position: { x: random() as MapUnit, y: random() as MapUnit },
      attractors: [],
      locked: false,
      colour: kind === 'persona' ? '#d55e00' : '#0072b2',
      notes: '',
      tags: [],
      weight: 0.5 + random(),
      reach: kind === 'persona' ? 0.05 + 0.1 * random() : null,
    };
  });
  return { ...createBlankBoard('2026-01-01T00:00:00.000Z', `Bench ${n}`), id: `board:bench${n}`, items };
}
