import { useEffect, useRef } from 'react';
import { limits } from '../../model/rules';
import { useActions } from '../../store/useStore';
import { CommitInput } from '../CommitInput';
import type { MapLayout } from '../map/mapLayout';
import type { NoteCard } from './noteCards';

/**
 * A note's text, typed on the map where the note is: kept on leaving the field (one undo
 * step), Escape goes back; what is typed survives a reload as a draft. Text the rule book
 * refuses (over 500 characters) keeps the editor open with it, and the notice says why.
 */
export function NoteInPlaceEditor({ card, layout }: { card: NoteCard; layout: MapLayout }) {
  const actions = useActions();
  const box = useRef<HTMLDivElement>(null);
  /** The last commit was refused: leaving keeps the editor, with the text as typed. */
  const refused = useRef(false);
  useEffect(() => {
    const field = box.current?.querySelector('textarea');
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  }, [card.note.id]);
  return (
    <div
      ref={box}
      className="note-editor"
      style={{ left: layout.margin + card.x, top: layout.margin + card.y, width: Math.max(card.width, 180), fontSize: card.font }}
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        if (refused.current) {
          refused.current = false;
          const field = event.currentTarget.querySelector('textarea');
          requestAnimationFrame(() => field?.focus());
          return;
        }
        actions.editNoteInPlace(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') actions.editNoteInPlace(null);
        // Ctrl or Cmd + Enter keeps the text and closes the note, as Enter closes a one-line field.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) (event.target as HTMLElement).blur();
      }}
    >
      <CommitInput label="Note text" id="note-in-place" multiline draft={`${card.note.id}.text`} limit={limits.noteText} value={card.note.text} onCommit={(text) => {
          const kept = actions.editNote(card.note.id, text);
          refused.current = !kept;
          return kept;
        }} />
      <small className="note-editor-hint">Ctrl+Enter or click away keeps it · Escape goes back</small>
    </div>
  );
}
