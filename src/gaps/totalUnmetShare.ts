/**
 * The share of all demand no product meets: Σ uᵢ·demandᵢ / Σ demandᵢ over the groups
 * ("58 % of all demand is unmet"); 0 with no demand.
 */
export function totalUnmetShare(unmet: readonly { readonly share: number; readonly demand: number }[]): number {
  let all = 0;
  let left = 0;
  for (const u of unmet) {
    all += u.demand;
    left += u.share * u.demand;
  }
  return all > 0 ? left / all : 0;
}
