import { memo } from 'react';
import { plotClip } from './PlotClip';
import type { Item } from '../../model/types';
import { useApp } from '../../store/useStore';
import { personaRadius, productRadius, type MapLayout } from './mapLayout';
import { MarkerShape } from './MarkerShape';
import { isConcept } from '../../model/concept';

/**
 * Items other people are dragging on a shared board, where their pointer is now, with who
 * moves them: seen live (through the room's presence), written to the board once, on drop.
 */
export const RemoteDragsLayer = memo(function RemoteDragsLayer({ items, layout }: { items: readonly Item[]; layout: MapLayout }) {
  const drags = useApp((s) => s.live?.remoteDrags);
  if (!drags || drags.length === 0) return null;
  return (
    <svg className="layer layer-remote-drags" width={layout.side} height={layout.side} aria-hidden="true">
      <g transform={`translate(${layout.margin},${layout.margin})`} clipPath={plotClip(layout)}>
        {drags.map((drag) => {
          const item = items.find((candidate) => candidate.id === drag.id);
          if (!item) return null;
          const radius = item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight);
          const x = layout.x(drag.position.x);
          const y = layout.y(drag.position.y);
          const tag = drag.held === false ? null : `${drag.name} is moving ${item.label}`;
          return (
            <g key={`${drag.id}-${drag.name}`} className="remote-drag" data-item={item.id} transform={`translate(${x},${y})`}>
              <circle r={radius + Math.max(6, radius * 0.5)} fill="none" stroke={drag.colour} strokeWidth={3} strokeDasharray="5 3" />
              <MarkerShape kind={item.kind} colour={item.colour} radius={radius} selected={false} concept={isConcept(item)} />
              {tag && (
                <text className="remote-drag-tag" x={radius + 10} y={-radius - 6} fontSize={layout.labelFont} fill={drag.colour}>
                  {tag}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
});
