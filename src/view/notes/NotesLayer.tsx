import { memo, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { plotClip } from '../map/PlotClip';
import type { MapPoint, PinnedZone } from '../../model/types';
import { attachPoints } from '../../model/noteAnchor';
import { mapPoint } from '../../model/mapPoint';
import { useActions, useApp } from '../../store/useStore';
import { pinSize, pixelDeltaToMap, type MapLayout } from '../map/mapLayout';
import { noteCards, type NoteCard } from './noteCards';
import { NoteCardShape } from './NoteCardShape';
import { NoteInPlaceEditor } from './NoteInPlaceEditor';

/** A press that travels less than this (px) is a click on the note, not a drag. */
const dragAfterPx = 4;

/** What a dropped note lands on: an item's marker under the pointer (it attaches there), else nothing. */
function markerUnder(clientX: number, clientY: number): string | null {
  for (const element of document.elementsFromPoint(clientX, clientY)) {
    const id = element.closest('.marker[data-id]')?.getAttribute('data-id');
    if (id) return id;
  }
  return null;
}

/**
 * The pinned zone whose pin is under a pointer, or null: pins are drawn in the zones' layer,
 * below the notes, so they are found by where they are drawn (as `ZonesLayer` draws them).
 */
function pinnedZoneUnder(layout: MapLayout, zones: readonly PinnedZone[], clientX: number, clientY: number): string | null {
  const box = document.querySelector('.plot-hit')?.getBoundingClientRect();
  if (!box || zones.length === 0) return null;
  const px = clientX - box.left + layout.inset;
  const py = clientY - box.top + layout.inset;
  const badge = pinSize(layout);
  let best: { id: string; distance: number } | null = null;
  for (const zone of zones) {
    // The pin's head stands about a badge above the zone's point.
    const distance = Math.hypot(px - layout.x(zone.position.x), py - (layout.y(zone.position.y) - badge));
    if (distance <= badge * 1.3 && (!best || distance < best.distance)) best = { id: zone.id, distance };
  }
  return best?.id ?? null;
}

/**
 * The sticky notes over the map: a click picks one, a double click (or Enter) edits it in
 * place, a drag moves it (one undo step); dropped on an item or a pinned zone's pin it
 * attaches there and moves with it. Notes attached to an item or a pinned zone show a thin
 * line to it.
 */
export const NotesLayer = memo(function NotesLayer({ layout }: { layout: MapLayout }) {
  const actions = useActions();
  const board = useApp((s) => s.doc.board);
  const selected = useApp((s) => s.session.selectedNote);
  const editing = useApp((s) => s.session.editingNote);
  const drag = useApp((s) => s.session.drag);
  // The note dragged here (in the session, so a shared board tells the room) and those others drag now.
  const moving = useApp((s) => s.session.noteDrag);
  const setMoving = actions.setNoteDrag;
  const remoteDrags = useApp((s) => s.live?.remoteDrags);
  const press = useRef<{ id: string; pointer: number; x: number; y: number; from: MapPoint; moved: boolean } | null>(null);
  // Notes attached to an item being dragged follow the drag's preview.
  const points = useMemo(() => {
    const base = new Map(attachPoints(board));
    if (drag) {
      base.set(drag.id, drag.position);
      const delta = { dx: drag.position.x - drag.origin.x, dy: drag.position.y - drag.origin.y };
      for (const member of drag.group) base.set(member.id, mapPoint(member.origin.x + delta.dx, member.origin.y + delta.dy));
    }
    return base;
  }, [board, drag]);
  const cards = useMemo(
    () => {
      const moved = new Map<string, MapPoint>();
      const ids = remoteDrags?.length ? new Set(board.notes.map((note) => note.id)) : null;
      for (const drag of remoteDrags ?? []) if (ids?.has(drag.id)) moved.set(drag.id, drag.position);
      if (moving) moved.set(moving.id, moving.at);
      return noteCards(board.notes, points, layout, moved.size > 0 ? moved : undefined);
    },
    [board.notes, points, layout, moving, remoteDrags],
  );
  if (cards.length === 0) return null;

  const anchorOf = (card: NoteCard) => mapPoint(layout.x.invert(card.x), layout.y.invert(card.y));
  const onPointerDown = (card: NoteCard) => (event: PointerEvent<SVGGElement>) => {
    if (event.button !== 0 || editing === card.note.id) return;
    event.stopPropagation();
    press.current = { id: card.note.id, pointer: event.pointerId, x: event.clientX, y: event.clientY, from: anchorOf(card), moved: false };
    event.currentTarget.setPointerCapture?.(event.pointerId);
    actions.selectNote(card.note.id);
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    const p = press.current;
    if (!p || event.pointerId !== p.pointer) return;
    const dx = event.clientX - p.x;
    const dy = event.clientY - p.y;
    if (!p.moved && Math.hypot(dx, dy) < dragAfterPx) return;
    p.moved = true;
    const travel = pixelDeltaToMap(layout, dx, dy);
    setMoving({ id: p.id, at: mapPoint(p.from.x + travel.dx, p.from.y + travel.dy) });
  };
  const onPointerUp = (event: PointerEvent<SVGGElement>) => {
    const p = press.current;
    press.current = null;
    if (!p || !p.moved || !moving) return setMoving(null);
    const note = board.notes.find((candidate) => candidate.id === p.id);
    // Dropped on an item or a pin: attached there. Otherwise it stays with what it was attached to, if that is still on the map.
    const under = markerUnder(event.clientX, event.clientY) ?? pinnedZoneUnder(layout, board.pinnedZones, event.clientX, event.clientY);
    const targetId = under ?? note?.attachedTo ?? null;
    const target = targetId && points.get(targetId) ? { id: targetId, position: points.get(targetId)! } : null;
    actions.placeNote(p.id, moving.at, target);
    setMoving(null);
  };
  const onKeyDown = (card: NoteCard) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      actions.editNoteInPlace(card.note.id);
    }
  };
  const editedCard = cards.find((card) => card.note.id === editing);

  return (
    <>
      <svg className="layer layer-notes" width={layout.side} height={layout.side} role="group" aria-label="Notes">
        <g transform={`translate(${layout.margin},${layout.margin})`} clipPath={plotClip(layout)}>
          {cards.map((card) => {
            const target = card.note.attachedTo ? points.get(card.note.attachedTo) : undefined;
            return (
              <g key={card.note.id} aria-hidden="true">
                {target && <line className="note-link-line" x1={layout.x(target.x)} y1={layout.y(target.y)} x2={card.x} y2={card.y} />}
              </g>
            );
          })}
          {cards.map((card) => (
            <g
              key={card.note.id}
              className={`note${moving?.id === card.note.id ? ' moving' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={`Note: ${card.note.text.trim() || 'empty'}${card.note.author ? `, by ${card.note.author}` : ''}${card.note.attachedTo ? ', attached' : ''}`}
              aria-pressed={selected === card.note.id}
              data-note={card.note.id}
              transform={`translate(${card.x},${card.y})`}
              onPointerDown={onPointerDown(card)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={() => {
                press.current = null;
                setMoving(null);
              }}
              onDoubleClick={() => actions.editNoteInPlace(card.note.id)}
              onFocus={() => selected !== card.note.id && actions.selectNote(card.note.id)}
              onKeyDown={onKeyDown(card)}
            >
              <title>{card.note.text || 'Empty note'}</title>
              <NoteCardShape card={card} selected={selected === card.note.id} />
            </g>
          ))}
        </g>
      </svg>
      {editedCard && <NoteInPlaceEditor card={editedCard} layout={layout} />}
    </>
  );
});
