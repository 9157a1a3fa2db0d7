import { lazy, memo, Suspense, useEffect, useMemo, useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { plotClip } from './PlotClip';
import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useActions, useApp, useStoreInstance } from '../../store/useStore';
import { useElementSize } from '../useElementSize';
import { inView, mapLayout, plotPointToMap, type MapLayout } from './mapLayout';
import { BackgroundLayer } from './BackgroundLayer';
import { MarkersLayer, useItemDragHandlers } from './MarkersLayer';
import { HalosLayer } from './HalosLayer';
import { LazyEvidenceSvg } from '../evidence/lazyEvidence';
import { LabelsLayer, usePlacedLabels } from './LabelsLayer';
import type { PlacedLabel } from './layoutLabels';
import { DragLayer } from './DragLayer';
import { LiveOnly } from '../live/LiveOnly';

/** Other people's drags, on a shared board only (loaded with it). */
/** Sticky notes: loaded with the first note on the board. */
const NotesLayer = lazy(() => import('../notes/NotesLayer').then((module) => ({ default: module.NotesLayer })));
/** Arranging a multi-selection: loaded when several items are first selected. */
const SelectionBar = lazy(() => import('../selection/SelectionBar').then((module) => ({ default: module.SelectionBar })));
/** A closed vote's counts: loaded with the first. */
const VoteCountsLayer = lazy(() => import('../workshop/VoteCountsLayer').then((module) => ({ default: module.VoteCountsLayer })));
/** My placements in an open round: loaded with the first round. */
const RoundPlacementLayer = lazy(() => import('../workshop/RoundPlacementLayer').then((module) => ({ default: module.RoundPlacementLayer })));
const RemoteDragsLayer = lazy(() => import('./RemoteDragsLayer').then((module) => ({ default: module.RemoteDragsLayer })));
import { useDragHandlers } from './useDragHandlers';
import { useViewGestures } from './useViewGestures';
import { ZoomControls } from './ZoomControls';
import { PlotClip } from './PlotClip';
import { useMarquee } from './useMarquee';
import { Legend } from './Legend';
import { PlaceTray } from './PlaceTray';
import { ZoneBadgesLayer, ZonesLayer } from '../zones/ZonesLayer';
import { LiveGapsFeed } from '../zones/LiveGapsFeed';
import { GapsNotice } from '../zones/GapsNotice';
import { EmptyBoardGuide } from '../io/EmptyBoardGuide';
import { FirstMinute } from '../help/FirstMinute';
import { quadrantNames } from './quadrantNameSpots';
import type { Board, Item } from '../../model/types';
import { layerShown } from '../../store/layerShown';
import type { Opportunity } from '../../gaps';
import { useGaps, useGapsReady, zonesShown } from '../zones/useGaps';
import { zoneAt } from '../zones/zoneAt';
import { useCoarsePointer } from '../useCoarsePointer';
import { openRoundOf } from '../../model/rounds';
import { AcceptedArrows } from '../workshop/AcceptedArrows';

