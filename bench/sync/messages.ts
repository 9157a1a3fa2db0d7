import type { SampleArrays } from './Samples';

/**
 * What the sync bench (`bench/sync.bench.ts`) and its participant processes
 * (`participantGroup.ts`) say over IPC (`serialization: 'advanced'`, so typed arrays pass as they are).
 */
export type ToGroup =
  /** Connect these participants, then answer `ready` once each sees `everyone` people in the room. */
  | { readonly type: 'join'; readonly wsUrl: string; readonly room: string; readonly token: string; readonly participants: readonly Seat[]; readonly everyone: number }
  | { readonly type: 'run'; readonly plan: RunPlan }
  | { readonly type: 'leave' };

export type FromGroup =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly result: GroupResult }
  | { readonly type: 'left' }
  | { readonly type: 'failed'; readonly message: string };

/** One simulated person: their display name and the item they drag and drop. */
export interface Seat {
  readonly name: string;
  readonly itemId: string;
}

export interface RunPlan {
  /** Epoch ms (`clock.now`) at which every process starts sending. */
  readonly startAt: number;
  readonly durationMs: number;
  readonly dropsPerSecond: number;
  readonly dragsPerSecond: number;
  /** After the last send, how long arrivals are still waited for. */
  readonly graceMs: number;
}

export interface StreamResult {
  /** Changes sent during the run (each is expected at every other participant). */
  readonly sent: number;
  /** Ticks skipped because the process was too late for them (it was busy). */
  readonly skipped: number;
  /** One sample per arrival at another participant of a change sent during the run. */
  readonly samples: SampleArrays;
}

export interface GroupResult {
  readonly drops: StreamResult;
  readonly drags: StreamResult;
  /** Each participant's item and the time code of its last drop: what the server must have stored. */
  readonly lastDrops: Readonly<Record<string, number>>;
  /** The participant process itself, over the run: is it the bottleneck? */
  readonly process: ProcessLoad;
}

export interface ProcessLoad {
  readonly participants: number;
  /** CPU time over wall time, in % of one core. */
  readonly cpuPercent: number;
  /** Share of the time the event loop was busy (0–1). */
  readonly eventLoopUtilization: number;
  /** How late a 10 ms timer fired, in ms: p99 and max. */
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
}
