import { useEffect, useSyncExternalStore } from 'react';
import { useApp } from '../../store/useStore';
import type { ZoneStability } from '../../evidence/zoneStability';
import { stabilityChannel } from './stabilityChannel';

/** Wait this long after an edit before resampling: a burst of edits runs once. */
const settle = 300;

/**
 * How each zone of the board as it is holds up over resamples of its evidence; null while
 * none (no evidence, or on its way). Asks after each edit, once the edits settle.
 */
export function useZoneStability(): readonly ZoneStability[] | null {
  const board = useApp((s) => s.doc.board);
  const hasEvidence = board.evidence.length > 0;
  useEffect(() => {
    if (!hasEvidence) return;
    const timer = setTimeout(() => stabilityChannel.request(board), settle);
    return () => clearTimeout(timer);
  }, [board.items, board.evidence, board.gapSettings, board.display.countConcepts, board.evidenceView, hasEvidence, board]);
  const answer = useSyncExternalStore(stabilityChannel.subscribe, stabilityChannel.current);
  if (!hasEvidence || !answer || answer.items !== board.items || answer.evidence !== board.evidence || answer.settings !== board.gapSettings) return null;
  return answer.zones;
}
