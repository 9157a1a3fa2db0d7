import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outlineCrosses } from './outlineCrosses';

describe('outlineCrosses', () => {
  const circle = { cx: 100, cy: 100, r: 50 };

  it('a box on the ring crosses it; one well inside or well outside does not', () => {
    expect(outlineCrosses(circle, { left: 140, top: 90, right: 180, bottom: 110 })).toBe(true);
    expect(outlineCrosses(circle, { left: 90, top: 90, right: 110, bottom: 110 })).toBe(false);
    expect(outlineCrosses(circle, { left: 200, top: 200, right: 240, bottom: 220 })).toBe(false);
    // A box around the whole circle has the ring inside it.
    expect(outlineCrosses(circle, { left: 0, top: 0, right: 300, bottom: 300 })).toBe(true);
  });

  it('agrees with sampling the ring: any point of the ring inside the box means crossed', () => {
    const coordinate = fc.integer({ min: 0, max: 200 });
    fc.assert(
      fc.property(coordinate, coordinate, fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 40 }), (left, top, width, height) => {
        const box = { left, top, right: left + width, bottom: top + height };
        let sampled = false;
        for (let k = 0; k < 720 && !sampled; k++) {
          const a = (k / 720) * 2 * Math.PI;
          const px = circle.cx + circle.r * Math.cos(a);
          const py = circle.cy + circle.r * Math.sin(a);
          sampled = px >= box.left && px <= box.right && py >= box.top && py <= box.bottom;
        }
        // Sampling finds a crossing only where there is one; the test may also see a stroke-wide graze.
        if (sampled) expect(outlineCrosses(circle, box)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
