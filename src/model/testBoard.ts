import type { Board } from './types';
import { createBlankBoard, createItem } from './board';
import { mapPoint } from './mapPoint';

/** A small fixed board for tests: two products and a persona. */
export function testBoard(): Board {
  const board = createBlankBoard('2026-01-01T00:00:00.000Z', 'Test board');
  return {
    ...board,
    items: [
      { ...createItem('product', 'Alpha', mapPoint(0.2, 0.3)), id: 'item:alpha' },
      { ...createItem('product', 'Beta', mapPoint(0.7, 0.6)), id: 'item:beta' },
      { ...createItem('persona', 'Gamma', mapPoint(0.5, 0.8)), id: 'item:gamma' },
    ],
  };
}
