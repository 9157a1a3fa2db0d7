import { memo, useMemo } from 'react';
import { plotClip } from './PlotClip';
import type { Item, MapPoint } from '../../model/types';
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
 * The items being dragged (the held one and the rest of its selection), drawn in a layer of its own above the map: per pointer move only
 * this small layer (and the zones overlay) repaints, never the one holding every marker.
 * Purely visual: the real, focusable marker stays in the items layer.
 */
export const DragLayer = memo(function DragLayer({ items, placed, layout }: Props) {
  const drag = useApp((s) => s.session.drag);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const labels = useMemo(() => new Map(placed.map((label) => [label.id, label])), [placed]);
  // Everything the drag carries moves by one delta: drawn once where it started, then only the
  // group's offset changes per pointer move (one attribute, however many items are selected).
  const held = drag?.id;
  const origin = drag?.origin;
  const group = drag?.group;
  const carried = useMemo(() => {
    if (!held || !origin || !group) return null;
    return [{ id: held, origin }, ...group].map(({ id, origin: at }) => {
      const item = byId.get(id);
      return item?.position ? <Moving key={id} item={item} at={at} label={labels.get(id)} layout={layout} /> : null;
    });
  }, [held, origin, group, byId, labels, layout]);
  if (!drag) return null;
  const dx = (drag.position.x - drag.origin.x) * layout.unit;
  const dy = -(drag.position.y - drag.origin.y) * layout.unit;
  return (
    <svg className="layer layer-drag" width={layout.side} height={layout.side} aria-hidden="true">
      <g transform={`translate(${layout.margin},${layout.margin})`} clipPath={plotClip(layout)}>
        <g transform={`translate(${dx},${dy})`}>{carried}</g>
      </g>
    </svg>
  );
});

/** One item of the drag at its preview, with its halo and its label. */
function Moving({ item, at, label, layout }: { item: Item; at: MapPoint; label: PlacedLabel | undefined; layout: MapLayout }) {
  const x = layout.x(at.x);
  const y = layout.y(at.y);
  const dx = x - layout.x(item.position!.x);
  const dy = y - layout.y(item.position!.y);
  const radius = item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight);
  return (
    <>
      {item.kind === 'persona' && item.reach !== null && <circle className="halo" cx={x} cy={y} r={haloRadius(item, layout)} fill={`url(#${haloId(item.colour)})`} />}
      {label && (
        <g className={`labels label-${item.kind}`} fontSize={layout.labelFont} transform={`translate(${dx},${dy})`}>
          <LabelText label={label} />
        </g>
      )}
      <g className={`marker marker-${item.kind} dragging`} transform={`translate(${x},${y})`}>
        <MarkerShape kind={item.kind} colour={item.colour} radius={radius} selected concept={isConcept(item)} />
      </g>
    </>
  );
}
