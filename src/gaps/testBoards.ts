import fc from 'fast-check';

/** Coordinates where the geometry's arithmetic is fragile: the border, subnormals, one ulp inside. */
const edgy = fc.constantFrom(0, 1, 5e-324, 1e-310, 1e-300, Number.EPSILON, 1 - Number.EPSILON / 2, 0.5);
const coordinate = fc.oneof({ weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: edgy });

/** How far a copy sits from its original: nearly coincident (within and just past one spot), subnormal, or exact. */
const offset = fc.constantFrom(0, 5e-324, 1e-320, 1e-15, 1e-12, 1e-10, 1e-9, 2e-9, 1e-8);

/**
 * Products as [x, y] with nearly coincident copies: some originals on the border or at
 * subnormal coordinates, each copy moved by 10⁻⁹, 10⁻¹⁵, a subnormal… along a random
 * direction and kept in the square.
 */
export const nearlyCoincident = fc
  .tuple(
    fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 8 }),
    fc.array(fc.tuple(fc.nat(), offset, offset, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 8 }),
  )
  .map(([originals, copies]) => {
    const clamp = (v: number) => Math.min(1, Math.max(0, v));
    const out: [number, number][] = [...originals];
    for (const [of, dx, dy, flipX, flipY] of copies) {
      const [x, y] = originals[of % originals.length]!;
      out.push([clamp(x + (flipX ? -dx : dx)), clamp(y + (flipY ? -dy : dy))]);
    }
    return out;
  });
