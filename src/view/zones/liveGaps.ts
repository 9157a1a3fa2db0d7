import type { GapOptions, GapResult } from '../../gaps';
import type { GapSettings, Item } from '../../model/types';
import type { DragPreview } from '../../store/appState';
import { findGapsForBoard, pack, relabel, type Packed } from './packedInput';
import type { GapsReply, GapsRequest } from './gaps.worker';

interface Job {
  readonly seq: number;
  readonly packed: Packed;
  readonly options: GapOptions;
}

/**
 * The gap-finder following a drag, in a worker so drawing never waits for it: a frame's
 * board goes out when the worker is free (only the newest one waits), and its result comes
 * back a frame or so later. Where workers are missing or fail, it runs in place.
 */
class LiveGaps {
  private result: GapResult | null = null;
  private readonly listeners = new Set<() => void>();
  /** undefined: not started yet; null: none available, compute in place. */
  private worker: Worker | null | undefined;
  private seq = 0;
  /** Replies to requests up to this one belong to a drag that has ended. */
  private ended = 0;
  private inFlight: Job | null = null;
  private waiting: Job | null = null;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The newest result for the drag in progress; null before the first one and after the drop. */
  readonly current = () => this.result;

  /** Starts the worker ahead of the first drag, so that drag's first frames need not wait. */
  warm(): void {
    this.start();
  }

  request(items: readonly Item[], drag: DragPreview, settings: GapSettings): void {
    const job: Job = { seq: ++this.seq, packed: pack(items, drag), options: settings };
    const worker = this.start();
    if (!worker) this.publishRelabelled(job, computeInPlace(job));
    else if (this.inFlight) this.waiting = job;
    else this.send(worker, job);
  }

  /** The drag ended: forget its results, including any still on their way. */
  clear(): void {
    this.ended = this.seq;
    this.waiting = null;
    if (this.result === null) return;
    this.result = null;
    this.listeners.forEach((listener) => listener());
  }

  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      this.worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./gaps.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.worker = null;
    }
    if (this.worker) {
      this.worker.onmessage = (event: MessageEvent<GapsReply>) => this.receive(event.data);
      this.worker.onerror = () => this.fail();
    }
    return this.worker;
  }

  private send(worker: Worker, job: Job): void {
    this.inFlight = job;
    const { products, personas } = job.packed.input;
    const transfer = [products.x, products.y, personas.x, personas.y, personas.weight, personas.reach].map((a) => a.buffer);
    worker.postMessage({ seq: job.seq, input: job.packed.input, options: job.options } satisfies GapsRequest, transfer);
  }

  private receive(reply: GapsReply): void {
    const job = this.inFlight;
    this.inFlight = null;
    if (job && job.seq === reply.seq) this.publishRelabelled(job, 'result' in reply ? relabel(reply.result, job.packed) : null);
    const next = this.waiting;
    this.waiting = null;
    if (next && this.worker) this.send(this.worker, next);
  }

  private publishRelabelled(job: Job, result: GapResult | null): void {
    if (job.seq <= this.ended || !result) return;
    this.result = result;
    this.listeners.forEach((listener) => listener());
  }

  /** A worker that fails once is not trusted again: the rest runs in place (the job it held is lost; the next frame brings another). */
  private fail(): void {
    this.worker?.terminate();
    this.worker = null;
    const next = this.waiting;
    this.inFlight = null;
    this.waiting = null;
    if (next) this.publishRelabelled(next, computeInPlace(next));
  }
}

function computeInPlace(job: Job): GapResult | null {
  try {
    return findGapsForBoard(job.packed, job.options);
  } catch {
    return null;
  }
}

export const liveGaps = new LiveGaps();
