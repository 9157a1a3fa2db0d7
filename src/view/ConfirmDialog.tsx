import type { ReactNode } from 'react';
import { useModal } from './useModal';

interface Props {
  readonly title: string;
  readonly children: ReactNode;
  /** The buttons; the first gets focus. */
  readonly actions: readonly { readonly label: string; readonly onClick: () => void; readonly danger?: boolean }[];
  /** Escape, or the dialog closed any other way without a choice. */
  readonly onCancel: () => void;
}

/** A modal question (the native <dialog>: focus stays inside, Escape cancels). */
export function ConfirmDialog({ title, children, actions, onCancel }: Props) {
  const { ref, titleId } = useModal();
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="confirm-body">{children}</div>
      <div className="confirm-actions">
        {actions.map((action, i) => (
          <button key={action.label} type="button" className={action.danger ? 'danger' : i === 0 ? 'primary' : ''} autoFocus={i === 0} onClick={action.onClick}>
            {action.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
