import type { Board, VoteOption } from '../../model/types';
import type { GapResult } from '../../gaps';
import { mapPoint } from '../../model/mapPoint';
import { isConcept } from '../../model/concept';
import { zoneTitle } from '../zones/explainZone';
import { whiteSpaceLetters } from '../zones/assignLetters';

/**
 * What a vote can be on, as the facilitator's screen shows it now: the ranked zones, the
 * white-space circles, the pinned zones and the concepts, or the selected items; each with
 * where its count will be drawn.
 */
export function voteOptions(board: Board, gaps: GapResult, selection: readonly string[]): { readonly board: VoteOption[]; readonly selected: VoteOption[] } {
  const items = new Map(board.items.map((item) => [item.id, item]));
  const letters = whiteSpaceLetters(gaps.whiteSpace);
  const zones = gaps.opportunities.map((zone, i): VoteOption => ({ id: `zone:r${i + 1}`, label: `Zone ${i + 1}: ${zoneTitle(zone, items)}`, at: mapPoint(zone.x, zone.y) }));
  const spaces = gaps.whiteSpace.map((circle, i): VoteOption => ({ id: `space:${letters[i]}`, label: `White space ${letters[i]}`, at: mapPoint(circle.x, circle.y) }));
  const pinned = board.pinnedZones.map((zone): VoteOption => ({ id: zone.id, label: `Pinned: ${zone.label}`, at: zone.position }));
  const concepts = board.items.filter(isConcept).map((item): VoteOption => ({ id: item.id, label: `Concept: ${item.label}`, at: item.position }));
  const selected = selection.map((id) => items.get(id)).filter((item) => item !== undefined).map((item): VoteOption => ({ id: item.id, label: item.label, at: item.position }));
  return { board: [...zones, ...spaces, ...pinned, ...concepts], selected };
}
