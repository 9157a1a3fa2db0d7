import { FileButton } from './FileButton';
import { useOpenSurvey } from './useOpenSurvey';

/** Import survey ratings (.csv, .tsv) onto the open board: items placed at their means, with their uncertainty. */
export function SurveyButton() {
  const openSurvey = useOpenSurvey();
  return (
    <FileButton
      label="Import survey"
      title="Import survey ratings (.csv, .tsv) onto this board"
      inputLabel="Import survey file"
      accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
      onFile={(file) => void openSurvey(file)}
    />
  );
}
