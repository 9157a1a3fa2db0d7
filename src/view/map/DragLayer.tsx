import { memo } from 'react';
import type { Item } from '../../model/types';
import { useApp } from '../../store/useStore';
import type { PlacedLabel } from './layoutLabels';
import { personaRadius, productRadius, type MapLayout } from './mapLayout';
import { MarkerShape } from './MarkerShape';
import { LabelText } from './LabelsLayer';
import { haloId, haloRadius } from './HalosLayer';
import { isConcept } from '../../model/concept';

interface Props {
  readonly items: readonly Item[];
  readonly placed: readonly PlacedLabel[];
  readonly layout: MapLayout;
}

/**
 * The item being dragged, drawn in a layer of its own above the map: per pointer move only
 * this small layer (and the zones overlay) repaints, never the one holding every marker.
 * Purely visual: the real, focusable marker stays in the items layer.
 */
export const DragLayer = memo(function DragLayer({ items, placed, layout }: Props) {
  const drag = useApp((s) => s.session.drag);
  const item = drag ? items.find((candidate) => candidate.id === drag.id) : undefined;
  if (!drag || !item?.position) return null;
  const label = placed.find((candidate) => candidate.id === item.id);
  const x = layout.x(drag.position.x);
  const y = layout.y(drag.position.y);
  const dx = x - layout.x(item.position.x);
  const dy = y - layout.y(item.position.y);
  const radius = item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight);
  return (
    <svg className="layer layer-drag" width={layout.side} height={layout.side} aria-hidden="true">
      <g transform={`translate(${layout.margin},${layout.margin})`}>
        {item.kind === 'persona' && item.reach !== null && <circle className="halo" cx={x} cy={y} r={haloRadius(item, layout)} fill={`url(#${haloId(item.colour)})`} />}
        {label && (
          <g className={`labels label-${item.kind}`} fontSize={layout.labelFont} transform={`translate(${dx},${dy})`}>
            <LabelText label={label} />
          </g>
        )}
        <g className={`marker marker-${item.kind} dragging`} transform={`translate(${x},${y})`}>
          <MarkerShape kind={item.kind} colour={item.colour} radius={radius} selected concept={isConcept(item)} />
        </g>
      </g>
    </svg>
  );
});
