import { useActions, useApp } from '../store/useStore';
import { CommitInput } from './CommitInput';
import { limits } from '../model/rules';

/** The board name, edited in place; one undo step per edit. */
export function EditableTitle() {
  const actions = useActions();
  const title = useApp((s) => s.doc.board.title);
  return (
    <CommitInput
      className="board-title"
      id="board-title"
      label="Board name"
      draft="title"
      limit={limits.label}
      value={title}
      onCommit={(value) => actions.dispatch({ type: 'setTitle', title: value })}
    />
  );
}
