import { memo, useMemo } from 'react';
import type { Item } from '../../model/types';
import { useApp } from '../../store/useStore';
import { layoutLabels, type PlacedLabel } from './layoutLabels';
import { personaRadius, productRadius, zoneBadgeRadius, type MapLayout } from './mapLayout';
import { useZonePeaks } from '../zones/useGaps';

/** Beyond this many items only the heaviest get a label; the rest show theirs on hover and focus. */
const maxLabelled = 400;

/** Where every label goes (see `layoutLabels`), recomputed when the items or the layout change, never during a drag. */
export function usePlacedLabels(items: readonly Item[], layout: MapLayout): readonly PlacedLabel[] {
  const peaks = useZonePeaks();
  return useMemo(() => {
    const badge = zoneBadgeRadius(layout);
    const requests = items
      .filter((item) => item.position)
      .map((item) => ({
        id: item.id,
        x: layout.x(item.position!.x),
        y: layout.y(item.position!.y),
        radius: item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight),
        text: item.label,
        priority: item.weight + (item.kind === 'persona' ? 100 : 0),
      }))
      .sort((a, b) => b.priority - a.priority)
      .slice(0, maxLabelled);
    // Axis words sit left of and below the plot; right and above, labels may use the margin.
    const pad = layout.markerRadius * 0.5;
    const wide = layout.margin * 0.9;
    return layoutLabels(requests, {
      fontSize: layout.labelFont,
      bounds: { left: -pad, top: -wide, right: layout.plot + wide, bottom: layout.plot + pad },
      obstacles: peaks.map((p) => ({ left: layout.x(p.x) - badge, top: layout.y(p.y) - badge, right: layout.x(p.x) + badge, bottom: layout.y(p.y) + badge })),
    });
  }, [items, layout, peaks]);
}

/** Item labels placed so they never overlap; text only, never hit-testable. */
export const LabelsLayer = memo(function LabelsLayer({ items, placed, layout }: { items: readonly Item[]; placed: readonly PlacedLabel[]; layout: MapLayout }) {
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  return (
    <g className="labels" aria-hidden="true" fontSize={layout.labelFont}>
      {placed.map((label) => (
        <Label key={label.id} label={label} item={byId.get(label.id)!} />
      ))}
      <FocusLabel items={byId} layout={layout} placed={placed} />
    </g>
  );
});

/** One placed label; while its item is dragged it hides here and `DragLayer` carries it. */
const Label = memo(function Label({ label, item }: { label: PlacedLabel; item: Item }) {
  const dragged = useApp((s) => s.session.drag?.id === item.id);
  return (
    <g className={`label label-${item.kind}${dragged ? ' drag-source' : ''}`} data-label-for={item.id}>
      <LabelText label={label} />
    </g>
  );
});

/** A label's text and leader line, relative to the plot. */
export function LabelText({ label }: { label: PlacedLabel }) {
  return (
    <>
      {label.leader && <line className="leader" x1={label.leader.x1} y1={label.leader.y1} x2={label.leader.x2} y2={label.leader.y2} />}
      <text x={label.x} y={label.y} textAnchor={label.anchor} dominantBaseline="central">
        {label.text}
      </text>
    </>
  );
}

/** The full name of the selected item when its own label is cut short or hidden. */
function FocusLabel({ items, layout, placed }: { items: Map<string, Item>; layout: MapLayout; placed: readonly PlacedLabel[] }) {
  const selectedId = useApp((s) => s.session.selectedId);
  const dragging = useApp((s) => s.session.drag !== null);
  const item = selectedId ? items.get(selectedId) : undefined;
  const shown = placed.find((label) => label.id === selectedId);
  const position = item?.position;
  if (!item || !position || dragging || (shown && !shown.truncated)) return null;
  const radius = item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight);
  return (
    <text className="label-full" x={layout.x(position.x)} y={layout.y(position.y) - radius - layout.labelFont * 0.9} textAnchor="middle">
      {item.label}
    </text>
  );
}
