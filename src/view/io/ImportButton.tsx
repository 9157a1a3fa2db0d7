import { useRef } from 'react';
import { useImportFile } from './useImportFile';

/** Import a board (.json) or a table of items (.csv, .tsv) as a new board. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const importFile = useImportFile();
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Import a board (.json) or items (.csv, .tsv) as a new board">
        Import
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label="Import file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
