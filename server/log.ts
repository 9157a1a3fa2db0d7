/** One line per event worth knowing (never per message), with the time. */
export function log(message: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);
}

/** A room as logs name it: enough to tell rooms apart, not enough to find one. */
export function roomTag(room: string): string {
  return `room ${room.slice(0, 6)}…`;
}
