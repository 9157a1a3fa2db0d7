/// <reference lib="webworker" />
import type { GapOptions, PackedGapInput } from '../../gaps';
import { zoneStability } from '../../evidence/zoneStability';
import type { ZoneStability } from '../../evidence/describeStability';
import type { ResampledItem } from '../../evidence/resampledPositions';

export interface StabilityRequest {
  readonly seq: number;
  readonly input: PackedGapInput;
  readonly options: GapOptions;
  readonly resampled: readonly ResampledItem[];
  readonly count: number;
}

export type StabilityReply = { readonly seq: number; readonly zones: readonly ZoneStability[] } | { readonly seq: number; readonly error: string };

// The resamples' gap-finder runs off the page's thread; an edit ends this worker and starts another.
self.onmessage = (event: MessageEvent<StabilityRequest>) => {
  const { seq, input, options, resampled, count } = event.data;
  try {
    self.postMessage({ seq, zones: zoneStability(input, options, resampled, count) } satisfies StabilityReply);
  } catch (error) {
    self.postMessage({ seq, error: error instanceof Error ? error.message : String(error) } satisfies StabilityReply);
  }
};
