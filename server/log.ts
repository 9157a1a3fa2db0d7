import { ErrorSummary } from './ErrorSummary';

/** One line per event worth knowing (never per message), with the time. */
export function log(message: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);
}

/** A room as logs name it: enough to tell rooms apart, not enough to find one (a client's name is shown as its first characters, cleaned). */
export function roomTag(room: string): string {
  return `room ${[...room.slice(0, 6)].map((char) => (/[A-Za-z0-9_-]/.test(char) ? char : '?')).join('')}…`;
}

const summary = new ErrorSummary(log);

/**
 * What a client got wrong (a refused token, a malformed message, a flood): the first of each
 * cause is logged at once, the rest counted and logged once a minute, so strangers cannot
 * fill the log. Secrets and control characters are cleaned from `cause`.
 */
export function clientError(cause: string): void {
  summary.note(cause);
}

/** An event each connection makes (joined, left): summarised as client errors are, since anyone with a link makes them at will. */
export function logActivity(event: string): void {
  summary.note(event);
}
