/**
 * The board document: everything a team saves. Positions are in map space — the unit
 * square, x = interactivity (0 passive → 1 immersive), y = need (0 essential → 1
 * aspirational), y pointing up. Pixels never appear here.
 */

declare const mapUnit: unique symbol;
/** A coordinate in map space, in [0, 1]. Branded so a pixel can never be saved as one. */
export type MapUnit = number & { readonly [mapUnit]: true };

export interface MapPoint {
  readonly x: MapUnit;
  readonly y: MapUnit;
}

export type ItemKind = 'product' | 'persona';

export interface Item {
  readonly id: string;
  readonly kind: ItemKind;
  readonly label: string;
  /** null while the item waits in the "to place" tray. */
  readonly position: MapPoint | null;
  /** CSS hex colour, #rrggbb. */
  readonly colour: string;
  readonly notes: string;
  readonly tags: readonly string[];
  /**
   * Key attractors (P/A): words and phrases such as "ritual" or "status". For a persona group,
   * what draws it; for a concept, the attractors of its zone it claims. Empty for others.
   */
  readonly attractors: readonly string[];
  /** Product: market presence (drawn as area). Persona: segment size. ≥ 0, default 1. */
  readonly weight: number;
  /** Persona only: how far the segment's desire spreads, in map units (halo radius, Gaussian σ). */
  readonly reach: number | null;
  /** Set by a facilitator (schema 4): the item stays put; participants cannot change it. */
  readonly locked: boolean;
}

export interface AxisLabels {
  /** Axis name, e.g. "Interactivity". */
  readonly title: string;
  /** Word at the low end, e.g. "Passive". */
  readonly min: string;
  /** Word at the high end, e.g. "Immersive". */
  readonly max: string;
}

export type Quadrant = 'bottomLeft' | 'topLeft' | 'bottomRight' | 'topRight';

export interface DisplayOptions {
  readonly showBands: boolean;
  readonly showProducts: boolean;
  readonly showPersonas: boolean;
  readonly showZones: boolean;
  /** The largest empty circles, lettered (schema 2). */
  readonly showWhiteSpace: boolean;
  /** Concepts (products to be) count as products for the zones (schema 3); off, the zones show the market as it is. */
  readonly countConcepts: boolean;
  /** The sticky notes layer (schema 4). */
  readonly showNotes: boolean;
  /** Evidence: each rated item's 95 % confidence ellipse and n, waves' arrows (schema 5). */
  readonly showUncertainty: boolean;
}

export interface GapSettings {
  /** Coverage radius σ in map units. */
  readonly coverage: number;
  /** Zone threshold, a share of the highest peak, in (0, 1]. */
  readonly threshold: number;
  /** How many zones and white-space circles to show. */
  readonly maxZones: number;
}

export interface PinnedZone {
  readonly id: string;
  readonly label: string;
  readonly position: MapPoint;
  /** Relative opportunity index when pinned (top zone = 100). */
  readonly index: number;
  readonly note: string;
  readonly pinnedAt: string;
}

/**
 * A sticky note on the map (schema 4): a short text, free-standing or attached to an item or a
 * pinned zone, with which it then moves.
 */
export interface Note {
  readonly id: string;
  /** Up to `limits.noteText` characters, several lines. */
  readonly text: string;
  /** Where the card is drawn when free (and where it falls back when what it is attached to is gone). */
  readonly position: MapPoint;
  /** The item or pinned zone it is attached to, or null. */
  readonly attachedTo: string | null;
  /** While attached: the card's offset from what it is attached to, in map units (each in [−1, 1]). */
  readonly offset: { readonly dx: number; readonly dy: number };
  /** Who wrote it, on a shared board ('' on a board of this browser only). */
  readonly author: string;
  /** ISO 8601. */
  readonly createdAt: string;
}

/**
 * What a set of ratings or placements says about one item in one wave and segment (schema 5):
 * a summary only; the respondents' rows stay on the device that read them.
 */
export interface EvidenceCell {
  /** '' when the study has one wave. */
  readonly wave: string;
  /** '' for everyone. */
  readonly segment: string;
  /** Respondents (or participants) with both ratings. */
  readonly n: number;
  /** Their share of the wave's respondents, in [0, 1]: a segment's weight as a persona group. */
  readonly share: number;
  readonly mean: MapPoint;
  /** Sample covariance in map units²: [var x, cov xy, var y]. */
  readonly cov: readonly [number, number, number];
  /**
   * Bootstrap means over respondents, x0, y0, x1, y1, … (resample r is the same draw of
   * respondents for every item of the study); empty when not resampled.
   */
  readonly boot: readonly number[];
  /** Each placement, x0, y0, … (a round's); empty for a survey. */
  readonly points: readonly number[];
  /** Who placed each (aligned with `points`) when the facilitator showed names; empty: anonymous. */
  readonly names: readonly string[];
}

