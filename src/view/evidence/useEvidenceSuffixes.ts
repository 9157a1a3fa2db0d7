import { useMemo } from 'react';
import type { Item } from '../../model/types';
import { useApp } from '../../store/useStore';
import { useEvidenceParts } from './useEvidenceParts';

/** What each evidence-backed item's label adds while uncertainty shows: "n = 212" (flagged "few" under 30). */
export function useEvidenceSuffixes(items: readonly Item[]): ReadonlyMap<string, string> | undefined {
  const evidence = useApp((s) => s.doc.board.evidence);
  const evidenceView = useApp((s) => s.doc.board.evidenceView);
  const shown = useApp((s) => s.doc.board.display.showUncertainty);
  const parts = useEvidenceParts(shown && evidence.length > 0);
  return useMemo(() => {
    if (!parts) return undefined;
    return new Map(parts.evidenceMarks({ evidence, evidenceView }, items).map((mark) => [mark.itemId, parts.describeN(mark)]));
  }, [parts, evidence, evidenceView, items]);
}
