import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  readonly label: string;
  /** The panel; `close` hands focus back to the button. */
  readonly children: (close: () => void) => ReactNode;
  readonly onOpen?: () => void;
  readonly className?: string;
}

/**
 * A toolbar button that shows a panel of actions below it (a disclosure): Escape or a
 * click elsewhere closes it and focus goes back to the button.
 */
export function Popover({ label, children, onOpen, className }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('keydown', onKey, { capture: true });
    // The first action takes focus, so the keyboard can go straight on.
    root.current?.querySelector<HTMLElement>('.popover-panel button, .popover-panel input')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [open]);

  return (
    <div className={`popover ${className ?? ''}`} ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="popover-panel" id={id} role="group" aria-label={label}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
