import { useMemo } from 'react';
import { useApp } from '../../store/useStore';
import { layerShown } from '../../store/layerShown';
import { personaRadius, productRadius, zoneBadgeRadius, type MapLayout } from '../map/mapLayout';
import { useZonePeaks } from './useGaps';
import { placeBadges } from './placeBadges';

/** Where the rank badges sit, px from the plot's corner (see `placeBadges`); still during a drag, as the peaks are. */
export function useBadgeSpots(layout: MapLayout): readonly { x: number; y: number }[] {
  const peaks = useZonePeaks();
  const items = useApp((s) => s.doc.board.items);
  const products = useApp((s) => layerShown(s, 'products'));
  const personas = useApp((s) => layerShown(s, 'personas'));
  return useMemo(() => {
    const markers = items
      .filter((item) => item.position && (item.kind === 'product' ? products : personas))
      .map((item) => ({
        x: layout.x(item.position!.x),
        y: layout.y(item.position!.y),
        radius: item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight),
      }));
    return placeBadges(peaks.map((p) => ({ x: layout.x(p.x), y: layout.y(p.y) })), markers, zoneBadgeRadius(layout), layout.plot);
  }, [peaks, items, products, personas, layout]);
}
