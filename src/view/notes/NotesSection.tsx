import { useActions, useApp } from '../../store/useStore';

/** The board's notes in the Items panel, found by the same search as the items. */
export function NotesSection({ query }: { query: string }) {
  const actions = useActions();
  const notes = useApp((s) => s.doc.board.notes);
  const selected = useApp((s) => s.session.selectedNote);
  const q = query.trim().toLowerCase();
  const shown = q ? notes.filter((note) => note.text.toLowerCase().includes(q) || note.author.toLowerCase().includes(q)) : notes;
  if (notes.length === 0) return null;
  return (
    <section className="notes-list" aria-label="Notes">
      <h3>Notes <small>({shown.length === notes.length ? notes.length : `${shown.length} of ${notes.length}`})</small></h3>
      <ul>
        {shown.map((note) => (
          <li key={note.id}>
            <button type="button" aria-pressed={note.id === selected} onClick={() => actions.selectNote(note.id)}>
              <span className="list-label">{note.text.trim() || 'Empty note'}</span>
              {note.author && <span className="list-kind">{note.author}</span>}
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="list-empty">No note matches.</p>}
    </section>
  );
}
