import { describe, expect, it } from 'vitest';
import { findGaps, gridSize, type GapPersona, type GapProduct } from './index';
import { oracleZones } from './testBasinOracle';
import { kernelIntegral1d } from './unmetShares';
import { erf } from './erf';
import { findBasins } from './basins';

const product = (id: string, x: number, y: number): GapProduct => ({ id, x, y });
const persona = (id: string, x: number, y: number, weight = 1, reach = 0.15): GapPersona => ({ id, x, y, weight, reach });
const pc = (v: number) => v / 100;

/** The home-entertainment market of the issue (x = interactivity %, y = need %). */
const tvMarket = {
  products: [
    product('Basic TV', pc(12), pc(15)), product('Soundbar', pc(20), pc(34)), product('Streaming stick', pc(34), pc(14)), product('Smart TV', pc(40), pc(36)),
    product('Projector', pc(50), pc(55)), product('VR headset', pc(92), pc(75)), product('Turntable', pc(20), pc(75)), product('Home cinema kit', pc(45), pc(72)),
  ],
  personas: [
    persona('Family movie nights', pc(27), pc(24), 3, pc(15)), persona('Music lovers', pc(25), pc(82), 1, pc(12)),
    persona('Couch gamers', pc(78), pc(42), 2, pc(12)), persona('Retired viewers', pc(12), pc(30), 2, pc(12)),
  ],
};

