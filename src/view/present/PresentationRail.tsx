import { useApp } from '../../store/useStore';
import { StepIndicator } from './StepIndicator';
import { RailLegend } from './RailLegend';
import { RailZones } from './RailZones';
import { layerShown } from '../../store/layerShown';
import './presentation.css';

/**
 * Presentation's side of the screen, beside the square map (below it on a portrait or narrow
 * screen): the board's title, where the story is, what the shapes mean and the ranked zones,
 * all large enough to read from the back of the room.
 */
export function PresentationRail({ onExit }: { onExit: () => void }) {
  const title = useApp((s) => s.doc.board.title);
  const zones = useApp((s) => layerShown(s, 'zones'));
  return (
    <aside className="presentation-rail" aria-label="About this map">
      <div className="rail-top">
        <StepIndicator />
        <button type="button" className="exit-presentation" onClick={onExit}>Exit presentation</button>
      </div>
      <h1 className="rail-title">{title}</h1>
      <RailLegend />
      {zones && <RailZones />}
    </aside>
  );
}
