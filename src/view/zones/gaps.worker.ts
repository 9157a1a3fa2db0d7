/// <reference lib="webworker" />
import { findGaps, type GapOptions, type GapResult } from '../../gaps';
import { unpack, type PackedInput } from './packedInput';

/** A request: one drag frame's board. The reply carries the same `seq`. */
export interface GapsRequest {
  readonly seq: number;
  readonly input: PackedInput;
  readonly options: GapOptions;
}

export interface GapsReply {
  readonly seq: number;
  readonly result: GapResult | null;
}

// The live gap-finder off the main thread: the page keeps drawing frames while this computes.
self.onmessage = (event: MessageEvent<GapsRequest>) => {
  const { seq, input, options } = event.data;
  let result: GapResult | null = null;
  try {
    result = findGaps(unpack(input), options);
  } catch {
    result = null;
  }
  self.postMessage({ seq, result } satisfies GapsReply);
};
