import { useMemo } from 'react';
import type { Item } from '../../model/types';
import { useApp } from '../../store/useStore';
import { describeN, evidenceMarks } from '../../evidence/evidenceMarks';

/** What each evidence-backed item's label adds while uncertainty shows: "n = 212" (flagged "few" under 30). */
export function useEvidenceSuffixes(items: readonly Item[]): ReadonlyMap<string, string> | undefined {
  const evidence = useApp((s) => s.doc.board.evidence);
  const evidenceView = useApp((s) => s.doc.board.evidenceView);
  const shown = useApp((s) => s.doc.board.display.showUncertainty);
  return useMemo(() => {
    if (!shown || evidence.length === 0) return undefined;
    return new Map(evidenceMarks({ evidence, evidenceView }, items).map((mark) => [mark.itemId, describeN(mark)]));
  }, [shown, evidence, evidenceView, items]);
}
