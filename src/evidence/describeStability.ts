/** How one zone of the board as it is fares across resamples. */
export interface ZoneStability {
  /** Share of resamples in which the zone holds each rank (index 0: first), then the share in which it is not found. */
  readonly ranks: readonly number[];
  readonly gone: number;
  /** Share of resamples in which it keeps its own rank. */
  readonly keep: number;
  /** Its peak in each resample in which it was found, x0, y0, …. */
  readonly cloud: readonly number[];
}

/** The room's word for a zone's share of resamples keeping its rank: firm (≥ 80 %), likely (50–80 %), uncertain. */
export const stabilityWord = (keep: number): 'firm' | 'likely' | 'uncertain' => (keep >= 0.8 ? 'firm' : keep >= 0.5 ? 'likely' : 'uncertain');

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const pct = (share: number) => `${Math.round(share * 100)} %`;

/**
 * "Zone 1 stays first in 87 % of resamples; in 11 % it is second." — its own rank, then the
 * most frequent other outcome (another rank, or not found at all) when it happens at all.
 */
export function describeStability(rank: number, stability: ZoneStability): string {
  const own = `Zone ${rank} stays ${ordinals[rank - 1] ?? `number ${rank}`} in ${pct(stability.keep)} of resamples`;
  const others = stability.ranks.map((share, i) => ({ share, what: `it is ${ordinals[i] ?? `number ${i + 1}`}` })).filter((_, i) => i !== rank - 1);
  others.push({ share: stability.gone, what: 'it is not a zone' });
  const next = others.sort((a, b) => b.share - a.share)[0];
  return next && next.share >= 0.005 ? `${own}; in ${pct(next.share)} ${next.what}.` : `${own}.`;
}
