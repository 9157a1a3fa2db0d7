import { useEffect, useSyncExternalStore } from 'react';
import { useApp } from '../../store/useStore';
import type { ZoneStability } from '../../evidence/describeStability';
import { useEvidenceParts } from '../evidence/useEvidenceParts';

/** Wait this long after an edit before resampling: a burst of edits runs once. */
const settle = 300;

const nothing = () => () => undefined;
const none = () => null;

/**
 * How each zone of the board as it is holds up over resamples of its evidence; null while
 * none (no evidence, or on its way). Asks after each edit, once the edits settle; a drag
 * stops the run on its way (the drop asks again).
 */
export function useZoneStability(): readonly ZoneStability[] | null {
  const board = useApp((s) => s.doc.board);
  const hasEvidence = board.evidence.length > 0;
  const channel = useEvidenceParts(hasEvidence)?.stabilityChannel ?? null;
  // A drag needs both cores (the page and the zones' worker): resampling waits for the drop.
  const dragging = useApp((s) => s.session.drag !== null);
  useEffect(() => {
    if (!channel) return;
    if (dragging) return channel.stop();
    const timer = setTimeout(() => channel.request(board), settle);
    return () => clearTimeout(timer);
  }, [channel, board, dragging]);
  const answer = useSyncExternalStore(channel?.subscribe ?? nothing, channel?.current ?? none);
  if (!hasEvidence || !answer || answer.items !== board.items || answer.evidence !== board.evidence || answer.settings !== board.gapSettings) return null;
  return answer.zones;
}
