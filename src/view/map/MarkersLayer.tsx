import { memo, useMemo, type KeyboardEvent } from 'react';
import { useActions, useApp, useStoreInstance } from '../../store/useStore';
import { useEvidenceParts } from '../evidence/useEvidenceParts';
import { arrows, keyboardBigStep, keyboardStep } from './useDragHandlers';
import { useDraggable, type Announcements, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import type { Board, Item } from '../../model/types';
import type { MapLayout } from './mapLayout';
import { DraggableMarker } from './DraggableMarker';
import { useCoarsePointer } from '../useCoarsePointer';

/** The one dnd-kit draggable: the group of markers. Which item moves is read from the press. */
export const markersDraggableId = 'markers';

/** The item a drag began on: the marker under the pointer, or the focused one for the keyboard. */
export function itemOfActivator(event: Event | null): string | null {
  const target = event?.target;
  return target instanceof Element ? target.closest('[data-id]')?.getAttribute('data-id') ?? null : null;
}

interface DragHandlers {
  readonly onDragStart: (event: DragStartEvent) => void;
  readonly onDragMove: (event: DragMoveEvent) => void;
  readonly announcements: Announcements;
}

/**
 * The drag handlers as the items see them: dnd-kit names its one draggable (the group);
 * every event and announcement is passed on with the id of the item the drag began on.
 */
export function useItemDragHandlers<H extends DragHandlers>(handlers: H): H {
  return useMemo(() => {
    let held = '';
    const named = <E extends { active: { id: string | number } }>(event: E): E => ({ ...event, active: { ...event.active, id: held } });
    const { announcements: said } = handlers;
    return {
      ...handlers,
      onDragStart: (event: DragStartEvent) => {
        held = itemOfActivator(event.activatorEvent) ?? '';
        handlers.onDragStart(named(event));
      },
      onDragMove: (event: DragMoveEvent) => handlers.onDragMove(named(event)),
      announcements: {
        onDragStart: (event) => said.onDragStart(named(event)),
        onDragMove: (event) => said.onDragMove?.(named(event)),
        onDragOver: (event) => said.onDragOver(named(event)),
        onDragEnd: (event) => said.onDragEnd(named(event)),
        onDragCancel: (event) => said.onDragCancel(named(event)),
      } satisfies Announcements,
    };
  }, [handlers]);
}

const noHints: ReadonlyMap<string, string> = new Map();

/** Each evidence-backed item's hover text (n, each segment's view), computed once per change of the evidence. */
function useEvidenceHints(): ReadonlyMap<string, string> {
  const evidence = useApp((s) => s.doc.board.evidence);
  const evidenceView = useApp((s) => s.doc.board.evidenceView);
  const items = useApp((s) => s.doc.board.items);
  const axes = useApp((s) => s.doc.board.axes);
  const parts = useEvidenceParts(evidence.length > 0);
  return useMemo(() => (parts ? parts.evidenceHints({ evidence, evidenceView, items, axes }) : noHints), [parts, evidence, evidenceView, items, axes]);
}

interface Props {
  readonly items: readonly Item[];
  readonly layout: MapLayout;
  readonly axes: Board['axes'];
}

/**
 * Every marker, under one dnd-kit draggable whose pointer and keyboard activators catch the
 * events bubbling up from any marker. dnd-kit re-renders each of its draggables when a drag
 * starts and ends: with one, a drop re-renders this list, whose markers are memoised and skip.
 */
export const MarkersLayer = memo(function MarkersLayer({ items, layout, axes }: Props) {
  const { attributes, listeners, setNodeRef } = useDraggable({ id: markersDraggableId });
  const describedBy = attributes['aria-describedby'];
  const coarse = useCoarsePointer();
  const hints = useEvidenceHints();
  const store = useStoreInstance();
  const actions = useActions();
  // Arrows on a marker not picked up move the selection (Shift: further), one undo step per press; Space or Enter picks it up (dnd-kit).
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    listeners?.onKeyDown?.(event);
    const direction = arrows[event.code];
    if (!direction || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || store.getState().session.drag) return;
    event.preventDefault();
    actions.nudgeSelection(direction, event.shiftKey ? keyboardBigStep : keyboardStep);
  };
  return (
    <g className="markers" ref={setNodeRef as unknown as (node: SVGGElement | null) => void} {...listeners} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <DraggableMarker key={item.id} item={item} layout={layout} axes={axes} describedBy={describedBy} coarse={coarse} hint={hints.get(item.id)} />
      ))}
    </g>
  );
});
