/** A product as the gap-finder sees it: a point in the unit square. `weight` is drawn, not used here. */
export interface GapProduct {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly weight?: number;
}

/** A persona group: a Gaussian of demand centred at (x, y), height `weight`, σ = `reach`. */
export interface GapPersona {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Default 1. */
  readonly weight?: number;
  /** Default 0.15. */
  readonly reach?: number;
}

export interface GapInput {
  readonly products: readonly GapProduct[];
  readonly personas: readonly GapPersona[];
}

/**
 * The one input shape of the gap-finder: a struct of arrays, cheap to build from a board and
 * to transfer to a worker. Items are named by their index; callers keep the ids.
 */
export interface PackedGapInput {
  readonly products: { readonly x: Float64Array; readonly y: Float64Array };
  readonly personas: { readonly x: Float64Array; readonly y: Float64Array; readonly weight: Float64Array; readonly reach: Float64Array };
}

export interface GapOptions {
  /** How many zones and circles to return. Default 3. */
  readonly maxZones?: number;
  /** Coverage radius σ of a product, map units. Default 0.1. */
  readonly coverage?: number;
  /** A zone's drawn region is where O ≥ threshold × the zone's own peak. Default 0.5. */
  readonly threshold?: number;
}

/** A largest empty circle: no product lies strictly inside it; its centre is in the square. */
export interface WhiteSpaceCircle {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** A ring of points in map space; a polygon is an outer ring followed by its holes. */
export type Ring = readonly (readonly [number, number])[];

/** An opportunity zone; `P` and `Q` name personas and products (ids, or indices in the packed result). */
export interface Zone<P, Q> {
  /** The refined peak: a true local maximum of O. */
  readonly x: number;
  readonly y: number;
  /** O at the peak. */
  readonly value: number;
  /** Unmet demand the zone holds: ∫ O dA over its basin (Σ O / N² on the grid). The rank key. */
  readonly mass: number;
  /** The O value its drawn region is cut at: threshold × `value`. */
  readonly level: number;
  /** Area of the drawn region (where O ≥ level within the basin), a share of the map in [0, 1]. */
  readonly area: number;
  /** Each persona group's share of the mass, largest first; every share > 0, summing to 1. */
  readonly personas: readonly { readonly id: P; readonly share: number }[];
  /** Where the zone's groups are: the demand-weighted centre of its basin (Σ D·p / Σ D over its cells). */
  readonly centre: { readonly x: number; readonly y: number };
  /** Up to three closest products to `centre` (not the peak, which may sit in empty ground between groups), closest first. */
  readonly nearest: readonly { readonly id: Q; readonly distance: number }[];
  /** The drawn region's outline, for drawing; empty for a zone narrower than the grid. */
  readonly polygons: readonly (readonly Ring[])[];
}

/** The gap-finder's answer; `P` and `Q` name personas and products. */
export interface GapAnswer<P, Q> {
  /** Biggest first. */
  readonly whiteSpace: readonly WhiteSpaceCircle[];
  /** Largest mass first. */
  readonly opportunities: readonly Zone<P, Q>[];
  /** Per persona group, in input order: its unmet share and where its unmet demand went. */
  readonly unmet: readonly GroupUnmet<P>[];
  /** Basins found but not reported as zones: under 5 % of zone 1's mass, or beyond the number asked for. */
  readonly omitted: { readonly belowFloor: number; readonly beyondCount: number };
}

/** One persona group's unmet demand. */
export interface GroupUnmet<P> {
  readonly id: P;
  /** The share of its demand no product meets, in [0, 1]. */
  readonly share: number;
  /** Its whole demand, ∫ wᵢKᵢ dA over the map (weight included): what `share` is a share of. */
  readonly demand: number;
  /**
   * The basin holding most of its unmet demand: the reported zone's index (0-based), or null
   * with why that basin is no zone ('floor': under 5 % of zone 1's mass; 'count': beyond the
   * zones asked for). Both null when none of its demand lies in any basin.
   */
  readonly zone: number | null;
  readonly dropped: 'floor' | 'count' | null;
}

export type Opportunity = Zone<string, string>;
export type GapResult = GapAnswer<string, string>;
/** The answer to a packed input: personas and products named by their index. */
export type PackedGapResult = GapAnswer<number, number>;
