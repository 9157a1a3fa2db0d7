import { useCallback } from 'react';
import { formatBytes } from '../../io/importedBoard';
import { surveyLimits } from '../../survey/surveyLimits';
import { useActions } from '../../store/useStore';

/** Opens the survey dialog on a file (or pasted text); over 50 MB it is refused unread. */
export function useOpenSurvey(): (file: Blob & { readonly name: string }) => Promise<void> {
  const actions = useActions();
  return useCallback(
    async (file) => {
      if (file.size > surveyLimits.bytes) {
        actions.notify(`“${file.name}” is ${formatBytes(file.size)}; survey files over ${formatBytes(surveyLimits.bytes)} are not imported. Nothing was read or changed.`, 'error');
        return;
      }
      try {
        actions.openSurvey({ name: file.name, bytes: await file.arrayBuffer() });
      } catch (error) {
        actions.notify(`“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Nothing changed.`, 'error');
      }
    },
    [actions],
  );
}
