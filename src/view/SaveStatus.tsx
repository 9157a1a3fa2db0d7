import { useApp } from '../store/useStore';
import { lazy } from 'react';
import { LiveOnly } from './live/LiveOnly';

const LiveStatus = lazy(() => import('./live/LiveStatus').then((module) => ({ default: module.LiveStatus })));

const text = { saved: 'Saved', saving: 'Saving…', unsaved: 'Not saved yet' } as const;

/** Says "Saved" only once the board is on disk. */
export function SaveStatus() {
  const save = useApp((s) => s.session.save);
  const shared = useApp((s) => s.live !== undefined);
  if (shared) {
    return (
      <LiveOnly>
        <LiveStatus />
      </LiveOnly>
    );
  }
  return (
    <div role="status" className={`save-status save-${save.kind}`}>
      {save.kind === 'error' ? save.message : text[save.kind]}
    </div>
  );
}
