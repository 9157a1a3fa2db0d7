import { timerMinutes } from '../../collab/workshopProtocol';

/** A time limit as typed: null for none (blank), the minutes, or `bad` outside 1–60 whole minutes. */
export function readTimeLimit(text: string): { readonly minutes: number | null; readonly bad: boolean } {
  if (text.trim() === '') return { minutes: null, bad: false };
  const minutes = Number(text);
  return { minutes, bad: !(Number.isInteger(minutes) && minutes >= timerMinutes.min && minutes <= timerMinutes.max) };
}
