import type { ConceptValidation } from './validateConcepts';
import { conceptCardLines } from './conceptCardLines';

/** Validation cards of the concepts, or of the one with `only`'s id. */
export function ConceptCards({ validation, only, headingLevel = 3 }: { validation: ConceptValidation | null; only?: string; headingLevel?: 2 | 3 }) {
  if (!validation) return null;
  const cards = validation.cards.filter((card) => only === undefined || card.id === only);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {cards.map((card) => (
        <section key={card.id} className="concept-card" aria-label={`Validating ${card.label}`}>
          <Heading className="concept-card-title">Validating {card.label}</Heading>
          {conceptCardLines(card).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ))}
    </>
  );
}
