import { useApp } from '../store/useStore';
import { lazy } from 'react';
import { LiveOnly } from './live/LiveOnly';
import { boardFileText } from '../schema/parseDocument';
import { fileNameFor } from '../io/importedBoard';
import { download } from './io/download';

const LiveStatus = lazy(() => import('./live/LiveStatus').then((module) => ({ default: module.LiveStatus })));

const text = { saved: 'Saved', saving: 'Saving…', unsaved: 'Not saved yet' } as const;

/** Says "Saved" only once the board is on disk; while it cannot be saved, offers the board as a file. */
export function SaveStatus() {
  const save = useApp((s) => s.session.save);
  const board = useApp((s) => s.doc.board);
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
      {save.kind === 'error' && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => download(boardFileText(board), fileNameFor(board.title, 'pa-map.json'), 'application/json')}>
            Download the board
          </button>
        </>
      )}
    </div>
  );
}
