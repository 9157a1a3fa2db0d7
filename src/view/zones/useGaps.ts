import { useMemo, useSyncExternalStore } from 'react';
import type { GapResult, Opportunity } from '../../gaps';
import type { GapSettings, Item } from '../../model/types';
import type { AppState } from '../../store/appState';
import { useApp } from '../../store/useStore';
import { findGapsForBoard, pack } from './packedInput';
import { liveGaps } from './liveGaps';

/** Where a zone stands when products reach half and twice as far: its rank there, or null when it is gone. */
export interface ZoneRobustness {
  readonly half: number | null;
  readonly double: number | null;
}

const empty: GapResult = { whiteSpace: [], opportunities: [], unmet: [] };

interface Committed {
  readonly result: GapResult;
  /** Why the gap-finder failed on this board; null when it ran. */
  readonly error: string | null;
}
type Entry = Committed & { items: readonly Item[]; settings: GapSettings };
let committed: Entry | null = null;

/** findGaps on the board as saved, shared by every caller within one state (overlay, badges, Zones tab, labels). */
function gapsFor(items: readonly Item[], settings: GapSettings): Committed {
  if (committed && committed.items === items && committed.settings === settings) return committed;
  let entry: Entry;
  try {
    entry = { items, settings, result: findGapsForBoard(pack(items, null), settings), error: null };
  } catch (error) {
    entry = { items, settings, result: empty, error: error instanceof Error ? error.message : String(error) };
  }
  committed = entry;
  return entry;
}

/** Zone peaks of the board as saved (not following a drag): where rank badges sit, for label layout. */
export function useCommittedZonePeaks(): readonly { x: number; y: number }[] {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const show = useApp(zonesShown);
  return show ? gapsFor(items, settings).result.opportunities : noPeaks;
}

const noPeaks: readonly { x: number; y: number }[] = [];

/** The overlay shows when its toggle is on, and always in presentation mode. */
export const zonesShown = (s: AppState) => s.doc.board.display.showZones || s.session.presenting;

/** White space shows when its own toggle is on, and always in presentation mode. */
export const whiteSpaceShown = (s: AppState) => s.doc.board.display.showWhiteSpace || s.session.presenting;

/**
 * The gap-finder's result for what the map shows: the board, or during a drag the newest
 * result for the preview (computed off the main thread, see `liveGaps`).
 */
export function useGaps(): GapResult {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const dragging = useApp((s) => s.session.drag !== null);
  const live = useSyncExternalStore(liveGaps.subscribe, liveGaps.current);
  const board = gapsFor(items, settings).result;
  return dragging && live ? live : board;
}

/** Why the gap-finder could not run on the board as saved, or null. */
export function useGapsError(): string | null {
  const items = useApp((s) => s.doc.board.items);
  const settings = useApp((s) => s.doc.board.gapSettings);
  return gapsFor(items, settings).error;
}

/** Zones within this distance of each other (map units: a tenth of the map's width) are the same zone. */
export const sameZoneDistance = 0.1;

/** The rank (1-based) of the zone in `other` whose peak is nearest this one's, within `sameZoneDistance`; null if none. */
export function rankIn(zone: Pick<Opportunity, 'x' | 'y'>, other: GapResult): number | null {
  let best: number | null = null;
  let bestDistance = sameZoneDistance;
  other.opportunities.forEach((o, i) => {
    const distance = Math.hypot(o.x - zone.x, o.y - zone.y);
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = i + 1;
    }
  });
  return best;
}

/**
 * Robustness of the zones in `result`: two more findGaps runs, at half and double the
 * coverage radius. Only the Zones tab asks, and not during a drag (null then).
 */
export function useZoneRobustness(result: GapResult): readonly ZoneRobustness[] | null {
  const items = useApp((s) => s.doc.board.items);
  const dragging = useApp((s) => s.session.drag !== null);
  const settings = useApp((s) => s.doc.board.gapSettings);
  return useMemo(() => {
    if (dragging) return null;
    const board = pack(items, null);
    try {
      const half = findGapsForBoard(board, { ...settings, coverage: settings.coverage / 2 });
      const double = findGapsForBoard(board, { ...settings, coverage: Math.min(1, settings.coverage * 2) });
      return result.opportunities.map((zone) => ({ half: rankIn(zone, half), double: rankIn(zone, double) }));
    } catch {
      return null;
    }
  }, [items, dragging, settings, result]);
}
