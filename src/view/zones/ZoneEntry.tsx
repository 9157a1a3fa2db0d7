import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Opportunity } from '../../gaps';
import { useActions, useApp } from '../../store/useStore';
import { limits } from '../../model/rules';
import { robustnessWords } from './zoneFate';
import type { ZoneRobustness } from './useGaps';

interface Props {
  readonly rank: number;
  readonly zone: Opportunity;
  readonly index: number;
  readonly title: string;
  readonly sentence: string;
  readonly robustness: ZoneRobustness | null;
  readonly maxZones: number;
  /** The coverage radius the board runs at (the robustness runs try half and twice it). */
  readonly coverage: number;
  /** How it fares over resamples of the board's evidence, in words; undefined without evidence, null while computing. */
  readonly stability?: { readonly word: string; readonly text: string } | null | undefined;
}

/** One ranked zone: its title, index, sentence, how it holds up, and what to do with it. */
export function ZoneEntry({ rank, zone, index, title, sentence, robustness, maxZones, coverage, stability }: Props) {
  const actions = useActions();
  const [placing, setPlacing] = useState(false);
  const [name, setName] = useState('');
  const named = { x: zone.x, y: zone.y, title, index, sentence };
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const countConcepts = useApp((s) => s.doc.board.display.countConcepts);
  /** Places the concept where it meets the most of this zone's unmet demand (the peak when that cannot be found), and says so. */
  const place = async (event: FormEvent) => {
    event.preventDefault();
    const label = name.trim();
    if (!label) return;
    const { conceptSpot } = await import('./validateConcepts');
    let spot: ReturnType<typeof conceptSpot> = null;
    try {
      spot = conceptSpot(items, settings, rank - 1, countConcepts);
    } catch {
      spot = null;
    }
    if (actions.placeConcept(spot ? { ...named, x: spot.x, y: spot.y } : named, label) === null) return;
    setPlacing(false);
    setName('');
    actions.notify(
      spot
        ? `Placed ${label} where it meets the most of zone ${rank}'s unmet demand (${Math.round(100 * spot.absorbed)} % of it), not merely at the peak.`
        : `Placed ${label} at the peak of zone ${rank}.`,
      'info',
    );
  };
  const active = useApp((s) => s.session.hoveredZone === rank - 1 || s.session.selectedZone === rank - 1);
  const chosen = useApp((s) => s.session.selectedZone === rank - 1);
  const entry = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (chosen) entry.current?.scrollIntoView?.({ block: 'nearest' });
  }, [chosen]);
  const weak = robustness !== null && !(robustness.half.kind === 'stays' && robustness.double.kind === 'stays');
  return (
    <li
      ref={entry}
      className={active ? 'zone-entry zone-entry-active' : 'zone-entry'}
      aria-current={chosen || undefined}
      aria-label={`Zone ${rank}: ${title}, index ${index}`}
      onMouseEnter={() => actions.hoverZone(rank - 1)}
      onMouseLeave={() => actions.hoverZone(null)}
      onFocus={() => actions.hoverZone(rank - 1)}
      onBlur={() => actions.hoverZone(null)}
    >
      <div className="zone-head">
        <span className="zone-rank" aria-hidden="true">{rank}</span>
        <strong>Zone {rank}: {title}</strong>
        <span className="zone-index">index {index}</span>
      </div>
      <p className="zone-sentence">{sentence}</p>
      {stability === null && <p className="zone-stability">Resampling the evidence…</p>}
      {stability && (
        <p className={`zone-stability zone-${stability.word}`}>
          <span className="stability-word">{stability.word}</span> {stability.text}
        </p>
      )}
      {robustness === null ? (
        <p className="zone-robust">How it holds up: checking…</p>
      ) : (
        <ul className={`zone-robust${weak ? ' weak' : ''}`} aria-label="How it holds up">
          <li>{robustnessWords('double', Math.min(1, coverage * 2), robustness.double, maxZones)}</li>
          <li>{robustnessWords('half', coverage / 2, robustness.half, maxZones)}</li>
        </ul>
      )}
      <div className="zone-actions">
        <button type="button" onClick={() => actions.pinZone(named)} aria-label={`Pin zone ${rank}`}>Pin zone</button>
        <button type="button" onClick={() => setPlacing((v) => !v)} aria-expanded={placing} aria-label={`Place concept in zone ${rank}`}>Place concept</button>
      </div>
      {placing && (
        <form className="place-concept" onSubmit={(event) => void place(event)}>
          <input type="text" aria-label="Concept name" placeholder="Name the new concept" value={name} aria-invalid={name.trim().length > limits.label || undefined} autoFocus onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setPlacing(false)} />
          <button type="submit">Place</button>
        </form>
      )}
    </li>
  );
}
