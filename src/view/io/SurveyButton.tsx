import { useRef } from 'react';
import { useOpenSurvey } from './useOpenSurvey';

/** Import survey ratings (.csv, .tsv) onto the open board: items placed at their means, with their uncertainty. */
export function SurveyButton() {
  const input = useRef<HTMLInputElement>(null);
  const openSurvey = useOpenSurvey();
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Import survey ratings (.csv, .tsv) onto this board">
        Import survey
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label="Import survey file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void openSurvey(file);
        }}
      />
    </>
  );
}
