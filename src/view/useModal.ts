import { useEffect, useId, useRef } from 'react';

/** A native <dialog> shown modal while mounted (focus kept inside, Escape cancels), and the id of its title. */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return { ref, titleId };
}
