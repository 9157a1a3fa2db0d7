import { useApp } from '../../store/useStore';
import { layerShown } from '../../store/layerShown';
import { isConcept } from '../../model/concept';
import { legendEntries } from './legendEntries';
import { LegendIcon } from './LegendIcon';

/** What the shapes on the map mean: only the layers the current step shows. */
export function RailLegend() {
  const products = useApp((s) => layerShown(s, 'products'));
  const personas = useApp((s) => layerShown(s, 'personas'));
  const zones = useApp((s) => layerShown(s, 'zones'));
  const whiteSpace = useApp((s) => layerShown(s, 'whiteSpace'));
  const concepts = useApp((s) => s.doc.board.items.some(isConcept));
  const notes = useApp((s) => s.doc.board.display.showNotes && s.doc.board.notes.length > 0);
  return (
    <ul className="rail-legend" aria-label="Legend">
      {legendEntries({ products, personas, zones, whiteSpace, concepts, notes }).map((entry) => (
        <li key={entry.kind}>
          <svg viewBox="-12 -12 24 24" aria-hidden="true"><LegendIcon kind={entry.kind} /></svg>
          <span>{entry.text}</span>
        </li>
      ))}
    </ul>
  );
}
