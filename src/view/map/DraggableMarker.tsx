import { memo, useCallback, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useDraggable, type DraggableAttributes } from '@dnd-kit/core';
import type { Board, Item, MapPoint } from '../../model/types';
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
 * A thin dnd-kit wrapper around a memoised body. Only the dragged marker's body re-renders
 * per pointer move: it alone selects a non-null preview from the store. dnd-kit re-renders
 * every draggable when a drag starts and ends; the bodies, whose props stay the same, are
 * skipped then, so a drop touches one marker, not thousands. While dragged it stays put and
 * transparent (its name and data follow the preview); `DragLayer` draws the moving copy.
 */
export const DraggableMarker = memo(function DraggableMarker({ item, layout, axes }: Props) {
  const actions = useActions();
  const preview = useApp((s) => (s.session.drag?.id === item.id ? s.session.drag.position : null));
  const selected = useApp((s) => s.session.selectedId === item.id);
  const { attributes, listeners, setNodeRef } = useDraggable({ id: item.id });
  const select = useCallback(() => actions.select(item.id), [actions, item.id]);
  // dnd-kit hands out new listeners when a drag starts and ends: stable handlers read the newest.
  const latest = useRef(listeners);
  latest.current = listeners;
  const handlers = useMemo<Handlers>(
    () => ({
      // Select on press, as canvas tools do: a tap by finger or pen selects even where no click follows.
      onPointerDown: (event) => {
        latest.current?.onPointerDown?.(event);
        select();
      },
      onKeyDown: (event) => latest.current?.onKeyDown?.(event),
    }),
    [select],
  );
  return <MarkerBody item={item} layout={layout} axes={axes} preview={preview} selected={selected} attributes={attributes} handlers={handlers} setNodeRef={setNodeRef} select={select} />;
});

interface Handlers {
  readonly onPointerDown: (event: PointerEvent<SVGGElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
}

interface BodyProps extends Props {
  readonly preview: MapPoint | null;
  readonly selected: boolean;
  readonly attributes: DraggableAttributes;
  readonly handlers: Handlers;
  readonly setNodeRef: (node: HTMLElement | null) => void;
  readonly select: () => void;
}

const MarkerBody = memo(function MarkerBody({ item, layout, axes, preview, selected, attributes, handlers, setNodeRef, select }: BodyProps) {
  const position = preview ?? item.position;
  if (!position || !item.position) return null;
  const radius = item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight);
  return (
    <g
      ref={setNodeRef as unknown as (node: SVGGElement | null) => void}
      {...attributes}
      onPointerDown={handlers.onPointerDown}
      onKeyDown={handlers.onKeyDown}
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
