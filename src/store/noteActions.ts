import type { Command } from '../model/commands';
import type { MapPoint } from '../model/types';
import { mapPoint } from '../model/mapPoint';
import { notePlacement } from '../model/noteAnchor';
import type { IdSource } from '../model/ids';
import type { AppState, Session } from './appState';
import type { Store } from './createStore';

interface Needs {
  readonly store: Store<AppState>;
  readonly setSession: (update: (session: Session) => Partial<Session>) => void;
  readonly dispatch: (command: Command) => boolean;
  readonly newId: IdSource;
  readonly now: () => Date;
}

/** Sticky notes: add, pick, edit in place, move or attach, delete; each one command, one undo step. */
export function noteActions({ store, setSession, dispatch, newId, now }: Needs) {
  const deleteNote = (id: string) => {
    if (dispatch({ type: 'deleteNotes', ids: [id] })) setSession((session) => ({ selectedNote: session.selectedNote === id ? null : session.selectedNote, editingNote: null }));
  };
  return {
    /**
     * "Add note" and N: an empty note by the last click on the map (else near the centre),
     * picked and open for typing. `author`: the writer's name on a shared board.
     */
    addNote: (author = ''): string | null => {
      const { anchor } = store.getState().session;
      const at = anchor ? mapPoint(anchor.x + 0.02, anchor.y + 0.02) : mapPoint(0.42, 0.58);
      const id = newId('note');
      const note = { id, text: '', ...notePlacement(at, null), author: author.slice(0, 40), createdAt: now().toISOString() };
      if (!dispatch({ type: 'addNote', note })) return null;
      setSession(() => ({ selectedNote: id, editingNote: id, selection: [], selectedId: null }));
      return id;
    },
    /** A note's card as it is dragged (null: let go); the drop itself is `placeNote`. */
    setNoteDrag: (noteDrag: Session['noteDrag']) => setSession(() => ({ noteDrag })),
    selectNote: (id: string | null) => setSession((session) => ({ selectedNote: id, editingNote: session.editingNote === id ? id : null, ...(id ? { selection: [], selectedId: null } : {}) })),
    /** Opens (or closes, null) the note's text for typing, on the map. */
    editNoteInPlace: (id: string | null) => setSession(() => (id ? { editingNote: id, selectedNote: id, selection: [], selectedId: null } : { editingNote: null })),
    editNote: (id: string, text: string) => dispatch({ type: 'editNote', id, text }),
    /** A note dropped at `at`: attached to `target` (it then moves with it), or free. */
    placeNote: (id: string, at: MapPoint, target: { id: string; position: MapPoint } | null) => dispatch({ type: 'placeNote', id, ...notePlacement(at, target) }),
    deleteNote,
    /** Delete on a picked note; false when no note is picked (the key goes to the items). */
    deleteSelectedNote: (): boolean => {
      const { selectedNote } = store.getState().session;
      if (!selectedNote) return false;
      deleteNote(selectedNote);
      return true;
    },
  };
}
