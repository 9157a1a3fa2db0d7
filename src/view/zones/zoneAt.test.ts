import { describe, expect, it } from 'vitest';
import type { Ring } from '../../gaps';
import { zoneAt } from './zoneAt';

const square = (x0: number, y0: number, x1: number, y1: number): Ring => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]] as Ring;

describe('zoneAt', () => {
  //  ┌────────┐
  //  │ 1 ┌──┐ │   zone 1 with a hole; zone 2 inside the hole
  //  │   │2 │ │
  //  │   └──┘ │
  //  └────────┘
  const zones = [{ polygons: [[square(0.1, 0.1, 0.9, 0.9), square(0.4, 0.4, 0.6, 0.6)]] }, { polygons: [[square(0.45, 0.45, 0.55, 0.55)]] }];

  it('finds the zone whose region holds the point, holes excluded', () => {
    expect(zoneAt(0.2, 0.2, zones)).toBe(0);
    expect(zoneAt(0.5, 0.5, zones)).toBe(1);
    expect(zoneAt(0.42, 0.42, zones)).toBeNull();
    expect(zoneAt(0.95, 0.5, zones)).toBeNull();
  });
});
