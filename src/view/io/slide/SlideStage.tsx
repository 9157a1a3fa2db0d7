import { useApp } from '../../../store/useStore';
import type { Board } from '../../../model/types';
import { layerShown } from '../../../store/layerShown';
import { isConcept } from '../../../model/concept';
import { explainZone, opportunityIndex, zoneTitle } from '../../zones/explainZone';
import { totalUnmetWords } from '../../zones/describeChange';
import { validateConcepts } from '../../zones/validateConcepts';
import { conceptCardLines } from '../../zones/conceptCardLines';
import { useShownGaps } from '../../zones/useGaps';
import { useZoneStability } from '../../zones/useZoneStability';
import { countVotes, lastClosedVoteOf } from '../../../model/votes';
import { useEvidenceParts } from '../../evidence/useEvidenceParts';
import { legendEntries } from '../../present/legendEntries';
import { LegendIcon } from '../../present/LegendIcon';
import { MapLayers } from '../ExportStage';
import { slideHeight, slideMap, slideModel, slideWidth } from './slideModel';

let context: CanvasRenderingContext2D | null = null;

/** The concepts' validation cards for the slide (this chunk loads only for an export); none when the gap-finder fails. */
function conceptsOnSlide(board: Pick<Board, 'items' | 'gapSettings'>) {
  try {
    return validateConcepts(board.items, board.gapSettings).cards.map((card) => ({ label: card.label, lines: conceptCardLines(card) }));
  } catch {
    return [];
  }
}

/** Text width in px in the app's Inter, as the slide will draw it. */
function measure(text: string, size: number, weight: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.6;
  context.font = `${weight} ${size}px Inter, system-ui, sans-serif`;
  return context.measureText(text).width;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The slide for a deck: the map, and beside it the title, the date, the legend and the ranked zones (see `slideModel`). */
export function SlideStage({ date }: { date: string }) {
  const board = useApp((s) => s.doc.board);
  const shown = {
    products: useApp((s) => layerShown(s, 'products')),
    personas: useApp((s) => layerShown(s, 'personas')),
    zones: useApp((s) => layerShown(s, 'zones')),
    whiteSpace: useApp((s) => layerShown(s, 'whiteSpace')),
    concepts: board.items.some(isConcept),
    notes: board.display.showNotes && board.notes.length > 0,
  };
  const { result } = useShownGaps();
  // On a board with evidence, each zone says how it holds up over resamples (when known).
  const stabilities = useZoneStability();
  const words = useEvidenceParts(stabilities !== null);
  // After a dot vote on the zones, each says its dots.
  const closedVote = lastClosedVoteOf(board);
  const tally = closedVote ? countVotes(closedVote, board.ballots) : [];
  const votedFor = (i: number) => {
    const t = tally.find((entry) => entry.id === `zone:r${i + 1}`);
    return t ? ` Vote: ${t.dots} ${t.dots === 1 ? 'dot' : 'dots'}.` : '';
  };
  const holdsUp = (i: number) => {
    const zone = stabilities?.[i];
    return zone && words ? ` ${capitalise(words.stabilityWord(zone.keep))}: ${words.describeStability(i + 1, zone)}` : '';
  };
  // Drawn once per export: nothing to memoise.
  const items = new Map(board.items.map((item) => [item.id, item]));
  const top = result.opportunities[0];
  const zones = shown.zones
    ? result.opportunities.map((zone, i) => ({ title: zoneTitle(zone, items), index: opportunityIndex(zone, top), sentence: explainZone(result, i, items, board) + holdsUp(i) + votedFor(i) }))
    : [];
  const concepts = shown.zones && shown.concepts ? conceptsOnSlide(board) : [];
  const model = slideModel({ title: board.title, date, legend: legendEntries(shown), zones, total: totalUnmetWords(result), concepts, measure });
  return (
    <svg data-export="slide" width={slideWidth} height={slideHeight} fontFamily="Inter, system-ui, sans-serif">
      <rect width={slideWidth} height={slideHeight} fill="#ffffff" />
      <g transform={`translate(${slideMap.x},${slideMap.y})`}>
        <MapLayers side={slideMap.side} />
      </g>
      {model.legendIcons.map((icon) => (
        <g key={icon.kind} transform={`translate(${icon.x},${icon.y}) scale(${icon.size / 24})`}>
          <LegendIcon kind={icon.kind} />
        </g>
      ))}
      {model.badges.map((badge) => (
        <g key={badge.rank} transform={`translate(${badge.x},${badge.y})`}>
          <circle r={badge.r} fill="#1d2330" />
          <text textAnchor="middle" dominantBaseline="central" fontSize={badge.r * 1.1} fontWeight={600} fill="#ffffff">{badge.rank}</text>
        </g>
      ))}
      {model.texts.map((text, i) => (
        <text key={i} x={text.x} y={text.y} fontSize={text.size} fontWeight={text.weight} fill={text.fill}>{text.text}</text>
      ))}
    </svg>
  );
}
