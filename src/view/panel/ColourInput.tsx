import { useEffect, useRef, useState } from 'react';

interface Props {
  readonly value: string;
  readonly onCommit: (colour: string) => void;
}

/**
 * The native colour picker, committed once per pick: its `input` events (one per move in the
 * picker) only change the draft it shows; its `change` event (the pick) makes one command,
 * so one undo step and one save.
 */
export function ColourInput({ value, onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const commit = useRef(onCommit);
  commit.current = onCommit;

  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    const element = input.current!;
    // React's onChange is the DOM's `input`; the pick is the DOM's own `change`.
    const onPick = () => commit.current(element.value);
    element.addEventListener('change', onPick);
    return () => element.removeEventListener('change', onPick);
  }, []);

  return <input ref={input} type="color" aria-label="Colour" value={draft} onChange={(event) => setDraft(event.target.value)} />;
}
