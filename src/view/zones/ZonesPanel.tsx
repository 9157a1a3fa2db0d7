import { useMemo } from 'react';
import { useActions, useApp } from '../../store/useStore';
import { explainZone, opportunityIndex, zoneTitle } from './explainZone';
import { describeChange, totalUnmetWords } from './describeChange';
import { fewerZones, whyNoZone } from './leftOut';
import { ConceptsSection } from './ConceptsSection';
import { useConceptValidation } from './useConceptValidation';
import { totalUnmetShare } from '../../gaps/totalUnmetShare';
import { useShownGaps } from './useGaps';
import { GapSettingsForm } from './GapSettingsForm';
import { ZoneEntry } from './ZoneEntry';
import { useZoneStability } from './useZoneStability';
import { useEvidenceParts } from '../evidence/useEvidenceParts';
import { UnmetChart } from './UnmetChart';
import { describeOpenSpace } from './describeOpenSpace';
import { whiteSpaceLetters } from './assignLetters';

/** The Zones tab: settings, the ranked and explained zones, who is left out, white space, pinned zones. */
export function ZonesPanel() {
  const actions = useActions();
  const board = useApp((s) => s.doc.board);
  const { result, error, robustness, pending, before } = useShownGaps();
  const items = useMemo(() => new Map(board.items.map((item) => [item.id, item])), [board.items]);
  const top = result.opportunities[0];
  const letters = whiteSpaceLetters(result.whiteSpace);
  const hasPersonas = board.items.some((item) => item.kind === 'persona' && item.position && item.weight > 0);
  const { maxZones, coverage } = board.gapSettings;
  const total = totalUnmetWords(result);
  const change = before && !pending ? describeChange(before, result, items) : null;
  const fewer = fewerZones(result, maxZones);
  const leftOut = whyNoZone(result, items, maxZones);
  const countConcepts = useApp((s) => s.doc.board.display.countConcepts);
  const validation = useConceptValidation();
  const stabilities = useZoneStability();
  const words = useEvidenceParts(stabilities !== null);
  const stabilityOf = (i: number) => {
    const zone = stabilities?.[i];
    if (stabilities === null || !words) return board.evidence.length > 0 && !pending ? null : undefined;
    return zone && { word: words.stabilityWord(zone.keep), text: words.describeStability(i + 1, zone) };
  };
  const withConcepts = validation && !countConcepts && validation.cards.length > 0 ? Math.round(100 * totalUnmetShare(validation.withAll.unmet)) : null;
  return (
    <div className="zones-panel">
      <GapSettingsForm />

      <section aria-labelledby="zones-heading">
        <h2 id="zones-heading">Opportunity zones</h2>
        <p className="hint">
          Where persona groups are and no product serves them, ranked by the demand each zone leaves unmet. The index compares
          that unmet demand with the top zone's (= 100): a judgement aid, not a forecast.
        </p>
        {!error && total && (
          <p className="zones-total">
            <strong>{total}</strong>
            {withConcepts !== null && ` With ${validation!.cards.length === 1 ? 'the concept' : 'the concepts'}: ${withConcepts} %.`}
          </p>
        )}
        <p className="zones-change" role="status">{!error && change ? `Since the last change: ${change}` : ''}</p>
        {error ? (
          <p className="gaps-error" role="alert">The gap-finder could not run on this board: {error}</p>
        ) : result.opportunities.length === 0 ? (
          <p className="hint">{pending ? 'Finding zones…' : hasPersonas ? 'No zone at these settings.' : 'Add persona groups (with a size above 0) to find opportunity zones.'}</p>
        ) : (
          <ol className="zone-list" aria-label="Ranked zones">
            {result.opportunities.map((zone, i) => (
              <ZoneEntry key={i} rank={i + 1} zone={zone} index={opportunityIndex(zone, top)} title={zoneTitle(zone, items)}
                sentence={explainZone(result, i, items, board)} robustness={robustness?.[i] ?? null} maxZones={maxZones} coverage={coverage} stability={stabilityOf(i)} />
            ))}
          </ol>
        )}
        {!error && fewer && <p className="hint zones-fewer">{fewer}</p>}
        {!error && leftOut.length > 0 && (
          <>
            <h3 className="zones-left-out-heading">Groups without a zone of their own</h3>
            <ul className="zones-left-out" aria-label="Groups without a zone of their own">
              {leftOut.map((line) => <li key={line}>{line}</li>)}
            </ul>
          </>
        )}
      </section>

      <ConceptsSection />

      <UnmetChart unmet={result.unmet} items={items} />

      <section aria-labelledby="space-heading">
        <h2 id="space-heading">White space</h2>
        <p className="hint">The largest circles with no product inside: open ground, whoever wants it.</p>
        <ul className="space-list" aria-label="White space">
          {result.whiteSpace.map((circle, i) => (
            <li key={letters[i]}>
              <strong>{letters[i]}</strong> {describeOpenSpace(board, circle)}
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
