/** Causes one minute may name; past them, the rest count as one. */
const maxCauses = 30;
/** Room ids, tokens and socket ids are 16 or more of these: never logged whole. */
const secretLike = /[A-Za-z0-9_-]{16,}/g;
/** Characters that would forge or hide log lines: C0 and C1 controls, DEL, line separators, bidi controls. */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A cause as it may be logged: no secrets, one line, at most 160 characters. */
export function cleanCause(cause: string): string {
  const clean = cause.replace(secretLike, '…').replace(unsafe, '?');
  return clean.length > 160 ? `${clean.slice(0, 159)}…` : clean;
}

/**
 * Counts events by cause and logs each cause at most once per period: its first occurrence
 * at once, then how many more came, at the end of each period they came in. A cause quiet
 * for a whole period is forgotten (its next occurrence is logged at once again).
 */
export class ErrorSummary {
  /** Occurrences since the cause's last line, per cause seen within the last period. */
  private readonly counts = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (line: string) => void,
    private readonly periodMs = 60_000,
  ) {}

  note(cause: string): void {
    let key = cleanCause(cause);
    if (!this.counts.has(key) && this.counts.size >= maxCauses) key = 'other events';
    const count = this.counts.get(key);
    if (count === undefined) {
      this.counts.set(key, 0);
      this.write(key);
      this.timer ??= setInterval(() => this.flush(), this.periodMs).unref();
      return;
    }
    this.counts.set(key, count + 1);
  }

  /** Logs each cause's count since its last line; forgets the causes that had none. */
  flush(): void {
    for (const [cause, count] of this.counts) {
      if (count === 0) {
        this.counts.delete(cause);
        continue;
      }
      this.write(`${cause} (${count} more in the last ${Math.round(this.periodMs / 1000)} s)`);
      this.counts.set(cause, 0);
    }
    if (this.counts.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}
