import { memo } from 'react';
import type { Item } from '../../model/types';
import { dragPositionOf } from '../../store/selectionActions';
import { useApp } from '../../store/useStore';
import { lengthToPixels, type MapLayout } from './mapLayout';

/** Soft halos of persona groups: radius = reach, the σ of their demand. Never hit-testable. */
export const HalosLayer = memo(function HalosLayer({ personas, layout }: { personas: readonly Item[]; layout: MapLayout }) {
  return (
    <g className="halos" aria-hidden="true">
      <defs>
        {[...new Set(personas.map((item) => item.colour))].map((colour) => (
          <radialGradient key={colour} id={haloId(colour)}>
            <stop offset="0%" stopColor={colour} stopOpacity="0.3" />
            <stop offset="55%" stopColor={colour} stopOpacity="0.12" />
            <stop offset="100%" stopColor={colour} stopOpacity="0" />
          </radialGradient>
        ))}
      </defs>
      {personas.map((item) => (
        <Halo key={item.id} item={item} layout={layout} />
      ))}
    </g>
  );
});

const Halo = memo(function Halo({ item, layout }: { item: Item; layout: MapLayout }) {
  const dragged = useApp((s) => dragPositionOf(s.session.drag, item.id) !== undefined);
  const position = item.position;
  if (!position || item.reach === null) return null;
  return (
    <circle
      className={dragged ? 'halo drag-source' : 'halo'}
      cx={layout.x(position.x)}
      cy={layout.y(position.y)}
      r={haloRadius(item, layout)}
      fill={`url(#${haloId(item.colour)})`}
    />
  );
});

export const haloId = (colour: string) => `halo-${colour.replace('#', '')}`;

/** A persona's halo radius in px: 1.6 σ, where its demand has fallen to a quarter. */
export const haloRadius = (item: Item, layout: MapLayout) => lengthToPixels(layout, (item.reach ?? 0) * 1.6);
