import { useApp } from '../store/useStore';
import { LiveStatus } from './live/LiveStatus';

const text = { saved: 'Saved', saving: 'Saving…', unsaved: 'Not saved yet' } as const;

/** Says "Saved" only once the board is on disk. */
export function SaveStatus() {
  const save = useApp((s) => s.session.save);
  const shared = useApp((s) => s.live !== undefined);
  if (shared) return <LiveStatus />;
  return (
    <div role="status" className={`save-status save-${save.kind}`}>
      {save.kind === 'error' ? save.message : text[save.kind]}
    </div>
  );
}
