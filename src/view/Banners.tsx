import { useEffect } from 'react';
import { useActions, useApp } from '../store/useStore';
import { useLibrary } from './LibraryContext';

/** "14:32" today, else "3 Mar, 14:32". */
function describeTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'an earlier visit';
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === new Date().toDateString() ? time : `${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}, ${time}`;
}

/** Edits kept when a page went away, made on an older version of this board: the user decides. */
export function RecoveryBanner() {
  const library = useLibrary();
  const recovery = useApp((s) => s.session.recovery);
  const board = useApp((s) => s.doc.board.id);
  if (!recovery) return null;
  return (
    <div className="banner banner-conflict" role="alert">
      <strong>Unsaved changes from {describeTime(recovery.savedAt)}</strong>{' '}
      {recovery.boardId === board ? 'were made on an older version of this board.' : `to “${recovery.board.title}”, a board since deleted in another tab.`}
      <button type="button" onClick={() => void library.restoreRecovery()}>Restore as a copy</button>
      <button type="button" onClick={() => void library.discardRecovery()}>Discard</button>
    </div>
  );
}

/** The open board was deleted in another tab: nothing here is saved until the user chooses. */
export function DeletedBanner() {
  const library = useLibrary();
  const deleted = useApp((s) => s.session.deletedElsewhere);
  if (!deleted) return null;
  return (
    <div className="banner banner-conflict" role="alert">
      <strong>This board was deleted in another tab.</strong> Changes here are not saved.
      <button type="button" onClick={() => void library.keepDeletedAsCopy()}>Keep a copy</button>
      <button type="button" onClick={() => void library.closeDeleted()}>Close it</button>
    </div>
  );
}

/** Another tab saved this board while this one had edits: never overwrite silently. */
export function ConflictBanner({ onResolve }: { onResolve: (choice: 'theirs' | 'mine') => void }) {
  const conflict = useApp((s) => s.session.conflict);
  if (!conflict) return null;
  return (
    <div className="banner banner-conflict" role="alert">
      <strong>This board was changed in another tab.</strong> Your latest changes here are not saved.
      <button type="button" onClick={() => onResolve('theirs')}>Load the other tab’s version</button>
      <button type="button" onClick={() => onResolve('mine')}>Keep mine, merged over theirs</button>
    </div>
  );
}

/** Short feedback: refused edits, undo hints. Errors stay until dismissed; info fades. */
export function Notice() {
  const actions = useActions();
  const notice = useApp((s) => s.session.notice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = setTimeout(actions.dismissNotice, 5000);
    return () => clearTimeout(timer);
  }, [notice, actions]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
      <span>{notice.text}</span>
      <button type="button" aria-label="Dismiss message" onClick={actions.dismissNotice}>×</button>
    </div>
  );
}
