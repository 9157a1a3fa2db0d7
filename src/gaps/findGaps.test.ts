import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rangeProblem, ranges } from '../model/rules';
import { findGaps, GapInputError, type GapPersona, type GapProduct } from './index';
import { bruteForceLargestRadius } from './testOracle';

const product = (id: string, x: number, y: number): GapProduct => ({ id, x, y });
const persona = (id: string, x: number, y: number, weight = 1, reach = 0.15): GapPersona => ({ id, x, y, weight, reach });

describe('findGaps: white space', () => {
  it('an empty map is one open circle over the whole square', () => {
    expect(findGaps({ products: [], personas: [] }).whiteSpace).toEqual([{ x: 0.5, y: 0.5, radius: Math.SQRT1_2 }]);
  });

  it('one product in the centre leaves the four corners, all at the same distance', () => {
    //  ┌─────────┐
    //  A         B     the corners are farthest from the lone product
    //  │    •    │
    //  C         D
    //  └─────────┘
    const { whiteSpace } = findGaps({ products: [product('p', 0.5, 0.5)], personas: [] }, { maxZones: 4 });
    expect(whiteSpace).toHaveLength(4);
    for (const circle of whiteSpace) expect(circle.radius).toBeCloseTo(Math.SQRT1_2 / 1, 12);
    expect(whiteSpace[0]).toEqual({ x: 0, y: 0, radius: Math.hypot(0.5, 0.5) });
  });

  it('a corner left empty is found first', () => {
    // Products fill three corners; the top-right corner is open.
    const products = [product('a', 0.1, 0.1), product('b', 0.1, 0.9), product('c', 0.9, 0.1), product('d', 0.5, 0.5)];
    const [top] = findGaps({ products, personas: [] }).whiteSpace;
    expect(top).toMatchObject({ x: 1, y: 1 });
    expect(top!.radius).toBeCloseTo(Math.hypot(0.5, 0.5), 12);
  });

  it('duplicates count once and change nothing', () => {
    const products = [product('a', 0.2, 0.3), product('b', 0.7, 0.8)];
    const twice = [...products, product('a2', 0.2, 0.3), product('b2', 0.7, 0.8)];
    expect(findGaps({ products: twice, personas: [] }).whiteSpace).toEqual(findGaps({ products, personas: [] }).whiteSpace);
  });

  it('copies at one spot, exact or nearly coincident (10⁻¹² apart), change no circle', () => {
    //  ┌─────────┐
    //  │ a  c    │   five copies of each product: the circles are the plain board's
    //  │    b    │
    //  └─────────┘
    const products = [product('a', 0.2, 0.7), product('b', 0.5, 0.4), product('c', 0.45, 0.75), product('d', 0.9, 0.1)];
    const copies = products.flatMap((p) => [0, 1e-12, -1e-12, 5e-13, 0].map((o, k) => product(`${p.id}${k}`, p.x + o, p.y - o)));
    const plain = findGaps({ products, personas: [] }, { maxZones: 6 }).whiteSpace;
    const copied = findGaps({ products: copies, personas: [] }, { maxZones: 6 }).whiteSpace;
    expect(copied).toHaveLength(plain.length);
    copied.forEach((c, i) => expect(c.radius).toBeCloseTo(plain[i]!.radius, 9));
  });

  it('two spots just over 10⁻⁹ apart beside a far product are answered exactly', () => {
    //  n1 • n2 (1.5·10⁻⁹ apart, two spots)          the top circle sits on the border where
    //                                   • n0        n0's and n2's bisector meets it
    const products = [product('n0', 1 - Number.EPSILON / 2, 0), product('n1', 0, 0.5), product('n2', 1e-9, 0.5 + 1.1e-9)];
    expect(findGaps({ products, personas: [] }).whiteSpace[0]!.radius).toBeCloseTo(bruteForceLargestRadius(products), 12);
  });

  it('collinear products are answered exactly', () => {
    const products = [0.1, 0.3, 0.5, 0.7, 0.9].map((x, i) => product(`p${i}`, x, x));
    const { whiteSpace } = findGaps({ products, personas: [] });
    expect(whiteSpace[0]!.radius).toBeCloseTo(bruteForceLargestRadius(products), 9);
  });

  it('near-collinear products are answered exactly', () => {
    const products = [product('a', 0.1, 0.5), product('b', 0.5, 0.5 + 1e-9), product('c', 0.9, 0.5), product('d', 0.3, 0.5 - 1e-10)];
    const { whiteSpace } = findGaps({ products, personas: [] });
    expect(whiteSpace[0]!.radius).toBeCloseTo(bruteForceLargestRadius(products), 9);
  });

  it('two products: the top circle sits where their bisector meets a side or at a corner', () => {
    const products = [product('a', 0.25, 0.5), product('b', 0.75, 0.5)];
    const { whiteSpace } = findGaps({ products, personas: [] });
    expect(whiteSpace[0]!.radius).toBeCloseTo(bruteForceLargestRadius(products), 12);
  });

  it('maxZones caps both lists, and 0 gives none', () => {
    const input = { products: [product('a', 0.5, 0.5)], personas: [persona('x', 0.2, 0.2)] };
    expect(findGaps(input, { maxZones: 1 }).whiteSpace).toHaveLength(1);
    expect(findGaps(input, { maxZones: 0 })).toMatchObject({ whiteSpace: [], opportunities: [] });
  });
});

