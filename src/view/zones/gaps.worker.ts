/// <reference lib="webworker" />
import { findGapsPacked, type GapOptions, type PackedGapInput, type PackedGapResult } from '../../gaps';

/** A request: one board, one or more option sets. The reply carries the same `seq`. */
export interface GapsRequest {
  readonly seq: number;
  readonly input: PackedGapInput;
  readonly options: readonly GapOptions[];
}

/** A result per option set, on indices (named on the main thread), or why it failed. */
export type GapsReply = { readonly seq: number; readonly results: readonly PackedGapResult[] } | { readonly seq: number; readonly error: string };

// The gap-finder off the main thread: the page keeps drawing frames while this computes.
self.onmessage = (event: MessageEvent<GapsRequest>) => {
  const { seq, input, options } = event.data;
  try {
    self.postMessage({ seq, results: options.map((o) => findGapsPacked(input, o)) } satisfies GapsReply);
  } catch (error) {
    self.postMessage({ seq, error: error instanceof Error ? error.message : String(error) } satisfies GapsReply);
  }
};
