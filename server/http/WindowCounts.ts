/**
 * Counts per key (a remote address) in a fixed window from each key's first count. The table
 * holds at most `maxKeys`: expired windows are pruned as it fills, and past that the oldest
 * window goes (its key starts afresh — a flood of addresses cannot grow memory instead).
 */
export class WindowCounts {
  /** Insertion order is window order: a new window is deleted and set again. */
  private readonly windows = new Map<string, { since: number; count: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** The key's count in its current window (0 when it has none). */
  count(key: string, now: number): number {
    const window = this.windows.get(key);
    return window && now - window.since < this.windowMs ? window.count : 0;
  }

  add(key: string, now: number): void {
    const window = this.windows.get(key);
    if (window && now - window.since < this.windowMs) {
      window.count += 1;
      return;
    }
    this.windows.delete(key);
    if (this.windows.size >= this.maxKeys) this.prune(now);
    this.windows.set(key, { since: now, count: 1 });
  }

  get size(): number {
    return this.windows.size;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.since < this.windowMs) break;
      this.windows.delete(key);
    }
    while (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
  }
}
