import { useEffect, useState, type KeyboardEvent } from 'react';

interface Props {
  readonly label: string;
  readonly value: string;
  /** Returns false when the value was refused; the field then shows the old value again. */
  readonly onCommit: (value: string) => boolean | void;
  readonly className?: string;
  readonly id?: string;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'number';
  readonly step?: number;
  readonly min?: number;
  readonly max?: number;
}

/**
 * A field that edits a draft and commits on Enter or blur (one undo step per edit, not per
 * keystroke); Escape restores the saved value.
 */
export function CommitInput({ label, value, onCommit, className, id, multiline, type = 'text', step, min, max }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft === value) return;
    if (onCommit(draft) === false) setDraft(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      setDraft(value);
      (event.target as HTMLElement).blur();
    } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      if (multiline) return;
      commit();
    }
  };
  const shared = {
    'aria-label': label,
    className,
    id,
    value: draft,
    onBlur: commit,
    onKeyDown,
  };
  return multiline ? (
    <textarea {...shared} rows={4} onChange={(event) => setDraft(event.target.value)} />
  ) : (
    <input {...shared} type={type} step={step} min={min} max={max} onChange={(event) => setDraft(event.target.value)} />
  );
}
