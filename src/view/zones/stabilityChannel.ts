import type { Board } from '../../model/types';
import type { ZoneStability } from '../../evidence/describeStability';
import { resampledPositions } from '../../evidence/resampledPositions';
import { resamples } from '../../evidence/bootstrapMeans';
import { pack } from './packedInput';
import type { StabilityReply, StabilityRequest } from './stability.worker';

/** What the resamples say of the board's zones, for the board (items, evidence, view, settings) it was computed on. */
export interface StabilityAnswer {
  readonly items: Board['items'];
  readonly evidence: Board['evidence'];
  readonly settings: Board['gapSettings'];
  readonly zones: readonly ZoneStability[];
}

let answer: StabilityAnswer | null = null;
let worker: Worker | null = null;
/** The board the run on its way is for. */
let running: Board | null = null;
let seq = 0;
const listeners = new Set<() => void>();
const publish = (next: StabilityAnswer | null) => {
  answer = next;
  listeners.forEach((listener) => listener());
};

/**
 * The bootstrap of the zones, in a worker of its own: a new board (an edit) ends the run on
 * its way and starts another, so an answer is always for the board it names.
 */
export const stabilityChannel = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  current: (): StabilityAnswer | null => answer,
  request(board: Board): void {
    if (answer && answer.items === board.items && answer.evidence === board.evidence && answer.settings === board.gapSettings) return;
    if (worker && running && running.items === board.items && running.evidence === board.evidence && running.gapSettings === board.gapSettings) return;
    worker?.terminate();
    worker = null;
    if (answer) publish(null);
    const packed = pack(board.items, null, board.display.countConcepts);
    const resampled = resampledPositions(board, packed);
    if (typeof Worker === 'undefined') return;
    if (resampled.length === 0) return publish({ items: board.items, evidence: board.evidence, settings: board.gapSettings, zones: [] });
    const id = ++seq;
    const w = new Worker(new URL('./stability.worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    running = board;
    w.onmessage = (event: MessageEvent<StabilityReply>) => {
      if (event.data.seq !== id || 'error' in event.data) return;
      publish({ items: board.items, evidence: board.evidence, settings: board.gapSettings, zones: event.data.zones });
      w.terminate();
      if (worker === w) {
        worker = null;
        running = null;
      }
    };
    const request: StabilityRequest = { seq: id, input: packed.input, options: board.gapSettings, resampled, count: resamples };
    w.postMessage(request);
  },
  stop(): void {
    worker?.terminate();
    worker = null;
    running = null;
  },
};
