import { useMemo } from 'react';
import { attachPoints } from '../../model/noteAnchor';
import { useApp } from '../../store/useStore';
import type { MapLayout } from '../map/mapLayout';
import { noteCards } from './noteCards';
import { NoteCardShape } from './NoteCardShape';

/** The notes as an image shows them (SVG, PNG, the slide): every line, who wrote it, the line to what it is attached to. */
export function StaticNotesLayer({ layout }: { layout: MapLayout }) {
  const board = useApp((s) => s.doc.board);
  const points = useMemo(() => attachPoints(board), [board]);
  const cards = useMemo(() => noteCards(board.notes, points, layout), [board.notes, points, layout]);
  if (!board.display.showNotes || cards.length === 0) return null;
  return (
    <svg className="layer layer-notes" width={layout.side} height={layout.side}>
      <g transform={`translate(${layout.margin},${layout.margin})`}>
        {cards.map((card) => {
          const target = card.note.attachedTo ? points.get(card.note.attachedTo) : undefined;
          return target ? <line key={`link-${card.note.id}`} className="note-link-line" x1={layout.x(target.x)} y1={layout.y(target.y)} x2={card.x} y2={card.y} /> : null;
        })}
        {cards.map((card) => (
          <g key={card.note.id} className="note" transform={`translate(${card.x},${card.y})`}>
            <NoteCardShape card={card} />
          </g>
        ))}
      </g>
    </svg>
  );
}
