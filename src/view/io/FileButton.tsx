import { useRef } from 'react';

/** A button that opens the file chooser (a hidden input named `inputLabel`), and hands over the file picked. */
export function FileButton({ label, title, accept, inputLabel, onFile }: { label: string; title: string; accept: string; inputLabel: string; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={title}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={inputLabel}
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
