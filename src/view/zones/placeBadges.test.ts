import { describe, expect, it } from 'vitest';
import { placeBadges } from './placeBadges';

describe('placeBadges', () => {
  it('keeps a badge at its peak when no marker is there', () => {
    expect(placeBadges([{ x: 100, y: 100 }], [{ x: 300, y: 300, radius: 10 }], 12, 500)).toEqual([{ x: 100, y: 100 }]);
  });

  it('moves a badge off the persona diamond at its peak, to the nearest spot beside it', () => {
    //   ◆ at the peak → badge beside it, touching neither
    const [spot] = placeBadges([{ x: 200, y: 200 }], [{ x: 200, y: 200, radius: 15 }], 12, 500);
    const distance = Math.hypot(spot!.x - 200, spot!.y - 200);
    expect(distance).toBeGreaterThanOrEqual(15 + 12);
    expect(distance).toBeLessThan(15 + 12 + 12);
  });

  it('never puts two badges on each other, nor outside the plot', () => {
    const spots = placeBadges([{ x: 5, y: 5 }, { x: 5, y: 5 }], [], 12, 500);
    expect(Math.hypot(spots[0]!.x - spots[1]!.x, spots[0]!.y - spots[1]!.y)).toBeGreaterThanOrEqual(24);
    for (const s of spots) expect(s.x >= 12 && s.y >= 12).toBe(true);
  });
});
