import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bruteForceLargestRadius } from './testOracle';

describe('the white-space oracle', () => {
  it('imports nothing: it shares no geometry with the implementation it checks', () => {
    expect(readFileSync(new URL('./testOracle.ts', import.meta.url), 'utf8')).not.toMatch(/^\s*import\b/m);
  });

  it('one product at the centre leaves a corner circle of radius √½', () => {
    expect(bruteForceLargestRadius([{ x: 0.5, y: 0.5 }])).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('products on two opposite corners leave the other corners, at distance 1', () => {
    expect(bruteForceLargestRadius([{ x: 0, y: 0 }, { x: 1, y: 1 }])).toBeCloseTo(1, 12);
  });

  //  1 ┌───────┐   products on all four corners: the centre, √½ from each
  //    │   ·   │
  //  0 └───────┘
  it('products on the four corners leave the centre, √½ from each', () => {
    const corners = [{ x: 0, y: 0 }, { x: 0, y: 1 }, { x: 1, y: 0 }, { x: 1, y: 1 }];
    expect(bruteForceLargestRadius(corners)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('two products side by side at mid-height leave the corners, √(0.4² + 0.5²) from the nearer one', () => {
    // The border points as far from both, (0.5, 0) and (0.5, 1), are only √(0.1² + 0.5²) away.
    expect(bruteForceLargestRadius([{ x: 0.4, y: 0.5 }, { x: 0.6, y: 0.5 }])).toBeCloseTo(Math.hypot(0.4, 0.5), 12);
  });
});
