import { useRef, useState } from 'react';
import type { BoardSummary } from '../../persistence/boardRepository';
import { useActions, useApp } from '../../store/useStore';
import { maxCollectionBytes, readBoardsCollection, toCollection } from '../../io/boardsCollection';
import { formatBytes } from '../../io/importedBoard';
import { summarise } from '../../io/summarise';
import { download } from '../io/download';
import { useLibrary } from '../LibraryContext';
import { Popover } from '../Popover';
import { ConfirmDialog } from '../ConfirmDialog';
import { describeAge } from './describeAge';
import { useLive } from '../live/LiveContext';
import { sharedBoards, type SharedBoardEntry } from '../../persistence/sharedBoards';
import { roomUrl } from '../../collab/protocol';
import { isSampleBoard } from '../../model/sampleBoard';
import { actorOf, mayAct } from '../../model/rights';

/** The board list: new (blank or sample), rename, duplicate, delete (confirmed), switching; all boards out to one file and back. */
export function BoardsMenu() {
  const library = useLibrary();
  const actions = useActions();
  const current = useApp((s) => s.doc.board);
  const live = useLive();
  const room = useApp((s) => s.live?.room ?? null);
  // A board of this browser only is its owner's: they may delete it.
  const mayDelete = useApp((s) => mayAct(s.live ? actorOf(s.live.role) : 'facilitator', 'deleteRoom'));
  const [boards, setBoards] = useState<readonly BoardSummary[] | null>(null);
  const [shared, setShared] = useState<readonly SharedBoardEntry[]>([]);
  const [confirming, setConfirming] = useState(false);
  const stored = useApp((s) => (s.live ? s.live.stored === true : true));
  const [leaving, setLeaving] = useState(false);
  const [resetting, setResetting] = useState(false);
  const refresh = () => {
    setShared(sharedBoards.list());
    void library.list().then(setBoards, () => setBoards([]));
  };
  const others = (boards ?? []).filter((board) => room !== null || board.id !== current.id);
  const fileInput = useRef<HTMLInputElement>(null);
  const exportAll = async () => {
    try {
      const all = await library.allBoards();
      download(`${JSON.stringify(toCollection(all, new Date().toISOString()))}\n`, 'pa-map-all-boards.json', 'application/json');
      actions.notify(`Exported ${all.length} ${all.length === 1 ? 'board' : 'boards'} to pa-map-all-boards.json.`);
    } catch (error) {
      actions.notify(`Export all boards failed: ${error instanceof Error ? error.message : String(error)}.`, 'error');
    }
  };
  const importAll = async (file: File) => {
    if (file.size > maxCollectionBytes) {
      actions.notify(`“${file.name}” is ${formatBytes(file.size)}; files of boards over ${formatBytes(maxCollectionBytes)} are not imported. Nothing changed.`, 'error');
      return;
    }
    const read = readBoardsCollection(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      actions.notify(`“${file.name}” was not imported: ${summarise(read.reasons, 5)}. Nothing changed.`, 'error');
      return;
    }
    await library.addBoards(read.boards);
    const added = `Added ${read.boards.length} ${read.boards.length === 1 ? 'board' : 'boards'} from “${file.name}” as new boards: open them under Boards.`;
    actions.notify(read.problems.length > 0 ? `${added} Left out: ${summarise(read.problems, 5)}.` : added, read.problems.length > 0 ? 'error' : 'info');
  };

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
              {!live && isSampleBoard(current) && <button type="button" onClick={() => { close(); setResetting(true); }}>Reset the sample</button>}
              {mayDelete && <button type="button" className="danger" onClick={() => { close(); setConfirming(true); }}>{live ? 'Delete for everyone' : 'Delete board'}</button>}
              {live && <button type="button" onClick={() => { close(); if (stored) void live.leave(); else setLeaving(true); }}>Leave board</button>}
            </div>
            {shared.length > 0 && (
              <>
                <h2 className="popover-heading">Shared boards</h2>
                <ul className="board-list" aria-label="Shared boards">
                  {shared.map((entry) => (
                    <li key={entry.room}>
                      <button type="button" aria-current={entry.room === room || undefined} onClick={() => { close(); if (entry.room !== room) location.assign(roomUrl(location.origin, entry)); }}>
                        <span className="board-name">{entry.room === room ? current.title : entry.title}</span>
                        <span className="board-meta">{entry.role === 'facilitator' ? 'shared, you facilitate' : entry.role === 'edit' ? 'shared' : 'shared, view only'}{entry.room === room ? ' · open now' : ` · opened ${describeAge(entry.openedAt, Date.now())}`}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h2 className="popover-heading">Stored in this browser</h2>
            <p className="popover-note">Boards live in this browser at this address only. Export all boards to keep a copy or to move them to another browser.</p>
            <div className="popover-actions">
              <button type="button" onClick={() => { close(); void exportAll(); }}>Export all boards</button>
              <button type="button" onClick={() => { close(); fileInput.current?.click(); }}>Import all boards file</button>
            </div>
            <h2 className="popover-heading">Open a board</h2>
            <ul className="board-list" aria-label="Boards">
              {!live && (
                <li>
                  <button type="button" aria-current="true" onClick={close}>
                    <span className="board-name">{current.title}</span>
                    <span className="board-meta">{current.items.length} items · open now</span>
                  </button>
                </li>
              )}
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
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Import all boards file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importAll(file);
        }}
      />
      {resetting && (
        <ConfirmDialog
          title="Reset the sample?"
          onCancel={() => setResetting(false)}
          actions={[
            { label: 'Keep my changes', onClick: () => setResetting(false) },
            { label: 'Reset the sample', danger: true, onClick: () => { setResetting(false); void library.resetSample(); } },
          ]}
        >
          <p>The sample goes back to how it came, and your changes to it are gone. To keep them, choose Duplicate board first.</p>
        </ConfirmDialog>
      )}
      {leaving && live && (
        <ConfirmDialog
          title={`Leave “${current.title}” with changes not saved on the server?`}
          onCancel={() => setLeaving(false)}
          actions={[
            { label: 'Stay', onClick: () => setLeaving(false) },
            { label: 'Leave anyway', danger: true, onClick: () => { setLeaving(false); void live.leave(); } },
          ]}
        >
          <p>Some of your changes have not reached the server yet (the status says when they have). Leaving removes this device’s copy, and those changes with it; the others keep the board.</p>
        </ConfirmDialog>
      )}
      {confirming && live && (
        <ConfirmDialog
          title={`Delete “${current.title}” for everyone?`}
          onCancel={() => setConfirming(false)}
          actions={[
            { label: 'Keep it', onClick: () => setConfirming(false) },
            { label: 'Delete for everyone', danger: true, onClick: () => { setConfirming(false); void live.deleteForEveryone(); } },
          ]}
        >
          <p>The board and its {current.items.length} items are removed from the server: its links stop working for everyone, and no device can open it again. This cannot be undone; export it or duplicate it first to keep a copy.</p>
        </ConfirmDialog>
      )}
      {confirming && !live && (
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
