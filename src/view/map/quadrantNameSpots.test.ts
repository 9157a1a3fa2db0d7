import { describe, expect, it } from 'vitest';
import { quadrantNameSpots } from './quadrantNameSpots';

const names = { bottomLeft: 'Basic', topLeft: 'Showpiece', bottomRight: 'Practical', topRight: 'Artistic' };

describe('quadrantNameSpots', () => {
  it('puts each name in its outer corner when nothing is there', () => {
    const spots = quadrantNameSpots(500, 16, names, []);
    expect(spots.topLeft).toEqual({ x: 12.8, y: 12.8, anchor: 'start', baseline: 'hanging' });
    expect(spots.bottomRight).toEqual({ x: 500 - 12.8, y: 500 - 12.8, anchor: 'end', baseline: 'auto' });
  });

  it('slides a name along its edge, away from a marker in its corner', () => {
    //  ┌──────────      a large product at the top-left corner (0 %, 100 %):
    //  │ ●  SHOWPIECE   the name moves right, clear of it
    const spots = quadrantNameSpots(500, 16, names, [{ x: 20, y: 20, r: 20 }]);
    expect(spots.topLeft.x).toBeGreaterThan(42);
    expect(spots.topLeft.y).toBe(12.8);
    expect(spots.topRight).toEqual(quadrantNameSpots(500, 16, names, []).topRight);
  });
});
