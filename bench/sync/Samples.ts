/**
 * Latency samples of one stream, kept as typed arrays (a full run holds about a million):
 * for each arrival, its send time (ms after the run started) and its latency in ms.
 */
export class Samples {
  private length = 0;
  private sent = new Float64Array(1024);
  private latency = new Float64Array(1024);

  add(sentAfterStartMs: number, latencyMs: number): void {
    if (this.length === this.sent.length) {
      this.sent = grow(this.sent);
      this.latency = grow(this.latency);
    }
    this.sent[this.length] = sentAfterStartMs;
    this.latency[this.length++] = latencyMs;
  }

  /** Copies trimmed to the samples taken: what a process hands back (structured clone). */
  take(): SampleArrays {
    return { sentAfterStartMs: this.sent.slice(0, this.length), latencyMs: this.latency.slice(0, this.length) };
  }
}

export interface SampleArrays {
  readonly sentAfterStartMs: Float64Array;
  readonly latencyMs: Float64Array;
}

function grow(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