/** Lays out the map's stacked layers; the maths lives in the scales and the model. */
export function MapView() {
  const areaRef = useRef<HTMLDivElement>(null);
  const stackRef = useRef<HTMLDivElement>(null);
  const zonesRef = useRef<readonly Opportunity[]>([]);
  const { width, height } = useElementSize(areaRef);
  const side = Math.floor(Math.min(width, height));
  const presenting = useApp((s) => s.session.presenting);
  const projector = useApp((s) => s.live?.projector ?? false);
  const view = useApp((s) => s.session.view);
  // Presentation: labels and axis words grow to be read across a room (≥ 28 px at 1080p).
  const layout = useMemo(() => mapLayout(side, presenting ? 1.4 : 1, view), [side, presenting, view]);
  const store = useStoreInstance();
  const actions = useActions();
  useViewGestures(stackRef, store, actions, layout);
  const board = useApp((s) => s.doc.board);
  const { display } = board;
  const acceptedFrom = useApp((s) => s.session.acceptedFrom);
  const hasVotes = board.ballots.length > 0;
  const hasEvidence = board.evidence.length > 0 && display.showUncertainty;
  const showProducts = useApp((s) => layerShown(s, 'products'));
  const showPersonas = useApp((s) => layerShown(s, 'personas'));
  // During a round I place its items on my own: the board's copies of them are not shown to me.
  const placing = useApp((s) => (s.live && s.live.role !== 'view' ? openRoundOf(s.doc.board) : null));
  const hidden = useMemo(() => new Set(placing?.itemIds ?? []), [placing]);
  // Zoomed in, what is off the window is neither drawn nor labelled: labels go to what is on screen.
  const visible = useMemo(
    () => board.items.filter((item) => item.position && (item.kind === 'product' ? showProducts : showPersonas) && inView(view, item.position) && !hidden.has(item.id)),
    [board.items, showProducts, showPersonas, view, hidden],
  );
  // Laid out once here: the items draw the labels, and white space keeps its circles off them.
  // The quadrants' names keep clear of the markers, and the labels of the names.
  const names = useMemo(() => quadrantNames(visible, layout, board.quadrants), [visible, layout, board.quadrants]);
  const placed = usePlacedLabels(visible, layout, names.boxes);
  // Says whether the zones shown are the board's own yet (a hook for tests and tools; users see the Zones tab's "Finding zones…").
  const gapsReady = useGapsReady();
  return (
    <section className="map-area" id="map" tabIndex={-1} aria-label="Map" data-gaps={gapsReady ? 'ready' : 'pending'}>
      <LiveGapsFeed />
      <ZonesFeed target={zonesRef} />
      <GapsNotice />
      {!presenting && <PlaceTray layout={layout} stack={stackRef} />}
      {!presenting && <EmptyBoardGuide />}
      {!presenting && <FirstMinute />}
      {!presenting && <SelectionBarWhenSeveral />}
      <div className="map-fit" ref={areaRef}>
        {side > 100 && (
          <div className="map-stack" data-export="map" ref={stackRef} style={{ width: side, height: side }}>
            <BackgroundLayer layout={layout} axes={board.axes} quadrants={board.quadrants} bands={display.showBands ? board.bands : null} names={names.spots} />
            {/* Placing in a round, the zones would show where the board has the round's items: hidden until the reveal. */}
            {!placing && <ZonesLayer layout={layout} labels={placed} />}
            {hasEvidence && (
              <Suspense fallback={null}>
                <LazyEvidenceSvg items={visible} layout={layout} />
              </Suspense>
            )}
            <ItemsSvg layout={layout} visible={visible} placed={placed} axes={board.axes} zones={zonesRef} />
            {!placing && <ZoneBadgesLayer layout={layout} />}
            <PlotClip layout={layout} />
            {hasVotes && (
              <Suspense fallback={null}>
                <VoteCountsLayer layout={layout} />
              </Suspense>
            )}
            {Object.keys(acceptedFrom).length > 0 && <AcceptedArrows layout={layout} from={acceptedFrom} items={board.items} />}
            {placing && (
              <Suspense fallback={null}>
                <RoundPlacementLayer layout={layout} round={placing} />
              </Suspense>
            )}
            {display.showNotes && board.notes.length > 0 && (
              <Suspense fallback={null}>
                <NotesLayer layout={layout} />
              </Suspense>
            )}
          </div>
        )}
      </div>
      {side > 100 && <ZoomControls />}
      {!presenting && !projector && <Legend />}
      <Announcer />
      {presenting && visible.length > placed.length && (
        <p className="labels-hidden" role="status">
          {visible.length - placed.length} {visible.length - placed.length === 1 ? 'label' : 'labels'} left off, too crowded to read from the room: each name shows on hover and focus.
        </p>
      )}
    </section>
  );
}

interface ItemsSvgProps {
  readonly layout: MapLayout;
  /** The items on the map: placed, in a layer that shows (the saved toggles, or the reveal step in presentation). */
  readonly visible: readonly Item[];
  readonly placed: readonly PlacedLabel[];
  readonly axes: Board['axes'];
  /** The zones on the map now, read when the pointer asks (a ref: a new answer never re-renders the items). */
  readonly zones: RefObject<readonly Opportunity[]>;
}

