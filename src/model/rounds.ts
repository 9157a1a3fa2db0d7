import type { Board, Round, RoomTimer } from './types';

/** The round open now, if any (the server opens one at a time). */
export const openRoundOf = (board: Pick<Board, 'rounds'>): Round | null => board.rounds.find((round) => round.status === 'open') ?? null;

/** The last round revealed, if any. */
export const lastRevealedOf = (board: Pick<Board, 'rounds'>): Round | null =>
  board.rounds.filter((round) => round.status === 'revealed').reduce<Round | null>((last, round) => (!last || round.number > last.number ? round : last), null);

/** The room's timer, if one was ever set. */
export const roomTimerOf = (board: Pick<Board, 'timers'>): RoomTimer | null => board.timers[0] ?? null;

/** Milliseconds left on the timer at server time `now` (0 when stopped or over). */
export function timeLeft(timer: RoomTimer, now: number): number {
  return Math.max(0, timer.running ? timer.endsAt - now : timer.remaining);
}

/** "4:05", "0:09", "12:00". */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
