import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyModifiers } from './Modifier';
import { clampToSquare } from './clampToSquare';
import { snapToMicro } from './snapToMicro';
import { stepBy } from './stepBy';
import { translateBy } from './translateBy';
import { mapPoint } from '../mapPoint';
import { CommandError } from '../CommandError';

describe('modifiers', () => {
  it('applyModifiers(point, []) is the point itself', () => {
    expect(applyModifiers({ x: 0.3, y: 0.7 }, [])).toEqual({ x: 0.3, y: 0.7 });
  });

  it('applyModifiers applies left to right: a clamp after a move stops at the edge, before it does not', () => {
    expect(applyModifiers({ x: 0.95, y: 0.5 }, [translateBy(0.1, 0), clampToSquare])).toEqual({ x: 1, y: 0.5 });
    expect(applyModifiers({ x: 0.95, y: 0.5 }, [clampToSquare, translateBy(0.1, 0)]).x).toBeCloseTo(1.05, 12);
  });

  it('clampToSquare stops each axis on its edge and leaves inside points alone', () => {
    expect(clampToSquare({ x: -0.2, y: 1.4 })).toEqual({ x: 0, y: 1 });
    expect(clampToSquare({ x: 0.25, y: 0.75 })).toEqual({ x: 0.25, y: 0.75 });
  });

  it('snapToMicro rounds to whole millionths of an axis', () => {
    expect(snapToMicro({ x: 0.1 + 0.2, y: 0.4999999999 })).toEqual({ x: 0.3, y: 0.5 });
  });

  it('stepBy(1, 0) five times from 77.5 % lands exactly on 82.5 %, not 82.4999…', () => {
    const five = Array.from({ length: 5 }, () => stepBy(1, 0));
    expect(applyModifiers({ x: 0.775, y: 0.3 }, five)).toEqual({ x: 0.825, y: 0.3 });
  });

  it('stepBy keeps the start as it is: no snapping to a whole percent', () => {
    expect(stepBy(0, -10)({ x: 0.123456, y: 0.5 })).toEqual({ x: 0.123456, y: 0.4 });
  });

  it('from any start in whole micro-units, n steps of k % add exactly n·k hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom(-10, -1, 1, 10), (micro, n, k) => {
        const start = micro / 1e6;
        const end = applyModifiers({ x: start, y: 0 }, Array.from({ length: n }, () => stepBy(k, 0)));
        expect(end.x).toBe((micro + n * k * 10_000) / 1e6);
      }),
    );
  });
});

describe('mapPoint', () => {
  it('mapPoint clamps a point outside the square onto it', () => {
    expect(mapPoint(1.5, -3)).toEqual({ x: 1, y: 0 });
  });

  it.each([
    [Number.NaN, 0.5],
    [0.5, Number.NaN],
    [Number.POSITIVE_INFINITY, 0.5],
    [0.5, Number.NEGATIVE_INFINITY],
  ])('mapPoint(%s, %s) refuses with a CommandError instead of reading it as 0', (x, y) => {
    expect(() => mapPoint(x, y)).toThrow(CommandError);
  });
});