describe('findGaps: opportunity zones', () => {
  it('with no personas only white space is reported', () => {
    expect(findGaps({ products: [product('a', 0.5, 0.5)], personas: [] }).opportunities).toEqual([]);
  });

  it('with no products the peak is the persona centre and E = 1 everywhere', () => {
    const { opportunities } = findGaps({ products: [], personas: [persona('x', 0.3, 0.6, 2, 0.1)] });
    expect(opportunities).toHaveLength(1);
    expect(opportunities[0]!.x).toBeCloseTo(0.3, 6);
    expect(opportunities[0]!.y).toBeCloseTo(0.6, 6);
    expect(opportunities[0]!.value).toBeCloseTo(2, 9);
    expect(opportunities[0]!.personas).toEqual([{ id: 'x', share: 1 }]);
    expect(opportunities[0]!.nearest).toEqual([]);
  });

  it('a persona on a lone product: the zone rings it, its peak away from the product', () => {
    const { opportunities } = findGaps({ products: [product('p', 0.5, 0.5)], personas: [persona('x', 0.5, 0.5, 1, 0.1)] }, { coverage: 0.1 });
    expect(opportunities.length).toBeGreaterThanOrEqual(1);
    const top = opportunities[0]!;
    // O = exp(−d²/2r²)(1 − exp(−d²/2σ²)) with r = σ = 0.1 peaks at d = σ·√(2 ln 2).
    expect(Math.hypot(top.x - 0.5, top.y - 0.5)).toBeCloseTo(0.1 * Math.sqrt(2 * Math.LN2), 5);
    expect(top.value).toBeCloseTo(0.25, 9);
    expect(top.nearest[0]).toMatchObject({ id: 'p' });
  });

  it('a product covering one persona moves the top zone to the other', () => {
    const personas = [persona('covered', 0.2, 0.2, 1, 0.08), persona('open', 0.8, 0.8, 1, 0.08)];
    const { opportunities } = findGaps({ products: [product('p', 0.2, 0.2)], personas });
    expect(opportunities[0]!.personas[0]!.id).toBe('open');
    expect(opportunities[0]!.x).toBeCloseTo(0.8, 4);
  });

  it('shares add up to at most 1 and are listed largest first', () => {
    const personas = [persona('a', 0.4, 0.5, 1, 0.2), persona('b', 0.6, 0.5, 2, 0.2)];
    const [top] = findGaps({ products: [product('p', 0.1, 0.1)], personas }).opportunities;
    const shares = top!.personas.map((p) => p.share);
    expect(shares[0]).toBeGreaterThanOrEqual(shares[1]!);
    expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-12);
    expect(top!.personas[0]!.id).toBe('b');
  });

  it('a persona narrower than the grid is still found', () => {
    const { opportunities } = findGaps({ products: [product('p', 0.9, 0.9)], personas: [persona('tiny', 0.313, 0.271, 1, 0.004)] });
    expect(opportunities[0]!.x).toBeCloseTo(0.313, 6);
    expect(opportunities[0]!.y).toBeCloseTo(0.271, 6);
  });

  it('a persona far narrower than a cell, with no product: its zone has O > 0 at the peak, the formula there', () => {
    const { opportunities } = findGaps({ products: [], personas: [persona('pin', 0.2308, 0.421, 1, 0.001)] });
    const top = opportunities[0]!;
    expect(top.value).toBeGreaterThan(0);
    expect(top.value).toBeCloseTo(Math.exp(-((top.x - 0.2308) ** 2 + (top.y - 0.421) ** 2) / (2 * 0.001 ** 2)), 12);
  });

  it('copies of a product at one spot hide no crease: the peak is where it is with one copy', () => {
    const personas = [persona('x', 0.5, 0.8, 1, 0.3)];
    const one = findGaps({ products: [product('a', 0.4, 0.5), product('b', 0.6, 0.5)], personas }).opportunities[0]!;
    const copies = findGaps({ products: [product('a1', 0.4, 0.5), product('a2', 0.4, 0.5), product('a3', 0.4, 0.5), product('b', 0.6, 0.5)], personas }).opportunities[0]!;
    expect(copies.x).toBeCloseTo(one.x, 9);
    expect(copies.y).toBeCloseTo(one.y, 9);
    expect(copies.value).toBeCloseTo(one.value, 12);
  });

  it('a ring of a thousand products around an empty centre: the zone is the centre, found in a moment', () => {
    // Every product is as near the centre as every other: the climb must not look at each pair.
    const products = Array.from({ length: 1000 }, (_, i) => product(`p${i}`, 0.5 + 0.2 * Math.cos((i * 2 * Math.PI) / 1000), 0.5 + 0.2 * Math.sin((i * 2 * Math.PI) / 1000)));
    const [top] = findGaps({ products, personas: [persona('x', 0.5, 0.5, 1, 0.1)] }).opportunities;
    expect(top!.x).toBeCloseTo(0.5, 6);
    expect(top!.y).toBeCloseTo(0.5, 6);
  });

  it('area is the share of the map inside the zone', () => {
    // No products, one wide persona, threshold ½: the zone is the disc where exp(−d²/2r²) ≥ ½.
    const r = 0.1;
    const { opportunities } = findGaps({ products: [], personas: [persona('x', 0.5, 0.5, 1, r)] }, { threshold: 0.5 });
    const expected = Math.PI * 2 * Math.LN2 * r * r;
    expect(Math.abs(opportunities[0]!.area - expected)).toBeLessThan(0.01);
  });

  it("nearest lists up to three products, closest to the zone's centre first", () => {
    const products = [product('far', 0.9, 0.9), product('near', 0.35, 0.3), product('mid', 0.6, 0.3), product('next', 0.3, 0.6)];
    const [top] = findGaps({ products, personas: [persona('x', 0.3, 0.3, 1, 0.1)] }).opportunities;
    const { x, y } = top!.centre;
    const byDistance = [...products].sort((a, b) => Math.hypot(a.x - x, a.y - y) - Math.hypot(b.x - x, b.y - y));
    expect(top!.nearest.map((n) => n.id)).toEqual(byDistance.slice(0, 3).map((p) => p.id));
    expect(top!.nearest[0]!.distance).toBeCloseTo(Math.hypot(byDistance[0]!.x - x, byDistance[0]!.y - y), 12);
    expect(top!.nearest.map((n) => n.id)).not.toContain('far');
  });
});

