import type { RoomTimer } from '../../src/model/types';
import { timerLimitMs } from '../../src/schema/readRound';

export type TimerAction = 'add' | 'pause' | 'resume' | 'stop';

/**
 * The timer after the facilitator's `action` at server time `now`: a minute more (running or
 * paused; none past `timerLimitMs` in all), paused with what is left, resumed from it, or stopped at zero.
 */
export function changedTimer(timer: RoomTimer, action: TimerAction, now: number, minuteMs: number): RoomTimer {
  const left = timer.running ? Math.max(0, timer.endsAt - now) : timer.remaining;
  switch (action) {
    case 'add':
      // A minute past the limit and the timer would not read: every screen would lose it.
      if (timer.total + minuteMs > timerLimitMs) return timer;
      return { ...timer, endsAt: (timer.running ? timer.endsAt : now + left) + minuteMs, remaining: left + minuteMs, total: timer.total + minuteMs };
    case 'pause':
      return { ...timer, running: false, remaining: left };
    case 'resume':
      return { ...timer, running: left > 0, endsAt: now + left, remaining: left };
    case 'stop':
      return { ...timer, running: false, remaining: 0 };
  }
}