describe('findGaps: zones ranked by the demand they leave unmet', () => {
  it('puts the group nobody serves first, ahead of a taller sliver between products', () => {
    //  need
    //   ↑   Turntable      Home cinema        VR
    //   |            Projector
    //   |  Retired · Soundbar  Smart TV        Couch gamers (no product within 31 %)
    //   |  Basic TV   Family   Streaming stick
    //   └────────────────────────────────────→ interactivity
    const { opportunities, unmet } = findGaps(tvMarket, { coverage: 0.1 });
    const [first, second] = opportunities;
    expect(first!.personas[0]!.id).toBe('Couch gamers');
    // Measured from where the group is (its demand-weighted centre), not from the peak (0.31 away).
    expect(first!.nearest[0]!.id).toBe('Projector');
    expect(first!.nearest[0]!.distance).toBeCloseTo(0.29, 2);
    expect(second!.personas[0]!.id).toBe('Family movie nights');
    // The sliver is taller, yet holds less unmet demand: a quarter to a third less.
    expect(second!.value).toBeGreaterThan(first!.value);
    expect(first!.mass / second!.mass).toBeGreaterThan(1.25);
    expect(first!.mass / second!.mass).toBeLessThan(1.34);
    const share = new Map(unmet.map((u) => [u.id, u.share]));
    expect(share.get('Couch gamers')).toBeCloseTo(0.91, 2);
    expect(share.get('Family movie nights')).toBeCloseTo(0.37, 2);
    expect(unmet.map((u) => u.id)).toEqual(tvMarket.personas.map((p) => p.id));
  });

  it('a wide group outranks a narrow, taller one: mass, not peak', () => {
    const { opportunities } = findGaps({ products: [], personas: [persona('narrow', 0.2, 0.2, 2, 0.05), persona('wide', 0.65, 0.65, 1, 0.15)] });
    expect(opportunities.map((o) => o.personas[0]!.id)).toEqual(['wide', 'narrow']);
    // With no products O = D: each mass is w·∫K over the square (exact by erf), within the grid's 2 %.
    const whole = (c: number, r: number) => kernelIntegral1d(c, r) ** 2;
    expect(opportunities[0]!.mass / whole(0.65, 0.15)).toBeCloseTo(1, 1);
    expect(opportunities[1]!.mass / (2 * whole(0.2, 0.05))).toBeCloseTo(1, 1);
    expect(opportunities[0]!.value).toBeLessThan(opportunities[1]!.value);
  });

  it('a group split by a crease between two products stays one zone (merged by prominence)', () => {
    //      •           two products on a vertical line through the persona:
    //      ◆           O is creased along their bisector; its two shoulders are one hill
    //      •
    const { opportunities } = findGaps({ products: [product('top', 0.5, 0.62), product('bottom', 0.5, 0.38)], personas: [persona('only', 0.5, 0.5, 1, 0.15)] }, { coverage: 0.1 });
    const ofOnly = opportunities.filter((o) => o.personas[0]!.id === 'only');
    expect(ofOnly.length).toBeGreaterThan(0);
    // Left and right of the pair are two basins of equal mass; the crease between the products does not add a third.
    expect(opportunities.length).toBeLessThanOrEqual(2);
  });

  it('reports no zone under 5 % of the top mass', () => {
    const { opportunities } = findGaps({ products: [], personas: [persona('big', 0.3, 0.3, 1, 0.15), persona('tiny', 0.85, 0.85, 1, 0.02)] }, { maxZones: 5 });
    // tiny: 2π·0.02² ≈ 0.0025 against big ≈ 0.14: under 5 %.
    expect(opportunities.map((o) => o.personas[0]!.id)).toEqual(['big']);
  });

  it('index, level and region: each zone is cut at threshold × its own peak', () => {
    const { opportunities } = findGaps({ products: [], personas: [persona('a', 0.25, 0.5, 1, 0.08), persona('b', 0.75, 0.5, 0.5, 0.08)] }, { threshold: 0.5 });
    expect(opportunities).toHaveLength(2);
    for (const zone of opportunities) {
      expect(zone.level).toBeCloseTo(0.5 * zone.value, 12);
      // A Gaussian above half its peak: a disc of radius r·√(2 ln 2), the same for both despite their heights.
      expect(zone.area).toBeCloseTo(Math.PI * 2 * Math.LN2 * 0.08 ** 2, 2);
    }
  });

  it('shares of a zone are the groups inside its mass, summing to 1', () => {
    const { opportunities } = findGaps(tvMarket);
    for (const zone of opportunities) {
      expect(zone.personas.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
      for (const p of zone.personas) expect(p.share).toBeGreaterThan(0);
      expect(zone.personas.map((p) => p.share)).toEqual([...zone.personas.map((p) => p.share)].sort((a, b) => b - a));
    }
  });

  it('no personas, or all weights 0: no zones; no products: every group is wholly unmet', () => {
    expect(findGaps({ products: [product('p', 0.5, 0.5)], personas: [] })).toMatchObject({ opportunities: [], unmet: [] });
    const zero = findGaps({ products: [product('p', 0.5, 0.5)], personas: [persona('q', 0.5, 0.5, 0, 0.1)] });
    expect(zero.opportunities).toEqual([]);
    expect(zero.unmet[0]!.share).toBeLessThan(1);
    expect(findGaps({ products: [], personas: [persona('q', 0.2, 0.7)] }).unmet).toEqual([{ id: 'q', share: 1, demand: expect.closeTo(kernelIntegral1d(0.2, 0.15) * kernelIntegral1d(0.7, 0.15), 12), zone: 0, dropped: null }]);
  });

  it('unmet share matches the closed form r²/(r² + σ²) for a product on the group’s centre', () => {
    // ∫ K·(1 − exp(−d²/2σ²)) / ∫ K = 1 − σ²/(r² + σ²) when the square holds both Gaussians.
    for (const [r, sigma] of [[0.1, 0.1], [0.08, 0.05], [0.01, 0.05]] as const) {
      const { unmet } = findGaps({ products: [product('p', 0.5, 0.5)], personas: [persona('q', 0.5, 0.5, 1, r)] }, { coverage: sigma });
      expect(unmet[0]!.share).toBeCloseTo((r * r) / (r * r + sigma * sigma), 3);
    }
  });

  it('the kernel integral is exact: erf at its known values, a centred Gaussian over a wide square', () => {
    expect(erf(0)).toBe(0);
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 14);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 14);
    expect(erf(-2)).toBeCloseTo(-0.9953222650189527, 14);
    expect(erf(3.5)).toBeCloseTo(0.9999992569016276, 14);
    expect(kernelIntegral1d(0.5, 0.05)).toBeCloseTo(0.05 * Math.sqrt(2 * Math.PI), 12);
    expect(kernelIntegral1d(0, 0.05)).toBeCloseTo((0.05 * Math.sqrt(2 * Math.PI)) / 2, 12);
  });

  it('matches the plain oracle of the rule at the same N: same groups, masses within 1e-9', () => {
    const { opportunities } = findGaps(tvMarket, { coverage: 0.1, maxZones: 10 });
    const oracle = oracleZones(tvMarket.products, tvMarket.personas.map((p) => ({ x: p.x, y: p.y, weight: p.weight!, reach: p.reach! })), 0.1, gridSize);
    const kept = oracle.filter((z) => z.mass >= 0.05 * oracle[0]!.mass);
    expect(opportunities.map((o) => o.mass)).toHaveLength(kept.length);
    opportunities.forEach((o, i) => expect(Math.abs(o.mass - kept[i]!.mass)).toBeLessThanOrEqual(1e-9));
  });

  it('…also where two merge tests meet at one cell (the flood takes them in the order it found them)', () => {
    // Found by a hostile fuzz: a sort that reversed contacts at one cell merged the wrong pair here.
    const xs = [0.6561610543430602, 0.5502541938564992, 0.32019164707520587, 0.9709959672628883, 0.9463357468817084, 0.5728377269454477, 0.4499173837015021, 0.9620286552058667, 0.08521544238795314, 0.434619508886067, 0.518313439338614];
    const ys = [0.5080303142350309, 0.13129843917270118, 0.9069573054588201, 0.7360918027051221, 0.8874083789472508, 0.08986016273957685, 0.6399156021140123, 0.3660296454867486, 0.6170172908422618, 0.04164624681772955, 0.3059801386231464];
    const products = xs.map((x, i) => product(`p${i}`, x, ys[i]!));
    const personas = [
      persona('a', 0.9672714779001063, 0.3168227976732062, 3.030890574087804, 0.1128381858639597),
      persona('b', 0.16150971602718797, 0.35326648333727684, 0.1189017923636836, 0.29206983919817486),
      persona('c', 0.23550234839110745, 0.5264171736903569, 0.508419187370883, 0.2632079350963272),
      persona('d', 0.9338591871475145, 0.683391207216024, 1.9025935798895515, 0.07023503480955727),
    ];
    const coverage = 0.11536529213905583;
    const { opportunities } = findGaps({ products, personas }, { coverage, maxZones: 10 });
    const oracle = oracleZones(products, personas.map((p) => ({ x: p.x, y: p.y, weight: p.weight!, reach: p.reach! })), coverage, gridSize);
    const kept = oracle.filter((z) => z.mass >= 0.05 * oracle[0]!.mass);
    expect(opportunities.map((o) => o.mass)).toHaveLength(kept.length);
    opportunities.forEach((o, i) => expect(Math.abs(o.mass - kept[i]!.mass)).toBeLessThanOrEqual(1e-9));
  });
});

describe('findBasins: the merge rule on a grid', () => {
  it('of two equal peaks joined by a high saddle, the one at smaller x is the lower and merges into the other', () => {
    // One row of 5 cells: 10, 9.5, 10 … two equal peaks, a saddle 5 % below them.
    //   x:  0    1    2
    //       10   9.5  10      (the rest of the 3×3 grid far below)
    const g = 3;
    const values = new Float64Array([10, 9.5, 10, 1e-3, 1e-3, 1e-3, 1e-3, 1e-3, 1e-3]);
    const { basins } = findBasins(values, g);
    expect(basins).toHaveLength(1);
    expect(basins[0]!.peakCell).toBe(2);
  });

  it('a peak standing 10 % or more above the saddle stays its own basin', () => {
    const g = 3;
    // 9.5 − 8.5 = 1 ≥ 10 % of 9.5: the lower peak stands on its own.
    const values = new Float64Array([10, 8.5, 9.5, 0, 0, 0, 0, 0, 0]);
    expect(findBasins(values, g).basins.map((b) => b.peakCell).sort()).toEqual([0, 2]);
  });
});
