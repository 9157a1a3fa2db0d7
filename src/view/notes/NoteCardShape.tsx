import type { NoteCard } from './noteCards';

/** One note's card: a pale sticky with its lines and who wrote it. Drawn alike on the map and in images. */
export function NoteCardShape({ card, selected = false }: { card: NoteCard; selected?: boolean }) {
  const pad = card.font * 0.55;
  const lineHeight = card.font * 1.25;
  return (
    <>
      <rect className={`note-card${selected ? ' selected' : ''}${card.note.text.trim() === '' ? ' empty' : ''}`} width={card.width} height={card.height} rx={card.font * 0.3} />
      <text className="note-text" fontSize={card.font} x={pad} y={pad + card.font}>
        {card.lines.map((line, i) => (
          <tspan key={i} x={pad} dy={i === 0 ? 0 : lineHeight}>
            {line || ' '}
          </tspan>
        ))}
        {card.byline && (
          <tspan className="note-author" x={pad} dy={lineHeight}>
            {card.byline}
          </tspan>
        )}
      </text>
    </>
  );
}
