import { FileButton } from './FileButton';
import { useImportFile } from './useImportFile';

/** Import a board (.json) or a table of items (.csv, .tsv) as a new board. */
export function ImportButton() {
  const importFile = useImportFile();
  return (
    <FileButton
      label="Import"
      title="Import a board (.json) or items (.csv, .tsv) as a new board"
      inputLabel="Import file"
      accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
      onFile={(file) => void importFile(file)}
    />
  );
}
