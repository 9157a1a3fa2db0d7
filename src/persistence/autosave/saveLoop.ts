/** Debounce and flush: when the next write starts, and that only one is ever under way. */
export interface SaveLoop {
  /** Writes after `delayMs`, unless a write is already scheduled (the first change sets the deadline). */
  schedule(delayMs?: number): void;
  /** Writes now, after any write under way; the scheduled one is dropped. */
  flush(): Promise<void>;
  /** Drops the scheduled write (one under way still finishes). */
  cancel(): void;
}

/** A loop around `write`, which must not throw (it reports its own failures). */
export function createSaveLoop(write: () => Promise<void>, delayMs: number): SaveLoop {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  async function flush(): Promise<void> {
    cancel();
    while (inFlight) await inFlight;
    inFlight = write();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  return {
    schedule(delay = delayMs) {
      if (timer === null) timer = setTimeout(() => void flush(), delay);
    },
    flush,
    cancel,
  };
}
