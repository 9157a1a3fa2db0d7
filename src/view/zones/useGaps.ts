import { useMemo } from 'react';
import { findGaps, type GapResult } from '../../gaps';
import type { GapSettings, Item } from '../../model/types';
import type { AppState, DragPreview } from '../../store/appState';
import { useApp } from '../../store/useStore';
import { gapInput } from './gapInput';

/** Per zone: does it still stand at half and at double the coverage radius? */
export type Robustness = readonly { half: boolean; double: boolean }[];

const empty: GapResult = { whiteSpace: [], opportunities: [], level: 0 };

type Entry = { items: readonly Item[]; drag: DragPreview | null; settings: GapSettings; result: GapResult };
/** One entry for the committed board, one for the live drag preview: neither evicts the other. */
const cache: { committed: Entry | null; live: Entry | null } = { committed: null, live: null };

/** findGaps on the board, shared by every caller within one state (overlay, badges, Zones tab, labels). */
function gapsFor(items: readonly Item[], drag: DragPreview | null, settings: GapSettings): GapResult {
  const slot = drag ? 'live' : 'committed';
  const hit = cache[slot];
  if (hit && hit.items === items && hit.drag === drag && hit.settings === settings) return hit.result;
  let result = empty;
  try {
    result = findGaps(gapInput(items, drag), settings);
  } catch {
    result = empty;
  }
  cache[slot] = { items, drag, settings, result };
  return result;
}

/** Zone peaks of the board as saved (not following a drag): where rank badges sit, for label layout. */
export function useCommittedZonePeaks(): readonly { x: number; y: number }[] {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const show = useApp(zonesShown);
  return show ? gapsFor(items, null, settings).opportunities : noPeaks;
}

const noPeaks: readonly { x: number; y: number }[] = [];

/** The overlay shows when its toggle is on, and always in presentation mode. */
export const zonesShown = (s: AppState) => s.doc.board.display.showZones || s.session.presenting;

/** Letter of the i-th white-space circle: A, B, C, … */
export const whiteSpaceLetter = (i: number) => String.fromCharCode(65 + i);

/** Whether a zone found at one coverage radius is still there at another. */
function stands(zone: GapResult['opportunities'][number], other: GapResult): boolean {
  return other.opportunities.some((o) => Math.hypot(o.x - zone.x, o.y - zone.y) < 0.06);
}

/** The live gap-finder result: follows the dragged item's preview on every frame. */
export function useGaps(): GapResult {
  const items = useApp((s) => s.doc.board.items);
  const drag = useApp((s) => s.session.drag);
  const settings = useApp((s) => s.doc.board.gapSettings);
  return gapsFor(items, drag, settings);
}

/**
 * Robustness of the zones in `result`: two more findGaps runs, at half and double the
 * coverage radius. Only the Zones tab asks, and not during a drag (null then).
 */
export function useZoneRobustness(result: GapResult): Robustness | null {
  const items = useApp((s) => s.doc.board.items);
  const dragging = useApp((s) => s.session.drag !== null);
  const settings = useApp((s) => s.doc.board.gapSettings);
  return useMemo(() => {
    if (dragging) return null;
    const input = gapInput(items, null);
    try {
      const half = findGaps(input, { ...settings, coverage: settings.coverage / 2 });
      const double = findGaps(input, { ...settings, coverage: Math.min(1, settings.coverage * 2) });
      return result.opportunities.map((zone) => ({ half: stands(zone, half), double: stands(zone, double) }));
    } catch {
      return null;
    }
  }, [items, dragging, settings, result]);
}
