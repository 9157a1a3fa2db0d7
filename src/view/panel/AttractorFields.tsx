import type { Item } from '../../model/types';
import { limits } from '../../model/rules';
import { isConcept } from '../../model/concept';
import { CommitInput } from '../CommitInput';
import type { ConceptValidation } from '../zones/validateConcepts';

interface Props {
  readonly item: Item;
  readonly validation: ConceptValidation | null;
  /** Returns false when the rule book refused the change. */
  readonly onChange: (attractors: readonly string[]) => boolean;
}

/**
 * Key attractors in the editor: a persona group's as words separated by commas ("ritual,
 * craft"); a concept ticks which of its zone's it claims. Products have none.
 */
export function AttractorFields({ item, validation, onChange }: Props) {
  if (item.kind === 'persona') {
    return (
      <label>
        <span>Key attractors <small>(what draws this group; commas between)</small></span>
        <CommitInput label="Key attractors" id="item-attractors" draft={`${item.id}.attractors`} limit={limits.attractors * (limits.attractor + 2)} value={item.attractors.join(', ')}
          onCommit={(text) => onChange(text.split(',').map((word) => word.trim()))} />
      </label>
    );
  }
  if (!isConcept(item)) return null;
  const card = validation?.cards.find((candidate) => candidate.id === item.id);
  if (!card) return null;
  if (card.attractors.length === 0) {
    return <p className="hint">{card.zone ? `The groups of zone ${card.zone.rank} name no key attractors yet: add them in their editor.` : 'Outside every zone: no key attractors to claim.'}</p>;
  }
  const claims = new Set(item.attractors.map((word) => word.toLowerCase()));
  const toggle = (word: string, on: boolean) => onChange(on ? [...item.attractors, word] : item.attractors.filter((claim) => claim.toLowerCase() !== word.toLowerCase()));
  return (
    <fieldset className="attractor-claims">
      <legend>Key attractors of zone {card.zone!.rank} it claims</legend>
      {card.attractors.map((word) => (
        <label key={word} className="attractor-claim">
          <input type="checkbox" checked={claims.has(word.toLowerCase())} onChange={(event) => toggle(word, event.target.checked)} />
          {word}
        </label>
      ))}
    </fieldset>
  );
}
