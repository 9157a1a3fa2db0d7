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

export interface GapOptions {
  /** How many zones and circles to return. Default 3. */
  readonly maxZones?: number;
  /** Coverage radius σ of a product, map units. Default 0.1. */
  readonly coverage?: number;
  /** Zones are where O ≥ threshold × the highest peak. Default 0.5. */
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

export interface Opportunity {
  /** The refined peak: a true local maximum of O. */
  readonly x: number;
  readonly y: number;
  /** O at the peak. */
  readonly value: number;
  /** Share of the map's area in this zone, in [0, 1]. */
  readonly area: number;
  /** Who makes up the demand at the peak: wᵢ·gᵢ/D, largest first, those ≥ 0.01. */
  readonly personas: readonly { readonly id: string; readonly share: number }[];
  /** Up to three closest products, closest first. */
  readonly nearest: readonly { readonly id: string; readonly distance: number }[];
  /** The zone's outline (O = level), for drawing; empty for a zone narrower than the grid. */
  readonly polygons: readonly (readonly Ring[])[];
}

export interface GapResult {
  /** Biggest first. */
  readonly whiteSpace: readonly WhiteSpaceCircle[];
  /** Highest peak first. */
  readonly opportunities: readonly Opportunity[];
  /** The O level that bounds the zones (threshold × highest peak); 0 when there is none. */
  readonly level: number;
}
