import { useEffect } from 'react';
import { useApp } from '../../store/useStore';
import { liveGaps } from './liveGaps';
import { zonesShown } from './useGaps';

/**
 * Feeds each drag frame to the live gap-finder while anything shows zones (overlay or
 * Zones tab). Renders nothing: only this re-renders per pointer move, not the map around it.
 */
export function LiveGapsFeed(): null {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const drag = useApp((s) => s.session.drag);
  const wanted = useApp((s) => zonesShown(s) || s.session.panelTab === 'zones');
  useEffect(() => liveGaps.warm(), []);
  useEffect(() => {
    if (drag && wanted) liveGaps.request(items, drag, settings);
    else if (!drag) liveGaps.clear();
  }, [items, settings, drag, wanted]);
  return null;
}
