import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { cleanText } from '../model/cleanText';
import { useApp } from '../store/useStore';
import { clearDraft, readDraft, saveDraft } from '../persistence/drafts';

interface Props {
  readonly label: string;
  readonly value: string;
  /** Returns false when the value was refused; the field keeps what was typed (Escape restores). */
  readonly onCommit: (value: string) => boolean | void;
  /** The rule book's length limit: over it the field says so (never a silent `maxLength` cut). */
  readonly limit?: number;
  readonly className?: string;
  readonly id?: string;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'number';
  readonly step?: number;
  readonly min?: number;
  readonly max?: number;
  /**
   * The field's name within its board ("item:abc.notes", "title"): what is typed is kept as a
   * draft within half a second and when the page is hidden, and offered again after a reload.
   */
  readonly draft?: string;
}

/** How long typing pauses before the draft is written, ms. */
const draftDelay = 300;

/**
 * A field that edits a draft and commits on Enter or blur (one undo step per edit, not per
 * keystroke); Escape restores the saved value.
 */
export function CommitInput({ label, value, onCommit, className, id, multiline, type = 'text', step, min, max, limit, draft: draftField }: Props) {
  const [draft, setDraft] = useState(value);
  const [removed, setRemoved] = useState(0);
  const boardId = useApp((s) => s.doc.board.id);
  const [restored, setRestored] = useState(false);
  const typed = useRef({ draft, value });
  /** Escape pressed: the blur it causes commits nothing (the typed text is what Escape takes back). */
  const cancelled = useRef(false);
  typed.current = { draft, value };
  // A draft kept from before a reload or a closed tab comes back into the field, uncommitted.
  useEffect(() => {
    if (!draftField) return;
    const kept = readDraft(boardId, draftField);
    if (!kept || kept.text === typed.current.value) return;
    setDraft(kept.text);
    setRestored(true);
  }, [boardId, draftField]);
  // Typing is kept within half a second, and at once when the page is hidden or left.
  useEffect(() => {
    if (!draftField) return;
    const keep = () => {
      const { draft: text, value: base } = typed.current;
      if (text !== base) saveDraft(boardId, draftField, text, base);
    };
    const timer = setTimeout(keep, draftDelay);
    window.addEventListener('pagehide', keep);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', keep);
    };
  }, [boardId, draftField, draft]);
  const forget = () => {
    setRestored(false);
    if (draftField) clearDraft(boardId, draftField);
  };
  // A value changed elsewhere (another tab, an undo) replaces the draft only while nothing is
  // typed in it: text being typed is kept, and committed over the new value on Enter or blur.
  const shown = useRef(value);
  useEffect(() => {
    const before = shown.current;
    shown.current = value;
    setDraft((current) => (current === before ? value : current));
  }, [value]);
  const commit = () => {
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (draft === value) {
      if (restored) forget();
      return;
    }
    // Text fields (those with a limit) drop the characters the rule book never keeps, and say so.
    const clean = limit === undefined ? { text: draft, removed: 0 } : cleanText(draft, multiline ? 'text' : 'label');
    setRemoved(clean.removed);
    if (onCommit(clean.text) === false) return;
    forget();
    if (clean.removed > 0) setDraft(clean.text);
    // Committed: the value as the board keeps it (trimmed, normalised) replaces the draft when it arrives.
    shown.current = clean.text;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      cancelled.current = true;
      setDraft(value);
      setRemoved(0);
      forget();
      (event.target as HTMLElement).blur();
      cancelled.current = false;
    } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      if (multiline) return;
      commit();
    }
  };
  const over = limit !== undefined && draft.length > limit;
  const hintId = id ? `${id}-limit` : undefined;
  const shared = {
    'aria-label': label,
    'aria-invalid': over || undefined,
    'aria-describedby': over ? hintId : undefined,
    className,
    id,
    value: draft,
    onBlur: commit,
    onKeyDown,
  };
  const field = multiline ? (
    <textarea {...shared} rows={4} onChange={(event) => setDraft(event.target.value)} />
  ) : (
    <input {...shared} type={type} step={step} min={min} max={max} onChange={(event) => setDraft(event.target.value)} />
  );
  const back = restored && draft !== value;
  if (!over && removed === 0 && !back) return field;
  return (
    <>
      {field}
      <small className="field-limit" id={hintId} role="status">
        {over
          ? `${draft.length.toLocaleString('en')} characters; at most ${limit.toLocaleString('en')} fit. Shorten it to save (Escape restores).`
          : removed > 0
            ? `${removed} control ${removed === 1 ? 'character was' : 'characters were'} removed.`
            : 'Restored what you were typing. Enter keeps it; Escape goes back.'}
      </small>
    </>
  );
}
