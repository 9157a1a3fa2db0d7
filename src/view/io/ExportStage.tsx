import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useApp } from '../../store/useStore';
import { BackgroundLayer } from '../map/BackgroundLayer';
import { mapLayout, type Viewport } from '../map/mapLayout';
import { PlotClip } from '../map/PlotClip';
import { quadrantNames } from '../map/quadrantNameSpots';
import { ZoneBadgesLayer, ZonesLayer } from '../zones/ZonesLayer';
import { StaticItemsLayer } from './StaticItemsLayer';
import { StaticNotesLayer } from '../notes/StaticNotesLayer';
import { VoteCountsLayer } from '../workshop/VoteCountsLayer';
import './exportStage.css';

/** The map's layers at `side` px as an image shows them (see `StaticItemsLayer`). */
export function MapLayers({ side, view }: { side: number; view?: Viewport }) {
  const board = useApp((s) => s.doc.board);
  const layout = useMemo(() => mapLayout(side, 1, view), [side, view]);
  const { showProducts, showPersonas } = board.display;
  const names = useMemo(() => quadrantNames(board.items.filter((item) => (item.kind === 'product' ? showProducts : showPersonas)), layout, board.quadrants), [board.items, board.quadrants, showProducts, showPersonas, layout]);
  return (
    <>
      <BackgroundLayer layout={layout} axes={board.axes} quadrants={board.quadrants} bands={board.display.showBands ? board.bands : null} names={names.spots} />
      <ZonesLayer layout={layout} />
      <StaticItemsLayer layout={layout} />
      <ZoneBadgesLayer layout={layout} />
      <StaticNotesLayer layout={layout} />
      {board.ballots.length > 0 && <VoteCountsLayer layout={layout} />}
      {layout.view.zoom > 1 && <PlotClip layout={layout} />}
    </>
  );
}

/**
 * An image being made: drawn off screen, hidden from assistive technology and the keyboard,
 * handed to `onReady` once its fonts are in and it has been laid out.
 */
export function ExportStage({ children, onReady }: { children: ReactNode; onReady: (element: HTMLElement) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => requestAnimationFrame(() => live && ref.current && onReady(ref.current))),
    );
    return () => {
      live = false;
    };
  }, [onReady]);
  return createPortal(
    <div className="export-stage" ref={ref} aria-hidden="true" inert>
      {children}
    </div>,
    document.body,
  );
}
