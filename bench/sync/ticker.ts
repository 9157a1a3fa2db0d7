import { now } from './clock';

export interface Ticker {
  /** Ticks made, and ticks skipped because the process was busy past their time. */
  readonly ticks: number;
  readonly skipped: number;
  stop(): void;
}

/**
 * Calls `tick(at)` every `periodMs`, from `startAt + offsetMs` until `endAt` (epoch ms), on
 * a fixed schedule. A tick more than a period late is skipped, not made up: a device that
 * fell behind sends its next frame, not a burst of old ones.
 */
export function ticker(startAt: number, endAt: number, periodMs: number, offsetMs: number, tick: (at: number) => void): Ticker {
  let next = startAt + offsetMs;
  let ticks = 0;
  let skipped = 0;
  let timer: NodeJS.Timeout | null = null;
  const fire = () => {
    const at = now();
    const behind = Math.floor((at - next) / periodMs);
    if (behind > 0) {
      skipped += behind;
      next += behind * periodMs;
    }
    if (at > endAt) return;
    ticks++;
    tick(at);
    next += periodMs;
    if (next <= endAt) timer = setTimeout(fire, Math.max(0, next - now()));
  };
  timer = setTimeout(fire, Math.max(0, next - now()));
  return {
    get ticks() {
      return ticks;
    },
    get skipped() {
      return skipped;
    },
    stop() {
      if (timer) clearTimeout(timer);
    },
  };
}
