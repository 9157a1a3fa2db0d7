import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../../store/useStore';
import { explainZone, opportunityIndex, sizeText, zoneTitle } from '../zones/explainZone';
import { describeChange, totalUnmetWords } from '../zones/describeChange';
import { useShownGaps } from '../zones/useGaps';
import { countThatFit } from './countThatFit';
import { useConceptValidation } from '../zones/useConceptValidation';
import { conceptCardLines } from '../zones/conceptCardLines';

/** The ranked zones with their sentences: as many as fit the rail, then "+N more". */
export function RailZones() {
  const board = useApp((s) => s.doc.board);
  const { result, error, before } = useShownGaps();
  const items = useMemo(() => new Map(board.items.map((item) => [item.id, item])), [board.items]);
  const zones = useMemo(() => {
    const top = result.opportunities[0];
    return result.opportunities.map((zone, i) => ({
      title: zoneTitle(zone, items),
      index: opportunityIndex(zone, top),
      sentence: explainZone(result, i, items, board),
    }));
  }, [result, items, board]);
  const validation = useConceptValidation();
  const concepts = useMemo(() => (validation?.cards ?? []).map((card) => ({ label: card.label, lines: conceptCardLines(card) })), [validation]);
  // Persona cards: each group with key attractors, after the zones and the concepts.
  const personas = useMemo(
    () => board.items.filter((item) => item.kind === 'persona' && item.position && item.attractors.length > 0).map((item) => ({ label: item.label, line: `Size ${sizeText(item.weight)} · key attractors: ${item.attractors.join(', ')}` })),
    [board.items],
  );
  const entries = useMemo(() => [...zones, ...concepts, ...personas], [zones, concepts, personas]);
  const total = totalUnmetWords(result);
  const change = before ? describeChange(before, result, items) : null;
  const { box, list, fit } = useFittingCount(entries);
  const shown = fit ?? entries.length;
  return (
    <section className="rail-zones" aria-labelledby="rail-zones-heading">
      <h2 id="rail-zones-heading">Opportunity zones</h2>
      {total && <p className="rail-total">{total}{change && <span className="rail-change"> Since the last change: {change}</span>}</p>}
      {error ? (
        <p>The gap-finder could not run on this board: {error}</p>
      ) : zones.length === 0 ? (
        <p>No opportunity zone: add persona groups where no product serves them.</p>
      ) : (
        <div className="rail-zones-box" ref={box}>
          <ol ref={list} className={fit === null ? 'measuring' : undefined}>
            {zones.slice(0, shown).map((zone, i) => (
              <li key={i}>
                <p className="rail-zone-head">
                  <span className="rail-zone-rank" aria-hidden="true">{i + 1}</span>
                  <strong>Zone {i + 1}: {zone.title}</strong> <span className="rail-zone-index">index {zone.index}</span>
                </p>
                <p className="rail-zone-sentence">{zone.sentence}</p>
              </li>
            ))}
            {concepts.slice(0, Math.max(0, shown - zones.length)).map((concept) => (
              <li key={`concept-${concept.label}`} className="rail-concept">
                <p className="rail-zone-head"><strong>Concept: {concept.label}</strong></p>
                {concept.lines.map((line) => <p key={line} className="rail-zone-sentence">{line}</p>)}
              </li>
            ))}
            {personas.slice(0, Math.max(0, shown - zones.length - concepts.length)).map((persona) => (
              <li key={`persona-${persona.label}`} className="rail-persona">
                <p className="rail-zone-head"><strong>{persona.label}</strong></p>
                <p className="rail-zone-sentence">{persona.line}</p>
              </li>
            ))}
          </ol>
          {shown < entries.length && <p className="rail-more">+{entries.length - shown} more</p>}
        </div>
      )}
    </section>
  );
}

/**
 * Renders every entry once to measure it, then keeps the ones that fit the box (see
 * `countThatFit`); measures again when the box or the entries change. Runs before paint,
 * so the room never sees the overflowing list.
 */
function useFittingCount(entries: readonly unknown[]) {
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [fit, setFit] = useState<number | null>(null);
  const [size, setSize] = useState(0);
  useLayoutEffect(() => setFit(null), [entries, size]);
  useLayoutEffect(() => {
    if (fit !== null || !box.current || !list.current) return;
    const children = [...list.current.children] as HTMLElement[];
    const heights = children.map((child) => child.getBoundingClientRect().height);
    const gap = parseFloat(getComputedStyle(list.current).rowGap) || 0;
    const more = parseFloat(getComputedStyle(box.current).fontSize) * 1.6;
    setFit(countThatFit(heights, gap, box.current.clientHeight, more));
  }, [fit]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [entries.length > 0]);
  return { box, list, fit };
}
