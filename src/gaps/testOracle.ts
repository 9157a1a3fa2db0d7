import { bisectorOnBorder, circumcentre } from './findWhiteSpace';

/**
 * The largest empty circle by brute force, for tests: every triple's circumcentre, every
 * pair's bisector on the border and the corners, each measured to the nearest product.
 */
export function bruteForceLargestRadius(products: readonly { x: number; y: number }[]): number {
  if (products.length === 0) return Math.SQRT1_2;
  const nearest = (x: number, y: number) => Math.min(...products.map((p) => Math.hypot(p.x - x, p.y - y)));
  const candidates: [number, number][] = [[0, 0], [0, 1], [1, 0], [1, 1]];
  for (let i = 0; i < products.length; i++) {
    for (let j = i + 1; j < products.length; j++) {
      const a = products[i]!;
      const b = products[j]!;
      candidates.push(...bisectorOnBorder(a.x, a.y, b.x, b.y));
      for (let k = j + 1; k < products.length; k++) {
        const c = products[k]!;
        const centre = circumcentre(a.x, a.y, b.x, b.y, c.x, c.y);
        if (centre && centre[0] >= 0 && centre[0] <= 1 && centre[1] >= 0 && centre[1] <= 1) candidates.push(centre);
      }
    }
  }
  return Math.max(...candidates.map(([x, y]) => nearest(x, y)));
}
