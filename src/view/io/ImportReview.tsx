import { useActions, useApp } from '../../store/useStore';
import { useLibrary } from '../LibraryContext';
import { ConfirmDialog } from '../ConfirmDialog';

/** Listed problems are capped so a file of 10,000 bad rows still gives a readable dialog. */
const maxListed = 50;

/** A file with some bad items: which, and why; then import the rest or nothing. */
export function ImportReview() {
  const actions = useActions();
  const library = useLibrary();
  const pending = useApp((s) => s.session.pendingImport);
  if (!pending) return null;
  const good = pending.board.items.length;
  const bad = pending.problems.length;
  return (
    <ConfirmDialog
      title={`${bad} ${bad === 1 ? 'item' : 'items'} in “${pending.source}” cannot be imported`}
      onCancel={() => actions.setPendingImport(null)}
      actions={[
        {
          label: `Import the other ${good}`,
          onClick: () => {
            actions.setPendingImport(null);
            void library.importBoard(pending.board, pending.changes);
          },
        },
        {
          label: 'Import nothing',
          onClick: () => {
            actions.setPendingImport(null);
            actions.notify('Nothing was imported.');
          },
        },
      ]}
    >
      <ul className="problem-list">
        {pending.problems.slice(0, maxListed).map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
        {bad > maxListed && <li>…and {bad - maxListed} more.</li>}
      </ul>
      <p>The other {good} {good === 1 ? 'item' : 'items'} can open as a new board; your current board stays as it is.</p>
    </ConfirmDialog>
  );
}
