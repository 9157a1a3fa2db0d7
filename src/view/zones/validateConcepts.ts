import { bestConceptSpot, conceptEffect, findGapsPacked, totalUnmetShare, type GapOptions, type GapResult } from '../../gaps';
import { isConcept } from '../../model/concept';
import type { Item } from '../../model/types';
import { relabel, pack } from './packedInput';
import { zoneAttractors, zoneTitle } from './explainZone';

/** P/A validating for one concept: what it would change on the market as it is (concepts left out). */
export interface ConceptCard {
  readonly id: string;
  readonly label: string;
  /** The zone whose basin holds it (1-based rank and title), or null outside every zone. */
  readonly zone: { readonly rank: number; readonly title: string } | null;
  /** The share of that zone's unmet demand it would meet. */
  readonly absorbed: number;
  /** The groups whose unmet share it lowers by a point or more, most helped first. */
  readonly serves: readonly { readonly id: string; readonly label: string; readonly before: number; readonly after: number }[];
  /** The share of all demand unmet without and with it. */
  readonly total: { readonly before: number; readonly after: number };
  /** Its zone's key attractors, and those of them the concept claims (none outside every zone). */
  readonly attractors: readonly string[];
  readonly claims: readonly string[];
}

/** The concepts' cards, the market's zones without them and with all of them (see `ConceptCard`). */
export interface ConceptValidation {
  readonly cards: readonly ConceptCard[];
  readonly market: GapResult;
  readonly withAll: GapResult;
}

/** The share of all demand unmet, from per-group shares and demands. */
const weighted = (shares: Float64Array, demand: Float64Array) => totalUnmetShare(Array.from(shares, (share, i) => ({ share, demand: demand[i]! })));

/** Validates every placed concept against the board's other items. Throws as findGaps does. */
export function validateConcepts(items: readonly Item[], options: GapOptions): ConceptValidation {
  const byId = new Map(items.map((item) => [item.id, item]));
  const packed = pack(items, null, false);
  const market = relabel(findGapsPacked(packed.input, options), packed);
  const everything = pack(items, null, true);
  const withAll = relabel(findGapsPacked(everything.input, options), everything);
  const cards = items
    .filter((item) => isConcept(item) && item.position)
    .map((concept): ConceptCard => {
      const effect = conceptEffect(packed.input, options, concept.position!.x, concept.position!.y);
      const serves = packed.personaIds
        .map((id, i) => ({ id, label: byId.get(id)?.label ?? 'A group', before: effect.before[i]!, after: effect.after[i]! }))
        .filter((group) => group.before - group.after >= 0.01)
        .sort((a, b) => b.before - b.after - (a.before - a.after));
      const home = effect.zone === null ? null : market.opportunities[effect.zone]!;
      const zone = home ? { rank: effect.zone! + 1, title: zoneTitle(home, byId) } : null;
      const attractors = home ? zoneAttractors(home, byId) : [];
      const claims = attractors.filter((word) => concept.attractors.some((claim) => claim.toLowerCase() === word.toLowerCase()));
      const total = { before: weighted(effect.before, effect.demand), after: weighted(effect.after, effect.demand) };
      return { id: concept.id, label: concept.label, zone, absorbed: effect.absorbed, serves, total, attractors, claims };
    });
  return { cards, market, withAll };
}

/** Where a concept meets the most of zone `rank`'s (0-based) unmet demand, on the board as the zones count it; null with no such zone. */
export function conceptSpot(items: readonly Item[], options: GapOptions, rank: number, countConcepts: boolean): { x: number; y: number; absorbed: number } | null {
  return bestConceptSpot(pack(items, null, countConcepts).input, options, rank);
}
