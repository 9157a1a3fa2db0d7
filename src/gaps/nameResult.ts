import type { GapResult, PackedGapResult } from './types';

/** A packed result named with ids: `productIds[i]` and `personaIds[i]` name index i. The one place ids are mapped. */
export function nameResult(result: PackedGapResult, productIds: readonly string[], personaIds: readonly string[]): GapResult {
  return {
    whiteSpace: result.whiteSpace,
    opportunities: result.opportunities.map((zone) => ({
      ...zone,
      personas: zone.personas.map((p) => ({ id: personaIds[p.id]!, share: p.share })),
      nearest: zone.nearest.map((n) => ({ id: productIds[n.id]!, distance: n.distance })),
    })),
    unmet: result.unmet.map((u) => ({ ...u, id: personaIds[u.id]! })),
    omitted: result.omitted,
  };
}
