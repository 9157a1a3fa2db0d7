import { useEffect, useSyncExternalStore } from 'react';
import { useApp } from '../../store/useStore';
import { boardGaps, liveGaps } from './GapsChannel';
import { pack } from './packedInput';
import { zonesShown } from './useGaps';

/**
 * Feeds each drag frame to the live gap-finder while anything shows zones (overlay or
 * Zones tab). Renders nothing: only this re-renders per pointer move, not the map around it.
 */
export function LiveGapsFeed(): null {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const boardId = useApp((s) => s.doc.board.id);
  const drag = useApp((s) => s.session.drag);
  const concepts = useApp((s) => s.doc.board.display.countConcepts);
  const wanted = useApp((s) => zonesShown(s) || s.session.panelTab === 'zones');
  useEffect(() => liveGaps.warm(), []);
  useEffect(() => {
    if (drag && wanted) liveGaps.request({ boardId, items, settings, concepts }, pack(items, drag, concepts), [settings]);
  }, [boardId, items, settings, drag, wanted, concepts]);
  // The drag's last answer stands in after the drop until the board's own arrives, then goes.
  const boardFresh = useSyncExternalStore(boardGaps.subscribe, () => boardGaps.current()?.key.items === items && boardGaps.current()?.key.concepts === concepts);
  useEffect(() => {
    if (!drag && (boardFresh || !wanted)) liveGaps.clear();
  }, [drag, boardFresh, wanted]);
  return null;
}
