import { memo, useCallback } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { Board, Item } from '../../model/types';
import { describeItem } from '../../model/describePosition';
import { useActions, useApp } from '../../store/useStore';
import { personaRadius, productRadius, type MapLayout } from './mapLayout';
import { MarkerShape } from './MarkerShape';

interface Props {
  readonly item: Item;
  readonly layout: MapLayout;
  readonly axes: Board['axes'];
}

/** Minimum hit radius: a 24 px target for fingers and trackpads. */
const minHitRadius = 12;

/**
 * A thin dnd-kit wrapper around a memoised shape. Only the dragged marker re-renders per
 * pointer move: it alone selects a non-null preview from the store. While dragged it stays
 * put and transparent (its name and data follow the preview); `DragLayer` draws the moving
 * copy, so the layer holding every other marker is never repainted during a drag.
 */
export const DraggableMarker = memo(function DraggableMarker({ item, layout, axes }: Props) {
  const actions = useActions();
  const preview = useApp((s) => (s.session.drag?.id === item.id ? s.session.drag.position : null));
  const selected = useApp((s) => s.session.selectedId === item.id);
  const { attributes, listeners, setNodeRef } = useDraggable({ id: item.id });
  const select = useCallback(() => actions.select(item.id), [actions, item.id]);
  const position = preview ?? item.position;
  if (!position || !item.position) return null;
  const radius = item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight);
  return (
    <g
      ref={setNodeRef as unknown as (node: SVGGElement | null) => void}
      {...attributes}
      {...listeners}
      // Select on press, as canvas tools do: a tap by finger or pen selects even where no click follows.
      onPointerDown={(event) => {
        listeners?.onPointerDown?.(event);
        select();
      }}
      aria-roledescription="draggable item"
      aria-label={describeItem(axes, item.label, position)}
      className={`marker marker-${item.kind}${preview ? ' drag-source' : ''}`}
      data-id={item.id}
      data-x={position.x}
      data-y={position.y}
      transform={`translate(${layout.x(item.position.x)},${layout.y(item.position.y)})`}
      onClick={select}
      onFocus={select}
    >
      {/* The full name on hover, also where the label is cut short or left out. */}
      <title>{item.label}</title>
      <circle className="hit-area" r={Math.max(minHitRadius, radius + 3)} />
      <MarkerShape kind={item.kind} colour={item.colour} radius={radius} selected={selected} />
    </g>
  );
});
