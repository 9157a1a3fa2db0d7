import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignMoves, distributeMoves } from './arrange';
import { clampGroupDelta, moveBy } from './moveGroup';
import { mapPoint } from './mapPoint';
import type { MapPoint } from './types';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const points = fc.array(fc.record({ x: unit, y: unit }).map(({ x, y }) => mapPoint(x, y)), { minLength: 1, maxLength: 30 });
const placed = (ps: readonly MapPoint[]) => ps.map((position, i) => ({ id: `item:${i}`, position }));

describe('arrange', () => {
  it('align left, centre and right share one x and keep each y; top, middle and bottom share one y', () => {
    const items = placed([mapPoint(0.2, 0.1), mapPoint(0.6, 0.5), mapPoint(0.4, 0.9)]);
    expect(alignMoves(items, 'left').map((m) => m.position)).toEqual([mapPoint(0.2, 0.1), mapPoint(0.2, 0.5), mapPoint(0.2, 0.9)]);
    expect(alignMoves(items, 'centre').map((m) => m.position.x)).toEqual([0.4, 0.4, 0.4]);
    expect(alignMoves(items, 'right').map((m) => m.position.x)).toEqual([0.6, 0.6, 0.6]);
    // Need rises upward: top is the highest y.
    expect(alignMoves(items, 'top').map((m) => m.position.y)).toEqual([0.9, 0.9, 0.9]);
    expect(alignMoves(items, 'middle').map((m) => m.position.y)).toEqual([0.5, 0.5, 0.5]);
    expect(alignMoves(items, 'bottom').map((m) => m.position.y)).toEqual([0.1, 0.1, 0.1]);
  });

  it('distribute keeps the ends and spaces the rest evenly, in their order along the axis', () => {
    const items = placed([mapPoint(0.9, 0.1), mapPoint(0.1, 0.5), mapPoint(0.2, 0.9), mapPoint(0.3, 0.3)]);
    const moves = distributeMoves(items, 'horizontal');
    expect(moves.map((m) => m.id)).toEqual(['item:1', 'item:2', 'item:3', 'item:0']);
    expect(moves.map((m) => Math.round(m.position.x * 1e6) / 1e6)).toEqual([0.1, 0.366667, 0.633333, 0.9]);
    expect(moves.map((m) => m.position.y)).toEqual([0.5, 0.9, 0.3, 0.1]);
  });

  it('a group moved by any delta stays on the map and keeps its shape unless an edge stops it (property)', () => {
    fc.assert(
      fc.property(points, fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (ps, dx, dy) => {
        const delta = clampGroupDelta(ps, dx, dy);
        expect(Math.abs(delta.dx)).toBeLessThanOrEqual(Math.abs(dx) + 1e-6);
        expect(Math.abs(delta.dy)).toBeLessThanOrEqual(Math.abs(dy) + 1e-6);
        const moved = ps.map((p) => moveBy(p, delta));
        for (const [i, p] of moved.entries()) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(1);
          // Every member moves by the same delta (within a micro-unit's rounding).
          expect(Math.abs(p.x - ps[i]!.x - delta.dx)).toBeLessThan(2e-6);
          expect(Math.abs(p.y - ps[i]!.y - delta.dy)).toBeLessThan(2e-6);
        }
      }),
    );
  });

  it('distribute and align never leave the map and move each item once (property)', () => {
    fc.assert(
      fc.property(points, fc.constantFrom('left', 'centre', 'right', 'top', 'middle', 'bottom' as const), fc.constantFrom('horizontal', 'vertical' as const), (ps, edge, axis) => {
        for (const moves of [alignMoves(placed(ps), edge), distributeMoves(placed(ps), axis)]) {
          expect(new Set(moves.map((m) => m.id)).size).toBe(ps.length);
          for (const { position } of moves) expect(position.x >= 0 && position.x <= 1 && position.y >= 0 && position.y <= 1).toBe(true);
        }
      }),
    );
  });
});
