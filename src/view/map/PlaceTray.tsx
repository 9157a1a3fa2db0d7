import { useMemo, useState, type RefObject } from 'react';
import { DndContext, DragOverlay, PointerSensor, useDraggable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import type { Item } from '../../model/types';
import { useActions, useApp } from '../../store/useStore';
import { isInsidePlot, pixelToMap, type MapLayout } from './mapLayout';
import { MarkerShape } from './MarkerShape';
import { ConfirmDialog } from '../ConfirmDialog';
import { isConcept } from '../../model/concept';

interface Props {
  readonly layout: MapLayout;
  /** The map's square, to find where on the plot a chip was dropped. */
  readonly stack: RefObject<HTMLDivElement | null>;
}

/**
 * Items without a position (from an import or a paste) wait here: drag one onto the map,
 * or click it (Enter or Space) to put it at a free spot and then move it with the keys.
 */
export function PlaceTray({ layout, stack }: Props) {
  const actions = useActions();
  const items = useApp((s) => s.doc.board.items);
  const waiting = useMemo(() => items.filter((item) => item.position === null), [items]);
  const [active, setActive] = useState<Item | null>(null);
  const [asking, setAsking] = useState(false);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  if (waiting.length === 0) return null;

  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    const start = event.activatorEvent as PointerEvent;
    const box = stack.current?.getBoundingClientRect();
    if (!box || typeof start.clientX !== 'number') return;
    const px = start.clientX + event.delta.x - box.left - layout.margin;
    const py = start.clientY + event.delta.y - box.top - layout.margin;
    if (!isInsidePlot(layout, px, py)) {
      actions.notify('Drop it inside the map to place it, or click it to place it at a free spot.');
      return;
    }
    actions.placeItem(String(event.active.id), pixelToMap(layout, px, py));
  };

  return (
    <DndContext
      sensors={sensors}
      autoScroll={false}
      onDragStart={(event) => setActive(waiting.find((item) => item.id === event.active.id) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
    >
      <div className="place-tray" role="group" aria-label="To place">
        <span className="tray-title">To place ({waiting.length})</span>
        <button type="button" className="place-all" onClick={() => setAsking(true)} title="Spread them over the map on free spots of a grid (one undo step)">Place all</button>
        <ul>
          {waiting.map((item) => (
            <li key={item.id}>
              <TrayChip item={item} onPlace={() => actions.placeItem(item.id)} />
            </li>
          ))}
        </ul>
      </div>
      <DragOverlay dropAnimation={null}>{active && <Chip item={active} />}</DragOverlay>
      {asking && (
        <ConfirmDialog
          title={`Invent positions for ${waiting.length} ${waiting.length === 1 ? 'item' : 'items'}?`}
          onCancel={() => setAsking(false)}
          actions={[
            { label: 'Put them on free spots', onClick: () => { setAsking(false); actions.placeAll(); } },
            { label: 'Keep them in the tray', onClick: () => setAsking(false) },
          ]}
        >
          <p>
            Nobody said where {waiting.length === 1 ? 'this item sits' : 'these items sit'}. “Place all” spreads them over free spots of the map, and the
            zones will count them there. They are marked “not placed by anyone” until someone moves them; dragging each one where it belongs is better.
          </p>
        </ConfirmDialog>
      )}
    </DndContext>
  );
}

function TrayChip({ item, onPlace }: { item: Item; onPlace: () => void }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: item.id });
  return (
    <button
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      type="button"
      className={`tray-chip${isDragging ? ' tray-chip-dragging' : ''}`}
      aria-label={`Place “${item.label}” on the map`}
      title="Drag onto the map, or click to place at a free spot"
      onClick={onPlace}
    >
      <Chip item={item} />
    </button>
  );
}

function Chip({ item }: { item: Item }) {
  return (
    <span className="chip-body">
      <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
        <MarkerShape kind={item.kind} colour={item.colour} radius={item.kind === 'product' ? 6 : 7.5} selected={false} concept={isConcept(item)} />
      </svg>
      <span className="chip-label">{item.label}</span>
    </span>
  );
}
