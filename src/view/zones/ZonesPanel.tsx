import { useMemo, useState, type FormEvent } from 'react';
import type { Opportunity } from '../../gaps';
import { createItem } from '../../model/board';
import { mapPoint } from '../../model/mapPoint';
import { newId } from '../../model/ids';
import { describePosition } from '../../model/describePosition';
import { useActions, useApp } from '../../store/useStore';
import { CommitInput } from '../CommitInput';
import { explainZone, opportunityIndex } from './explainZone';
import { useGaps, useZoneRobustness, whiteSpaceLetter } from './useGaps';
import type { GapSettings } from '../../model/types';

const percentText = (v: number) => String(Math.round(v * 1000) / 10);

/** The Zones tab: settings, the ranked and explained zones, white space, pinned zones. */
export function ZonesPanel() {
  const actions = useActions();
  const board = useApp((s) => s.doc.board);
  const result = useGaps();
  const robustness = useZoneRobustness(result);
  const items = useMemo(() => new Map(board.items.map((item) => [item.id, item])), [board.items]);
  const { coverage, threshold, maxZones } = board.gapSettings;
  const setSettings = (changes: Partial<GapSettings>) => actions.dispatch({ type: 'setGapSettings', changes });
  const top = result.opportunities[0];
  return (
    <div className="zones-panel">
      <fieldset className="gap-settings">
        <legend>Gap-finder</legend>
        <label>
          <span>Coverage radius <small>(% of a side a product serves)</small></span>
          <CommitInput label="Coverage radius" type="number" min={1} max={100} step={1} value={percentText(coverage)}
            onCommit={(text) => setSettings({ coverage: Number(text) / 100 })} />
        </label>
        <label>
          <span>Threshold <small>(% of the top peak)</small></span>
          <CommitInput label="Threshold" type="number" min={1} max={100} step={5} value={percentText(threshold)}
            onCommit={(text) => setSettings({ threshold: Number(text) / 100 })} />
        </label>
        <label>
          <span>Number of zones</span>
          <CommitInput label="Number of zones" type="number" min={0} max={10} step={1} value={String(maxZones)}
            onCommit={(text) => setSettings({ maxZones: Number(text) })} />
        </label>
      </fieldset>

      <section aria-labelledby="zones-heading">
        <h2 id="zones-heading">Opportunity zones</h2>
        <p className="hint">Where persona groups are and no product serves them. The index is relative (top zone = 100): a judgement aid, not a forecast.</p>
        {result.opportunities.length === 0 ? (
          <p className="hint">{board.items.some((item) => item.kind === 'persona' && item.position) ? 'No zone at these settings.' : 'Add persona groups to find opportunity zones.'}</p>
        ) : (
          <ol className="zone-list" aria-label="Ranked zones">
            {result.opportunities.map((zone, i) => (
              <ZoneEntry key={i} rank={i + 1} zone={zone} index={opportunityIndex(zone, top)} sentence={explainZone(zone, items, board.axes)}
                title={`Zone ${i + 1}: ${items.get(zone.personas[0]?.id ?? '')?.label ?? 'open space'}`}
                robustness={robustness?.[i] ?? null} />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="space-heading">
        <h2 id="space-heading">White space</h2>
        <ul className="space-list">
          {result.whiteSpace.map((circle, i) => (
            <li key={i}>
              <strong>{whiteSpaceLetter(i)}</strong> Empty circle, radius {Math.round(100 * circle.radius)} % of a side, centred at {describePosition(board.axes, mapPoint(circle.x, circle.y))}.
            </li>
          ))}
        </ul>
      </section>

      {board.pinnedZones.length > 0 && (
        <section aria-labelledby="pinned-heading">
          <h2 id="pinned-heading">Pinned zones</h2>
          <ul className="pinned-list" aria-label="Pinned zones">
            {board.pinnedZones.map((zone) => (
              <li key={zone.id}>
                <strong>{zone.label}</strong> <span className="hint">index {Math.round(zone.index)} when pinned</span>
                <p>{zone.note}</p>
                <button type="button" onClick={() => actions.dispatch({ type: 'unpinZone', id: zone.id })} aria-label={`Unpin ${zone.label}`}>Unpin</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

interface EntryProps {
  readonly rank: number;
  readonly zone: Opportunity;
  readonly index: number;
  readonly sentence: string;
  readonly title: string;
  readonly robustness: { half: boolean; double: boolean } | null;
}

function ZoneEntry({ rank, zone, index, sentence, title, robustness }: EntryProps) {
  const actions = useActions();
  const [placing, setPlacing] = useState(false);
  const [name, setName] = useState('');
  const robust =
    robustness === null ? 'Robustness: checking after the drag.'
    : robustness.half && robustness.double ? 'Holds at half and at double the coverage radius.'
    : robustness.half ? 'Holds at half the coverage radius, not at double.'
    : robustness.double ? 'Holds at double the coverage radius, not at half.'
    : 'Fragile: gone at half and at double the coverage radius.';
  const pin = () =>
    actions.dispatch({
      type: 'pinZone',
      zone: { id: newId('zone'), label: title, position: mapPoint(zone.x, zone.y), index, note: sentence, pinnedAt: new Date().toISOString() },
    });
  const place = (event: FormEvent) => {
    event.preventDefault();
    const label = name.trim();
    if (!label) return;
    const item = createItem('product', label, mapPoint(zone.x, zone.y), { colour: '#00805e', notes: `Concept placed in ${title}.` });
    if (actions.dispatch({ type: 'addItems', items: [item] })) {
      actions.select(item.id);
      setPlacing(false);
      setName('');
    }
  };
  return (
    <li
      className="zone-entry"
      aria-label={`Zone ${rank}, index ${index}`}
      onMouseEnter={() => actions.hoverZone(rank - 1)}
      onMouseLeave={() => actions.hoverZone(null)}
      onFocus={() => actions.hoverZone(rank - 1)}
      onBlur={() => actions.hoverZone(null)}
    >
      <div className="zone-head">
        <span className="zone-rank" aria-hidden="true">{rank}</span>
        <strong>{title}</strong>
        <span className="zone-index">index {index}</span>
      </div>
      <p className="zone-sentence">{sentence}</p>
      <p className={`zone-robust${robustness && !(robustness.half && robustness.double) ? ' weak' : ''}`}>{robust}</p>
      <div className="zone-actions">
        <button type="button" onClick={pin}>Pin zone</button>
        <button type="button" onClick={() => setPlacing((v) => !v)} aria-expanded={placing}>Place concept</button>
      </div>
      {placing && (
        <form className="place-concept" onSubmit={place}>
          <input type="text" aria-label="Concept name" placeholder="Name the new concept" value={name} maxLength={200} autoFocus onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setPlacing(false)} />
          <button type="submit">Place</button>
        </form>
      )}
    </li>
  );
}