/** Where an item's position comes from: a survey's ratings or a round's placements (schema 5). */
export interface Evidence {
  readonly id: string;
  /** The item it places. */
  readonly itemId: string;
  readonly source: 'survey' | 'round';
  /** Ratings of the item, or respondents' ideals (a segment as a persona group). */
  readonly measure: 'rating' | 'ideal';
  /** The study's name (its file) or the round's question. */
  readonly study: string;
  readonly cells: readonly EvidenceCell[];
  /** ISO 8601. */
  readonly createdAt: string;
}

/**
 * A placement round of a shared board (schema 5): everyone places the round's items in private;
 * the server holds the placements and, at the reveal, writes them as evidence. Written by the
 * server only.
 */
export interface Round {
  readonly id: string;
  /** 1, 2, … in the room: its placements are the evidence's wave "Round 1". */
  readonly number: number;
  readonly question: string;
  readonly itemIds: readonly string[];
  /** Where the items start on each screen: in the tray (blind) or where the board has them. */
  readonly start: 'tray' | 'current';
  /** Whether the reveal names who placed what. */
  readonly showNames: boolean;
  readonly status: 'open' | 'revealed' | 'cancelled';
  /** The server's clock (ms since 1970) when it closes by itself; null: when the facilitator closes it. */
  readonly endsAt: number | null;
  readonly createdAt: string;
}

/** Something a vote is on: a ranked zone, a white-space circle, a pinned zone, a concept or an item; where its count is drawn. */
export interface VoteOption {
  /** `zone:r1`, `space:A`, a pinned zone's or an item's id. */
  readonly id: string;
  readonly label: string;
  /** Where its count is drawn on the map (a zone's badge, an item); null: in the list only. */
  readonly at: MapPoint | null;
}

/** A dot vote of a shared board (schema 5): counts hidden until it closes. Written by the server only. */
export interface Vote {
  readonly id: string;
  readonly number: number;
  readonly question: string;
  readonly options: readonly VoteOption[];
  /** Dots per person, 1–10. */
  readonly dots: number;
  /** At most one dot per option. */
  readonly onePerOption: boolean;
  readonly status: 'open' | 'closed' | 'cancelled';
  /** The server's clock when it closes by itself (with the timer); null: when the facilitator closes it. */
  readonly endsAt: number | null;
  readonly createdAt: string;
}

/** One person's dots on one option of a closed vote (schema 5): anonymous; one record each, so no two ever conflict. */
export interface Ballot {
  readonly id: string;
  readonly voteId: string;
  readonly option: string;
  readonly dots: number;
  readonly createdAt: string;
}

/** The room's one timer (schema 5), on the server's clock. Written by the server only. */
export interface RoomTimer {
  readonly id: string;
  /** Running: ends at `endsAt`; paused or stopped: `remaining` ms left. */
  readonly running: boolean;
  readonly endsAt: number;
  readonly remaining: number;
  /** What it was set to, ms. */
  readonly total: number;
  readonly createdAt: string;
}

/** Which wave and segment the map shows of its evidence (schema 5). */
export interface EvidenceView {
  /** '' : the latest. */
  readonly wave: string;
  /** '' : everyone. */
  readonly lens: string;
}

export interface Board {
  readonly id: string;
  readonly title: string;
  readonly axes: { readonly x: AxisLabels; readonly y: AxisLabels };
  readonly quadrants: Readonly<Record<Quadrant, string>>;
  /** Maslow band names, bottom (essential) to top (aspirational). */
  readonly bands: readonly string[];
  readonly display: DisplayOptions;
  readonly items: readonly Item[];
  readonly pinnedZones: readonly PinnedZone[];
  /** Sticky notes (schema 4), in the order they were added. */
  readonly notes: readonly Note[];
  /** Evidence behind items' positions (schema 5): one record per item and study. */
  readonly evidence: readonly Evidence[];
  readonly evidenceView: EvidenceView;
  /** Placement rounds of a shared board (schema 5). */
  readonly rounds: readonly Round[];
  /** The room's timer, when one was set (schema 5). */
  readonly timers: readonly RoomTimer[];
  /** Dot votes, and the dots of those closed (schema 5). */
  readonly votes: readonly Vote[];
  readonly ballots: readonly Ballot[];
  readonly gapSettings: GapSettings;
  /** Set by a facilitator of a shared board (schema 4): participants change nothing. */
  readonly locked: boolean;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly updatedAt: string;
}
