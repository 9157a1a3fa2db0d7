import { useMemo } from 'react';
import type { Item } from '../../model/types';
import { useApp } from '../../store/useStore';
import { layerShown } from '../../store/layerShown';
import { HalosLayer } from '../map/HalosLayer';
import { LabelText } from '../map/LabelsLayer';
import { MarkerShape } from '../map/MarkerShape';
import { layoutLabels } from '../map/layoutLabels';
import { labelOptions, labelRequests } from '../map/labelRequests';
import { inView, personaRadius, productRadius, type MapLayout } from '../map/mapLayout';
import { useBadgeSpots } from '../zones/useBadgeSpots';
import { useEvidenceSuffixes } from '../evidence/useEvidenceSuffixes';
import { useEvidenceParts } from '../evidence/useEvidenceParts';
import { isConcept } from '../../model/concept';

/**
 * The items as an image shows them: halos, every label in full (never cut short), markers;
 * nothing to press, no selection, hover or focus.
 */
export function StaticItemsLayer({ layout }: { layout: MapLayout }) {
  const items = useApp((s) => s.doc.board.items);
  const products = useApp((s) => layerShown(s, 'products'));
  const personas = useApp((s) => layerShown(s, 'personas'));
  const badges = useBadgeSpots(layout);
  // Loaded already by the map on screen (its labels need them): an image never waits for them.
  const parts = useEvidenceParts(useApp((s) => s.doc.board.evidence.length > 0 && s.doc.board.display.showUncertainty));
  const visible = useMemo(() => items.filter((item) => item.position && (item.kind === 'product' ? products : personas) && inView(layout.view, item.position)), [items, products, personas, layout.view]);
  const suffixes = useEvidenceSuffixes(visible);
  const placed = useMemo(() => layoutLabels(labelRequests(visible, layout, suffixes), labelOptions(layout, badges, false)), [visible, layout, badges, suffixes]);
  const byId = new Map(visible.map((item) => [item.id, item]));
  const ordered: Item[] = [...visible.filter((item) => item.kind === 'persona'), ...visible.filter((item) => item.kind === 'product')];
  return (
    <svg className="layer layer-items" width={layout.side} height={layout.side}>
      <g transform={`translate(${layout.margin},${layout.margin})`}>
        <HalosLayer personas={ordered.filter((item) => item.kind === 'persona')} layout={layout} />
        {parts && <parts.EvidenceLayer items={visible} layout={layout} />}
        <g className="labels" fontSize={layout.labelFont}>
          {placed.map((label) => (
            <g key={label.id} className={`label label-${byId.get(label.id)!.kind}`} data-label-for={label.id}>
              <LabelText label={label} />
            </g>
          ))}
        </g>
        <g className="markers">
          {ordered.map((item) => (
            <g key={item.id} className={`marker marker-${item.kind}`} transform={`translate(${layout.x(item.position!.x)},${layout.y(item.position!.y)})`}>
              <MarkerShape kind={item.kind} colour={item.colour} radius={item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight)} selected={false} concept={isConcept(item)} />
            </g>
          ))}
        </g>
      </g>
    </svg>
  );
}
