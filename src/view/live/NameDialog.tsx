import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { nameLimit } from '../../store/liveState';
import { useLive } from './LiveContext';
import { useApp } from '../../store/useStore';

/** Asks once for the name others in the room see (remembered in this browser). */
export function NameDialog() {
  const live = useLive();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [name, setName] = useState('');
  // The projector (the view-only link) is nobody in the room: it is never asked.
  const projector = useApp((s) => s.live?.projector ?? false);
  const asking = !!live && live.name === null && !projector;
  useEffect(() => {
    const dialog = ref.current;
    if (asking && dialog && !dialog.open) dialog.showModal();
  }, [asking]);
  if (!asking) return null;
  const join = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) live.setName(name.trim().slice(0, nameLimit));
  };
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId} onCancel={(event) => event.preventDefault()}>
      <form onSubmit={join}>
        <h2 id={titleId}>Your name on this board</h2>
        <div className="confirm-body">
          <p>Others here see it beside your changes and while you move an item. This browser remembers it.</p>
          <label>
            Name <input type="text" autoFocus required maxLength={nameLimit} value={name} onChange={(event) => setName(event.target.value)} />
          </label>
        </div>
        <div className="confirm-actions">
          <button type="submit" className="primary" disabled={!name.trim()}>Join</button>
        </div>
      </form>
    </dialog>
  );
}
