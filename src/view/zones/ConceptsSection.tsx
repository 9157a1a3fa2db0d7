import { useMemo } from 'react';
import { useActions, useApp } from '../../store/useStore';
import { isConcept } from '../../model/concept';
import { useConceptValidation } from './useConceptValidation';
import { ConceptCards } from './ConceptCards';
import { describeChange } from './describeChange';

/**
 * P/A validating in the Zones tab: the concepts (products to be) checked against the market
 * as it is, what all of them together would change, and whether the zones count them.
 */
export function ConceptsSection() {
  const actions = useActions();
  const items = useApp((s) => s.doc.board.items);
  const count = useApp((s) => s.doc.board.display.countConcepts);
  const concepts = useMemo(() => items.filter((item) => isConcept(item) && item.position).length, [items]);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const validation = useConceptValidation();
  if (concepts === 0) return null;
  const together = validation ? describeChange(validation.market, validation.withAll, byId) : null;
  return (
    <section aria-labelledby="concepts-heading" className="concepts-section">
      <h2 id="concepts-heading">Concepts: validating</h2>
      <p className="hint">
        Concepts are products to be. {count ? 'The zones above count them as products' : 'The zones above show the market as it is, without them'}; each card says what its concept would change on the market as it is. The choice is saved with the board.
      </p>
      <label className="count-concepts">
        <input type="checkbox" checked={count} onChange={(event) => actions.dispatch({ type: 'setDisplay', changes: { countConcepts: event.target.checked } })} />
        Count concepts as products in the zones
      </label>
      {together && (
        <p className="concepts-together">
          With {concepts === 1 ? 'the concept' : `all ${concepts} concepts`}: {together}
        </p>
      )}
      {!validation && <p className="hint">Checking the concepts…</p>}
      <ConceptCards validation={validation} />
    </section>
  );
}
