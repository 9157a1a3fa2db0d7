import type { Item, MapPoint } from '../../model/types';
import type { MapLayout } from '../map/mapLayout';
import { WaveArrow } from '../evidence/WaveArrow';

/** Items moved to the room's position: a faint arrow from where each was, until dismissed. */
export function AcceptedArrows({ layout, from, items }: { layout: MapLayout; from: Readonly<Record<string, MapPoint>>; items: readonly Item[] }) {
  return (
    <svg className="layer layer-accepted" width={layout.side} height={layout.side} aria-hidden="true">
      <g transform={`translate(${layout.margin},${layout.margin})`} className="accepted-arrows">
        {items.map((item) => {
          const was = from[item.id];
          if (!was || !item.position) return null;
          return <WaveArrow key={item.id} from={{ x: layout.x(was.x), y: layout.y(was.y) }} to={{ x: layout.x(item.position.x), y: layout.y(item.position.y) }} since="before the round" stop={layout.markerRadius} />;
        })}
      </g>
    </svg>
  );
}
