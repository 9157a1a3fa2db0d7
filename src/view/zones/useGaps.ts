import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { GapOptions, GapResult, Opportunity } from '../../gaps';
import type { Board, GapSettings } from '../../model/types';
import type { AppState } from '../../store/appState';
import { useApp } from '../../store/useStore';
import { layerShown } from '../../store/layerShown';
import { pack } from './packedInput';
import { boardGaps, liveGaps, type GapsAnswer, type GapsKey } from './GapsChannel';
import { zoneFate, type ZoneFate } from './zoneFate';

/** What becomes of a zone when products reach half and twice as far. */
export interface ZoneRobustness {
  readonly half: ZoneFate;
  readonly double: ZoneFate;
}

/** What the map and the Zones tab show of the gap-finder. */
export interface ShownGaps {
  readonly result: GapResult;
  /** Why the gap-finder failed on the board as saved; null when it ran. */
  readonly error: string | null;
  /** Per zone, from the runs at half and double the coverage radius; null while they are on their way. */
  readonly robustness: readonly ZoneRobustness[] | null;
  /** True while the answer shown is not yet the one for the board as it is now. */
  readonly pending: boolean;
  /** What a what-if is compared with: during a drag the board as saved, else the board before its latest change; null when there is none. */
  readonly before: GapResult | null;
}

const empty: GapResult = { whiteSpace: [], opportunities: [], unmet: [], omitted: { belowFloor: 0, beyondCount: 0 } };

/** The three runs of the board as saved: the settings, then half and double the coverage radius. */
function boardOptions(settings: GapSettings): GapOptions[] {
  return [settings, { ...settings, coverage: settings.coverage / 2 }, { ...settings, coverage: Math.min(1, settings.coverage * 2) }];
}

/**
 * The board's last two answers: `previous` is the board before its latest change that moved
 * the zones or the unmet demand (a rename or a recolour changes neither, so the comparison stays).
 */
let latest: { key: GapsKey; result: GapResult } | null = null;
let previous: { boardId: string; result: GapResult } | null = null;
const sameNumbers = (a: GapResult, b: GapResult) =>
  a.opportunities.length === b.opportunities.length &&
  a.opportunities.every((z, i) => z.mass === b.opportunities[i]!.mass) &&
  a.unmet.length === b.unmet.length &&
  a.unmet.every((u, i) => u.share === b.unmet[i]!.share && u.demand === b.unmet[i]!.demand);
boardGaps.subscribe(() => {
  const answer = boardGaps.current();
  if (!answer?.results || latest?.key === answer.key) return;
  const result = answer.results[0]!;
  const sameBoard = latest !== null && latest.key.boardId === answer.key.boardId;
  if (!sameBoard) previous = null;
  else if (!sameNumbers(latest!.result, result)) previous = { boardId: latest!.key.boardId, result: latest!.result };
  latest = { key: answer.key, result };
});

const keyOf = (board: Board, concepts: boolean): GapsKey => ({ boardId: board.id, items: board.items, settings: board.gapSettings, concepts });
const isFor = (answer: GapsAnswer | null, board: Board, concepts: boolean) =>
  answer !== null && answer.key.items === board.items && answer.key.settings === board.gapSettings && answer.key.concepts === concepts;

/** Asks for the board's answer (off the main thread) when the board's items or settings change. */
export function requestBoardGaps(board: Board, concepts: boolean): void {
  // Every view of the zones asks after an edit: one job per board as it is, however many ask.
  if (isFor(boardGaps.current(), board, concepts) || (boardGaps.busy() && requested?.items === board.items && requested.settings === board.gapSettings && requested.concepts === concepts)) return;
  requested = keyOf(board, concepts);
  boardGaps.request(requested, pack(board.items, null, concepts), boardOptions(board.gapSettings));
}

let requested: GapsKey | null = null;

/**
 * The board's first answer, awaited before the first frame so that it already shows the
 * zones; a slow worker (over 2 s) does not hold the page back.
 */
