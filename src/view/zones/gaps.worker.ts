/// <reference lib="webworker" />
import { findGapsPacked, type GapOptions, type PackedGapInput, type PackedGapResult } from '../../gaps';

/** A request: one drag frame's board. The reply carries the same `seq`. */
export interface GapsRequest {
  readonly seq: number;
  readonly input: PackedGapInput;
  readonly options: GapOptions;
}

/** The result on indices (named on the main thread), or why it failed. */
export type GapsReply = { readonly seq: number; readonly result: PackedGapResult } | { readonly seq: number; readonly error: string };

// The live gap-finder off the main thread: the page keeps drawing frames while this computes.
self.onmessage = (event: MessageEvent<GapsRequest>) => {
  const { seq, input, options } = event.data;
  try {
    self.postMessage({ seq, result: findGapsPacked(input, options) } satisfies GapsReply);
  } catch (error) {
    self.postMessage({ seq, error: error instanceof Error ? error.message : String(error) } satisfies GapsReply);
  }
};
