/** Lists the first few reasons, then how many more. */
export function summarise(reasons: readonly string[], shown = 3): string {
  const more = reasons.length - shown;
  return reasons.slice(0, shown).join('; ') + (more > 0 ? `; and ${more} more` : '');
}