describe('findGaps: invalid input', () => {
  const ok = { products: [product('a', 0.5, 0.5)], personas: [persona('x', 0.5, 0.5)] };
  it.each([
    [{ products: [product('bad', Number.NaN, 0.5)], personas: [] }, {}, /product bad/],
    [{ products: [product('bad', 1.5, 0.5)], personas: [] }, {}, /product bad/],
    [{ products: [{ id: 'w', x: 0.5, y: 0.5, weight: -1 }], personas: [] }, {}, /product w: weight/],
    [{ products: [], personas: [persona('p', 0.5, Infinity)] }, {}, /persona p/],
    [{ products: [], personas: [persona('p', 0.5, 0.5, -2)] }, {}, /persona p: weight/],
    [{ products: [], personas: [persona('p', 0.5, 0.5, 1, 0)] }, {}, /persona p: reach/],
    [ok, { coverage: 0 }, /coverage/],
    [ok, { threshold: 0 }, /threshold/],
    [ok, { threshold: 1.01 }, /threshold/],
    [ok, { maxZones: 1.5 }, /maxZones/],
    [ok, { maxZones: -1 }, /maxZones/],
    // What the rule book refuses on a board, the gap-finder refuses too.
    [ok, { coverage: 5 }, /coverage/],
    [ok, { maxZones: 11 }, /maxZones/],
    [{ products: [], personas: [persona('p', 0.5, 0.5, 5000)] }, {}, /persona p: weight/],
    [{ products: [], personas: [persona('p', 0.5, 0.5, 1, 2)] }, {}, /persona p: reach/],
  ])('throws a clear error naming the culprit (%#)', (input, options, message) => {
    expect(() => findGaps(input, options)).toThrow(GapInputError);
    expect(() => findGaps(input, options)).toThrow(message);
  });

  it('takes exactly what the rule book accepts (property: settings, weights and reaches)', () => {
    const number = fc.oneof(fc.double({ min: -2, max: 2000 }), fc.constantFrom(0, 1, 10, 1000, 1000.5, Number.NaN, Infinity));
    fc.assert(
      fc.property(number, number, fc.constantFrom('coverage', 'threshold', 'maxZones', 'weight', 'reach'), (a, b, what) => {
        const value = what === 'maxZones' ? Math.round(b) : a;
        const run = () =>
          what === 'weight' || what === 'reach'
            ? findGaps({ products: [], personas: [persona('p', 0.5, 0.5, what === 'weight' ? value : 1, what === 'reach' ? value : 0.1)] })
            : findGaps(ok, { [what]: value });
        const accepted = rangeProblem(value, ranges[what]) === null;
        if (accepted) expect(run).not.toThrow();
        else expect(run).toThrow(GapInputError);
      }),
    );
  });
});
