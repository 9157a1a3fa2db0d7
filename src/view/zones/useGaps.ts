import { useMemo, useSyncExternalStore } from 'react';
import type { GapResult } from '../../gaps';
import type { GapSettings, Item } from '../../model/types';
import type { AppState } from '../../store/appState';
import { useApp } from '../../store/useStore';
import { findGapsPacked, pack } from './packedInput';
import { liveGaps } from './liveGaps';

/** Per zone: does it still stand at half and at double the coverage radius? */
export type Robustness = readonly { half: boolean; double: boolean }[];

const empty: GapResult = { whiteSpace: [], opportunities: [], level: 0 };

type Entry = { items: readonly Item[]; settings: GapSettings; result: GapResult };
let committed: Entry | null = null;

/** findGaps on the board as saved, shared by every caller within one state (overlay, badges, Zones tab, labels). */
function gapsFor(items: readonly Item[], settings: GapSettings): GapResult {
  if (committed && committed.items === items && committed.settings === settings) return committed.result;
  let result = empty;
  try {
    result = findGapsPacked(pack(items, null), settings);
  } catch {
    result = empty;
  }
  committed = { items, settings, result };
  return result;
}

/** Zone peaks of the board as saved (not following a drag): where rank badges sit, for label layout. */
export function useCommittedZonePeaks(): readonly { x: number; y: number }[] {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const show = useApp(zonesShown);
  return show ? gapsFor(items, settings).opportunities : noPeaks;
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

/**
 * The gap-finder's result for what the map shows: the board, or during a drag the newest
 * result for the preview (computed off the main thread, see `liveGaps`).
 */
export function useGaps(): GapResult {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const dragging = useApp((s) => s.session.drag !== null);
  const live = useSyncExternalStore(liveGaps.subscribe, liveGaps.current);
  const board = gapsFor(items, settings);
  return dragging && live ? live : board;
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
    const board = pack(items, null);
    try {
      const half = findGapsPacked(board, { ...settings, coverage: settings.coverage / 2 });
      const double = findGapsPacked(board, { ...settings, coverage: Math.min(1, settings.coverage * 2) });
      return result.opportunities.map((zone) => ({ half: stands(zone, half), double: stands(zone, double) }));
    } catch {
      return null;
    }
  }, [items, dragging, settings, result]);
}
