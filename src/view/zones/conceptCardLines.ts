import { percentText } from './explainZone';

/** "A", "A and B", "A, B and C": names in a sentence. */
const andNames = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
import type { ConceptCard } from './validateConcepts';

/** A concept's validation card in sentences a room reads aloud (the editor, the rail, the slide). */
export function conceptCardLines(card: ConceptCard): string[] {
  const zone = !card.zone
    ? 'Sits outside every zone: it meets no zone’s unmet demand.'
    : card.absorbed < 0.005
      ? `Sits in the reach of zone ${card.zone.rank} (${card.zone.title}) but far from its groups: it would meet almost none of its unmet demand.`
      : `Sits in zone ${card.zone.rank} (${card.zone.title}) and would meet ${percentText(card.absorbed)} of its unmet demand.`;
  const serves =
    card.serves.length > 0
      ? `Would serve ${andNames(card.serves.slice(0, 3).map((g, i) => `${g.label} (${percentText(g.before)} → ${percentText(g.after)}${i === 0 ? ' unmet' : ''})`))}${card.serves.length > 3 ? `, and ${card.serves.length - 3} more` : ''}.`
      : 'Serves no persona group: no group’s unmet demand falls by a point.';
  const points = Math.round(100 * card.total.after) - Math.round(100 * card.total.before);
  const total = `All demand: ${percentText(card.total.before)} → ${percentText(card.total.after)} unmet (${points < 0 ? '−' : points > 0 ? '+' : '±'}${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}).`;
  const claims =
    card.attractors.length > 0
      ? [`Claims ${card.claims.length} of ${card.attractors.length} key ${card.attractors.length === 1 ? 'attractor' : 'attractors'} of its zone${card.claims.length > 0 ? `: ${card.claims.join(', ')}` : ''}.`]
      : [];
  return [zone, serves, total, ...claims];
}