const ItemsSvg = memo(function ItemsSvg({ layout, visible, placed, axes, zones }: ItemsSvgProps) {
  const store = useStoreInstance();
  const actions = useActions();
  const handlers = useItemDragHandlers(useDragHandlers(store, actions, layout));
  const coarse = useCoarsePointer();
  const sensors = useSensors(
    // A finger moves a little as it lands: a drag starts past 8 px on touch, so a tap or a pan is never one.
    useSensor(PointerSensor, { activationConstraint: { distance: coarse ? 8 : 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: handlers.coordinateGetter }),
  );
  const personas = useMemo(() => visible.filter((item) => item.kind === 'persona'), [visible]);
  // Personas under products: a disc must never hide behind a diamond's halo.
  const ordered = useMemo(() => [...personas, ...visible.filter((item) => item.kind === 'product')], [visible, personas]);

  /** The zone under the pointer, when zones show. */
  const zoneUnder = (event: PointerEvent<SVGRectElement> | MouseEvent<SVGRectElement>) => {
    if (!zonesShown(store.getState())) return null;
    const box = event.currentTarget.getBoundingClientRect();
    const point = plotPointToMap(layout, box, event.clientX, event.clientY);
    return zoneAt(point.x, point.y, zones.current);
  };
  const marquee = useMarquee(store, actions, layout);
  const onPlotClick = (event: MouseEvent<SVGRectElement>) => {
    if (marquee.takeClick()) return;
    const box = event.currentTarget.getBoundingClientRect();
    actions.setAnchor(plotPointToMap(layout, box, event.clientX, event.clientY));
    actions.select(null);
    const zone = zoneUnder(event);
    if (zone !== null && !store.getState().session.presenting) actions.selectZone(zone);
  };
  const onPlotHover = (event: PointerEvent<SVGRectElement>) => {
    if (marquee.onPointerMove(event) || store.getState().session.drag) return;
    const zone = zoneUnder(event);
    if (zone !== store.getState().session.hoveredZone) actions.hoverZone(zone);
  };

  return (
    <DndContext
      sensors={sensors}
      autoScroll={false}
      onDragStart={handlers.onDragStart}
      onDragMove={handlers.onDragMove}
      onDragEnd={handlers.onDragEnd}
      onDragCancel={handlers.onDragCancel}
      accessibility={{
        announcements: handlers.announcements,
        screenReaderInstructions: {
          draggable:
            'To move an item, press Space or Enter to pick it up, the arrow keys to move it (Shift moves further), Space or Enter to drop it, Escape to cancel. Delete removes it.',
        },
      }}
    >
      <svg className="layer layer-items" width={layout.side} height={layout.side} role="group" aria-label="P/A map">
        <g transform={`translate(${layout.margin},${layout.margin})`} clipPath={plotClip(layout)}>
          <rect className="plot-hit" x={layout.inset} y={layout.inset} width={layout.span} height={layout.span} fill="transparent" onClick={onPlotClick} onPointerDown={marquee.onPointerDown} onPointerUp={marquee.onPointerUp} onPointerCancel={marquee.onPointerCancel} onPointerMove={onPlotHover} onPointerLeave={() => store.getState().session.hoveredZone !== null && actions.hoverZone(null)} />
          <HalosLayer personas={personas} layout={layout} />
          <LabelsLayer items={visible} placed={placed} layout={layout} />
          <MarkersLayer items={ordered} layout={layout} axes={axes} />
          <MarqueeRect layout={layout} />
        </g>
      </svg>
      <DragLayer items={visible} placed={placed} layout={layout} />
      <LiveOnly>
        <RemoteDragsLayer items={visible} layout={layout} />
      </LiveOnly>
    </DndContext>
  );
});

/** Keeps `target` on the zones the map shows, for the pointer to test; renders nothing. */
function ZonesFeed({ target }: { target: RefObject<readonly Opportunity[]> }) {
  const zones = useGaps().opportunities;
  useEffect(() => {
    target.current = zones;
  }, [zones, target]);
  return null;
}

/** The selection rectangle while it is drawn. */
function MarqueeRect({ layout }: { layout: MapLayout }) {
  const marquee = useApp((s) => s.session.marquee);
  if (!marquee) return null;
  const [x0, x1] = [layout.x(marquee.from.x), layout.x(marquee.to.x)].sort((a, b) => a - b) as [number, number];
  const [y0, y1] = [layout.y(marquee.from.y), layout.y(marquee.to.y)].sort((a, b) => a - b) as [number, number];
  return <rect className="marquee" x={x0} y={y0} width={x1 - x0} height={y1 - y0} aria-hidden="true" />;
}

/** What the map says to a screen reader only (a keyboard move of the selection, a rectangle's catch). */
function Announcer() {
  const announcement = useApp((s) => s.session.announcement);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="map-announcer">
      {announcement?.text ?? ''}
    </p>
  );
}

/** The selection bar, loaded once several items are selected. */
function SelectionBarWhenSeveral() {
  const several = useApp((s) => s.session.selection.length > 1);
  if (!several) return null;
  return (
    <Suspense fallback={null}>
      <SelectionBar />
    </Suspense>
  );
}
