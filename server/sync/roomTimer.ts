import type { RoomTimer } from '../../src/model/types';
import { boardTypes, plain } from '../../src/collab/boardYDoc';
import { openRoundIn, timerId, timerIn } from './workshopRecords';
import { changedTimer, type TimerAction } from './timerChange';
import { workshopOrigin, type WorkshopDesk, type WorkshopRoom } from './workshopRoom';

/** Writes the room's timer (and, with it, a timed round's end), stores it and sets the alarm. */
function writeTimer(desk: WorkshopDesk, room: WorkshopRoom, timer: RoomTimer): void {
  const { records } = boardTypes(room.document);
  const open = openRoundIn(room.document);
  room.document.transact(() => {
    records.timers.set(timerId, plain(timer));
    // A round with a time limit ends with the timer.
    if (open && open.endsAt !== null) records.rounds.set(open.id, plain({ ...open, endsAt: timer.running ? timer.endsAt : desk.now() + timer.remaining }));
  }, workshopOrigin);
  desk.storeNow(room.document);
  desk.arm(room);
}

/** Starts the room's timer for `minutes`. */
export function startTimer(desk: WorkshopDesk, room: WorkshopRoom, minutes: number): void {
  const total = minutes * desk.minuteMs;
  const now = desk.now();
  writeTimer(desk, room, { id: timerId, running: true, endsAt: now + total, remaining: total, total, createdAt: new Date(now).toISOString() });
}

/** +1 min, pause, resume or stop. */
export function changeTimer(desk: WorkshopDesk, room: WorkshopRoom, action: TimerAction): void {
  const timer = timerIn(room.document);
  if (timer) writeTimer(desk, room, changedTimer(timer, action, desk.now(), desk.minuteMs));
}

/** Time is up: the timer stops at zero (stored). */
export function stopAtZero(desk: WorkshopDesk, room: WorkshopRoom, timer: RoomTimer): void {
  room.document.transact(() => boardTypes(room.document).records.timers.set(timerId, plain({ ...timer, running: false, remaining: 0 })), workshopOrigin);
  desk.storeNow(room.document);
}
