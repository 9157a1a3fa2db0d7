import { useActions, useApp } from '../../store/useStore';
import { limits } from '../../model/rules';
import { attachPoints, noteAnchor } from '../../model/noteAnchor';
import { CommitInput } from '../CommitInput';

/** The picked note in the panel: its text, what it is attached to (it moves with it), delete. */
export function NoteEditor({ id }: { id: string }) {
  const actions = useActions();
  const board = useApp((s) => s.doc.board);
  const note = board.notes.find((candidate) => candidate.id === id);
  if (!note) return <p className="editor-empty">This note is gone (deleted, or undone).</p>;
  const points = attachPoints(board);
  const attach = (targetId: string) => {
    const at = noteAnchor(note, points);
    const position = targetId ? points.get(targetId) : undefined;
    actions.placeNote(note.id, at, targetId && position ? { id: targetId, position } : null);
  };
  const placed = board.items.filter((item) => item.position);
  return (
    <form className="item-editor note-form" aria-label="Edit note" onSubmit={(event) => event.preventDefault()}>
      <h2>Note{note.author ? <small> by {note.author}</small> : null}</h2>
      <label
        onKeyDown={(event) => {
          // Ctrl or Cmd + Enter keeps the text, as on the map.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) (event.target as HTMLElement).blur();
        }}
      >
        <span>Text <small>(up to {limits.noteText} characters)</small></span>
        <CommitInput label="Text of the note" id="note-text" multiline draft={`${note.id}.text`} limit={limits.noteText} value={note.text} onCommit={(text) => actions.editNote(note.id, text)} />
      </label>
      <label>
        <span>Attached to <small>(it moves with it)</small></span>
        <select value={note.attachedTo && points.has(note.attachedTo) ? note.attachedTo : ''} onChange={(event) => attach(event.target.value)}>
          <option value="">Nothing: it stays where it is</option>
          {placed.length > 0 && (
            <optgroup label="Items">
              {placed.map((item) => <option key={item.id} value={item.id}>{item.label}</option>)}
            </optgroup>
          )}
          {board.pinnedZones.length > 0 && (
            <optgroup label="Pinned zones">
              {board.pinnedZones.map((zone) => <option key={zone.id} value={zone.id}>{`Pinned zone: ${zone.label}`}</option>)}
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" onClick={() => actions.editNoteInPlace(note.id)}>Edit on the map</button>{' '}
      <button type="button" className="danger" onClick={() => actions.deleteNote(note.id)}>Delete note</button>
    </form>
  );
}