export function firstZones(board: Board): Promise<void> {
  const concepts = board.display.countConcepts;
  if (isFor(boardGaps.current(), board, concepts)) return Promise.resolve();
  const answered = boardGaps.answerFor(keyOf(board, concepts), pack(board.items, null, concepts), boardOptions(board.gapSettings)).then(() => undefined);
  return Promise.race([answered, new Promise<void>((done) => setTimeout(done, 2000))]);
}

/** The overlay shows when its toggle is on; in presentation, from the reveal step that brings the zones. */
export const zonesShown = (s: AppState) => layerShown(s, 'zones');

/** White space shows when its own toggle is on; in presentation, from the reveal step that brings it. */
export const whiteSpaceShown = (s: AppState) => layerShown(s, 'whiteSpace');

/**
 * The gap-finder for what the map shows: during a drag, the newest answer for the preview;
 * otherwise the board's answer. Both are computed in a worker, so a drop never waits for
 * them: until the board's own answer arrives, the drag's last answer (the same positions)
 * or the board's previous answer stands in.
 */
export function useShownGaps(): ShownGaps {
  const board = useApp((s) => s.doc.board);
  const dragging = useApp((s) => s.session.drag !== null);
  const live = useSyncExternalStore(liveGaps.subscribe, liveGaps.current);
  const saved = useSyncExternalStore(boardGaps.subscribe, boardGaps.current);
  const concepts = useApp((s) => s.doc.board.display.countConcepts);
  useEffect(() => requestBoardGaps(board, concepts), [board.items, board.gapSettings, board, concepts]);
  const fresh = isFor(saved, board, concepts);
  const own = saved?.results && saved.key.boardId === board.id ? saved.results[0]! : null;
  if (dragging && live?.results) return { result: live.results[0]!, error: null, robustness: null, pending: false, before: own };
  if (fresh && saved) {
    if (saved.error !== null) return { result: empty, error: saved.error, robustness: null, pending: false, before: null };
    const [result, half, double] = saved.results as [GapResult, GapResult, GapResult];
    const { maxZones } = board.gapSettings;
    const robustness = result.opportunities.map((_, i) => ({ half: zoneFate(i + 1, result, half, maxZones), double: zoneFate(i + 1, result, double, maxZones) }));
    return { result, error: null, robustness, pending: false, before: previous?.boardId === board.id ? previous.result : null };
  }
  return { result: live?.results?.[0] ?? own ?? empty, error: null, robustness: null, pending: true, before: null };
}

/**
 * Has the gap-finder answered for the board as it is now? Re-renders only when that flips
 * (not on every answer of a drag).
 */
export function useGapsReady(): boolean {
  const board = useApp((s) => s.doc.board);
  const concepts = useApp((s) => s.doc.board.display.countConcepts);
  return useSyncExternalStore(boardGaps.subscribe, () => isFor(boardGaps.current(), board, concepts));
}

/** The gap-finder's result for what the map shows (see `useShownGaps`). */
export function useGaps(): GapResult {
  return useShownGaps().result;
}

/**
 * Zone peaks of the board as saved (where rank badges sit, for label layout): the same
 * array while the peaks stay put. Never follows a drag, so the labels' owner does not
 * re-render on every frame.
 */
export function useZonePeaks(): readonly { x: number; y: number }[] {
  const show = useApp(zonesShown);
  const boardId = useApp((s) => s.doc.board.id);
  const saved = useSyncExternalStore(boardGaps.subscribe, boardGaps.current);
  const last = useRef<readonly { x: number; y: number }[]>(noPeaks);
  const peaks = show && saved?.results && saved.key.boardId === boardId ? saved.results[0]!.opportunities : noPeaks;
  const same = peaks.length === last.current.length && peaks.every((p, i) => p.x === last.current[i]!.x && p.y === last.current[i]!.y);
  if (!same) last.current = peaks.map((p) => ({ x: p.x, y: p.y }));
  return last.current;
}

const noPeaks: readonly { x: number; y: number }[] = [];
