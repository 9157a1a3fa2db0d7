import { useEffect } from 'react';
import { useActions, useApp } from '../store/useStore';

/** Another tab saved this board while this one had edits: never overwrite silently. */
export function ConflictBanner({ onResolve }: { onResolve: (choice: 'theirs' | 'mine') => void }) {
  const conflict = useApp((s) => s.session.conflict);
  if (!conflict) return null;
  return (
    <div className="banner banner-conflict" role="alert">
      <strong>This board was changed in another tab.</strong> Your latest changes here are not saved.
      <button type="button" onClick={() => onResolve('theirs')}>Load the other tab’s version</button>
      <button type="button" onClick={() => onResolve('mine')}>Keep mine and overwrite</button>
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
