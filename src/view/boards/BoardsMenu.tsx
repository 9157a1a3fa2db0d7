import { useState } from 'react';
import type { BoardSummary } from '../../persistence/boardRepository';
import { useApp } from '../../store/useStore';
import { useLibrary } from '../LibraryContext';
import { Popover } from '../Popover';
import { ConfirmDialog } from '../ConfirmDialog';
import { describeAge } from './describeAge';

/** The board list: new (blank or sample), rename, duplicate, delete (confirmed), and switching. */
export function BoardsMenu() {
  const library = useLibrary();
  const current = useApp((s) => s.doc.board);
  const [boards, setBoards] = useState<readonly BoardSummary[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => void library.list().then(setBoards, () => setBoards([]));
  const others = (boards ?? []).filter((board) => board.id !== current.id);

  return (
    <>
      <Popover label="Boards" onOpen={refresh} className="boards-menu">
        {(close) => (
          <>
            <div className="popover-actions">
              <button type="button" onClick={() => { close(); void library.create('blank'); }}>New board</button>
              <button type="button" onClick={() => { close(); void library.create('sample'); }}>New board from sample</button>
              <button
                type="button"
                onClick={() => {
                  close();
                  const field = document.getElementById('board-title') as HTMLInputElement | null;
                  field?.focus();
                  field?.select();
                }}
              >
                Rename board
              </button>
              <button type="button" onClick={() => { close(); void library.duplicate(); }}>Duplicate board</button>
              <button type="button" className="danger" onClick={() => { close(); setConfirming(true); }}>Delete board</button>
            </div>
            <h3 className="popover-heading">Open a board</h3>
            <ul className="board-list" aria-label="Boards">
              <li>
                <button type="button" aria-current="true" onClick={close}>
                  <span className="board-name">{current.title}</span>
                  <span className="board-meta">{current.items.length} items · open now</span>
                </button>
              </li>
              {others.map((board) => (
                <li key={board.id}>
                  <button type="button" onClick={() => { close(); void library.open(board.id); }}>
                    <span className="board-name">{board.title}</span>
                    <span className="board-meta">{board.items} items · {describeAge(board.updatedAt, Date.now())}</span>
                  </button>
                </li>
              ))}
              {boards === null && <li className="board-meta">Loading…</li>}
            </ul>
          </>
        )}
      </Popover>
      {confirming && (
        <ConfirmDialog
          title={`Delete “${current.title}”?`}
          onCancel={() => setConfirming(false)}
          actions={[
            { label: 'Keep it', onClick: () => setConfirming(false) },
            { label: 'Delete board', danger: true, onClick: () => { setConfirming(false); void library.remove(current.id); } },
          ]}
        >
          <p>The board and its {current.items.length} items are removed from this browser. This cannot be undone; export it first to keep a copy.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
