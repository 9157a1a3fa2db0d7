import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../../store/useStore';
import { isConcept } from '../../model/concept';
import type { ConceptValidation } from './validateConcepts';

/**
 * The concepts' validation (see `validateConcepts`), computed off the render on this thread
 * from a module loaded when the board first holds a concept; the last answer stands while a
 * new one is on its way. Null with no placed concept, or when the gap-finder failed.
 */
export function useConceptValidation(): ConceptValidation | null {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const any = useMemo(() => items.some((item) => isConcept(item) && item.position), [items]);
  const [answer, setAnswer] = useState<ConceptValidation | null>(null);
  useEffect(() => {
    if (!any) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void import('./validateConcepts').then(({ validateConcepts }) => {
        if (cancelled) return;
        try {
          setAnswer(validateConcepts(items, settings));
        } catch {
          setAnswer(null);
        }
      });
    }, 60);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [any, items, settings]);
  return any ? answer : null;
}
