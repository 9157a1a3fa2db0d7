import { memo, useDeferredValue, useMemo } from 'react';
import type { Item } from '../../model/types';
import { dragPositionOf } from '../../store/selectionActions';
import { useApp } from '../../store/useStore';
import { layoutLabels, type Box, type LabelOptions, type PlacedLabel } from './layoutLabels';
import { personaRadius, productRadius, type MapLayout } from './mapLayout';
import { labelOptions, labelRequests } from './labelRequests';
import { useBadgeSpots } from '../zones/useBadgeSpots';
import { useEvidenceSuffixes } from '../evidence/useEvidenceSuffixes';

/** A crowded presentation map tries these label sizes (shares of its own), never under `minPresentedFont`. */
const crowdedScales = [1, 0.85, 0.72, 0.6];

/**
 * The smallest label a room reads, as a share of the map's side (a little under the screen's height): 16 px on a 720 px high
 * screen, 24 px on 1080 (the map takes the height in presentation).
 */
const minPresentedFont = 0.0235;

/**
 * Where every label goes (see `layoutLabels`), recomputed when the items or the layout
 * change, never during a drag. In presentation no label is cut short: leader lines reach
 * farther, then the labels get smaller (never under a size read across the room), and a label
 * that still fits nowhere is left off (`hiddenLabels` counts them), never drawn over another.
 */
export function usePlacedLabels(current: readonly Item[], layout: MapLayout, avoid: readonly Box[] = []): readonly PlacedLabel[] {
  // Laid out in a render of its own after an edit, so a drop's frame never waits for the layout.
  const items = useDeferredValue(current);
  const badges = useBadgeSpots(layout);
  const presenting = useApp((s) => s.session.presenting);
  const suffixes = useEvidenceSuffixes(items);
  return useMemo(() => {
    const requests = labelRequests(items, layout, suffixes);
    const withNames = (options: LabelOptions): LabelOptions => ({ ...options, obstacles: [...(options.obstacles ?? []), ...avoid] });
    if (!presenting) return layoutLabels(requests, withNames(labelOptions(layout, badges, true)));
    let placed: PlacedLabel[] = [];
    const options = withNames(labelOptions(layout, badges, false));
    const smallest = layout.side * minPresentedFont;
    for (const scale of crowdedScales.filter((s, i) => i === 0 || options.fontSize * s >= smallest)) {
      const fontSize = options.fontSize * scale;
      placed = layoutLabels(requests, { ...options, fontSize }).map((label) => (scale === 1 ? label : { ...label, fontSize }));
      if (!placed.some((label) => label.crowded)) break;
    }
    return placed.filter((label) => !label.crowded);
  }, [items, layout, badges, presenting, avoid, suffixes]);
}

/** Item labels placed so they never overlap; text only, never hit-testable. */
export const LabelsLayer = memo(function LabelsLayer({ items, placed, layout }: { items: readonly Item[]; placed: readonly PlacedLabel[]; layout: MapLayout }) {
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  return (
    <g className="labels" aria-hidden="true" fontSize={layout.labelFont}>
      {/* The layout may be a frame behind the items (it is deferred): a label whose item is gone waits for the next. */}
      {placed.map((label) => {
        const item = byId.get(label.id);
        return item && <Label key={label.id} label={label} item={item} />;
      })}
      <FocusLabel items={byId} layout={layout} placed={placed} />
    </g>
  );
});

/** One placed label; while its item is dragged it hides here and `DragLayer` carries it. */
const Label = memo(function Label({ label, item }: { label: PlacedLabel; item: Item }) {
  const dragged = useApp((s) => dragPositionOf(s.session.drag, item.id) !== undefined);
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
      <text x={label.x} y={label.y} textAnchor={label.anchor} dominantBaseline="central" fontSize={label.fontSize}>
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
