import { useMemo } from 'react';
import { findGaps, type GapResult } from '../../gaps';
import type { GapSettings, Item } from '../../model/types';
import type { DragPreview } from '../../store/appState';
import { useApp } from '../../store/useStore';
import { gapInput } from './gapInput';

export interface Gaps {
  readonly result: GapResult;
  /** Per zone: does it still stand at half and at double the coverage radius? null while dragging. */
  readonly robustness: readonly { half: boolean; double: boolean }[] | null;
}

const empty: GapResult = { whiteSpace: [], opportunities: [], level: 0 };

let cache: { items: readonly Item[]; drag: DragPreview | null; settings: GapSettings; result: GapResult } | null = null;

/** findGaps on the board, shared by every caller within one state (the overlay and the Zones tab). */
function gapsFor(items: readonly Item[], drag: DragPreview | null, settings: GapSettings): GapResult {
  if (cache && cache.items === items && cache.drag === drag && cache.settings === settings) return cache.result;
  let result = empty;
  try {
    result = findGaps(gapInput(items, drag), settings);
  } catch {
    result = empty;
  }
  cache = { items, drag, settings, result };
  return result;
}

/** Whether a zone found at one coverage radius is still there at another. */
function stands(zone: GapResult['opportunities'][number], other: GapResult): boolean {
  return other.opportunities.some((o) => Math.hypot(o.x - zone.x, o.y - zone.y) < 0.06);
}

/** The live gap-finder result: follows the dragged item's preview on every frame. */
export function useGaps(): Gaps {
  const items = useApp((s) => s.doc.board.items);
  const drag = useApp((s) => s.session.drag);
  const settings = useApp((s) => s.doc.board.gapSettings);
  const result = gapsFor(items, drag, settings);
  const robustness = useMemo(() => {
    if (drag) return null;
    const input = gapInput(items, null);
    try {
      const half = findGaps(input, { ...settings, coverage: settings.coverage / 2 });
      const double = findGaps(input, { ...settings, coverage: Math.min(1, settings.coverage * 2) });
      return result.opportunities.map((zone) => ({ half: stands(zone, half), double: stands(zone, double) }));
    } catch {
      return null;
    }
  }, [items, drag, settings, result]);
  return { result, robustness };
}
