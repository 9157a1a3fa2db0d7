import type { GapOptions, GapResult } from '../../gaps';
import { relabel, type Packed } from './packedInput';
import type { GapsReply, GapsRequest } from './gaps.worker';

/** What a board is computed for: the answer is fresh while both are the very objects shown. */
export interface GapsKey {
  readonly boardId: string;
  readonly items: unknown;
  readonly settings: unknown;
  /** Whether concepts counted as products. */
  readonly concepts: boolean;
}

/** One answer: a result per requested option set (named by item ids), or why it failed. */
export type GapsAnswer = { readonly key: GapsKey; readonly results: readonly GapResult[]; readonly error: null } | { readonly key: GapsKey; readonly results: null; readonly error: string };

interface Job {
  readonly seq: number;
  readonly key: GapsKey;
  readonly packed: Packed;
  readonly options: readonly GapOptions[];
}

/**
 * The gap-finder off the main thread, newest first: a job goes to a worker when it is free
 * (only the newest one waits), and its answer comes back a frame or so later, so drawing
 * never waits for it. Where workers are missing or fail, jobs run in place.
 */
export class GapsChannel {
  private answer: GapsAnswer | null = null;
  private readonly listeners = new Set<() => void>();
  /** undefined: not started yet; null: none available, compute in place. */
  private worker: Worker | null | undefined;
  private seq = 0;
  /** Answers to requests up to this one are no longer wanted. */
  private dropped = 0;
  private inFlight: Job | null = null;
  private waiting: Job | null = null;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The newest answer; null before the first one and after `clear`. */
  readonly current = (): GapsAnswer | null => this.answer;

  /** A job is on its way (in the worker, or waiting for it). */
  busy(): boolean {
    return this.inFlight !== null || this.waiting !== null;
  }

  /** Starts the worker ahead of the first job. */
  warm(): void {
    this.start();
  }

  request(key: GapsKey, packed: Packed, options: readonly GapOptions[]): void {
    const job: Job = { seq: ++this.seq, key, packed, options };
    const worker = this.start();
    if (!worker) void computeInPlace(job).then((answer) => this.publish(job, answer));
    else if (this.inFlight) this.waiting = job;
    else this.send(worker, job);
  }

  /** Requests an answer and resolves with the next one published: this one, or null when a newer request's or `clear` came first. */
  answerFor(key: GapsKey, packed: Packed, options: readonly GapOptions[]): Promise<GapsAnswer | null> {
    return new Promise((resolve) => {
      const unsubscribe = this.subscribe(() => {
        unsubscribe();
        resolve(this.answer?.key === key ? this.answer : null);
      });
      this.request(key, packed, options);
    });
  }

  /** Forgets the answer, including any still on its way. */
  clear(): void {
    this.dropped = this.seq;
    this.waiting = null;
    if (this.answer === null) return;
    this.answer = null;
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
    // Transferred, not copied: a job's arrays are its own, and only its ids are read afterwards.
    const transfer = [products.x, products.y, personas.x, personas.y, personas.weight, personas.reach].map((a) => a.buffer);
    worker.postMessage({ seq: job.seq, input: job.packed.input, options: job.options } satisfies GapsRequest, transfer);
  }

  private receive(reply: GapsReply): void {
    const job = this.inFlight;
    this.inFlight = null;
    if (job && job.seq === reply.seq) {
      this.publish(job, 'results' in reply ? { key: job.key, results: reply.results.map((r) => relabel(r, job.packed)), error: null } : { key: job.key, results: null, error: reply.error });
    }
    const next = this.waiting;
    this.waiting = null;
    if (next && this.worker) this.send(this.worker, next);
  }

  private publish(job: Job, answer: GapsAnswer): void {
    if (job.seq <= this.dropped) return;
    this.answer = answer;
    this.listeners.forEach((listener) => listener());
  }

  /** A worker that fails once is not trusted again: the rest runs in place. */
  private fail(): void {
    this.worker?.terminate();
    this.worker = null;
    // The job in flight gave its arrays away; the next request brings another.
    const next = this.waiting;
    this.inFlight = null;
    this.waiting = null;
    if (next) void computeInPlace(next).then((answer) => this.publish(next, answer));
  }
}

async function computeInPlace(job: Job): Promise<GapsAnswer> {
  try {
    const { findGapsForBoard } = await import('./findInPlace');
    return { key: job.key, results: job.options.map((options) => findGapsForBoard(job.packed, options)), error: null };
  } catch (error) {
    return { key: job.key, results: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Follows a drag, frame by frame. */
export const liveGaps = new GapsChannel();
/** The board as saved, with the robustness runs (half and double the coverage radius). */
export const boardGaps = new GapsChannel();
