/** Hocuspocus's framing written by hand, for a raw WebSocket client (lib0's varUint, varString, varUint8Array). */
export const uint = (value: number): number[] => {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push(0x80 | (value & 0x7f));
    value = Math.floor(value / 128);
  }
  return [...bytes, value];
};
export const bytes = (data: Uint8Array | readonly number[]): number[] => [...uint(data.length), ...data];
export const text = (value: string): number[] => bytes([...new TextEncoder().encode(value)]);
export const message = (...parts: number[][]): Uint8Array => new Uint8Array(parts.flat());

export const wire = {
  auth: (room: string, token: string) => message(text(room), uint(2), uint(0), text(token)),
  syncStep1: (room: string, stateVector: Uint8Array) => message(text(room), uint(0), uint(0), bytes(stateVector)),
  update: (room: string, update: Uint8Array) => message(text(room), uint(0), uint(2), bytes(update)),
  syncStep2: (room: string, update: Uint8Array) => message(text(room), uint(0), uint(1), bytes(update)),
  awareness: (room: string, clientId: number, clock: number, state: unknown) => message(text(room), uint(1), bytes(message(uint(1), uint(clientId), uint(clock), text(JSON.stringify(state))))),
  stateless: (room: string, payload: string) => message(text(room), uint(5), text(payload)),
  broadcastStateless: (room: string, payload: string) => message(text(room), uint(6), text(payload)),
};
