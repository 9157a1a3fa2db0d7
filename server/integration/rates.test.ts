import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardDoc, itemFields, updateOn } from '../test/boards';
import { authenticatedSocket, createRoom, startServer, tempDir, waitFor, type RunningServer } from '../test/harness';
import { wire } from '../test/wire';

/** Aggregate limits low enough to reach with a few sockets, each well within its own 50 messages a second. */
const rates = { address: 120, room: 60, presence: 5 };
let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('rates');
  server = await startServer({
    dataDir,
    env: {
      RATE_ADDRESS_MESSAGES_PER_SECOND: String(rates.address),
      RATE_ROOM_MESSAGES_PER_SECOND: String(rates.room),
      RATE_PRESENCE_PER_SECOND: String(rates.presence),
    },
  });
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const authenticated = (room: string, token: string) => authenticatedSocket(server, room, token);

/** Sockets each sending `count` sync step 1s at once; how long until the last answer arrived (ms). */
async function answered(sockets: Awaited<ReturnType<typeof authenticated>>[], rooms: string[], count: number): Promise<number> {
  await sleep(1500);
  const before = sockets.map((raw) => raw.received.length);
  let last = 0;
  sockets.forEach((raw) => raw.socket.on('message', () => (last = performance.now())));
  const started = performance.now();
  sockets.forEach((raw, i) => {
    for (let n = 0; n < count; n++) raw.socket.send(wire.syncStep1(rooms[i]!, new Uint8Array([0])));
  });
  await waitFor(() => sockets.every((raw, i) => raw.received.length - before[i]! >= count), 'every answer', 10_000);
  // Each step 1 may get more than one answer: the last arrives once nothing more comes for a while.
  for (let seen = -1; seen !== last; ) {
    seen = last;
    await sleep(500);
  }
  return last - started;
}

describe('hostile clients: rates beyond the connection', () => {
  it('closes a view-only connection that sends a change; it may send its catch-up, presence, sync step 1 and a workshop request (the clock)', async () => {
    const { room, viewToken } = await createRoom(server);
    const viewer = await authenticated(room, viewToken);
    viewer.socket.send(wire.syncStep1(room, new Uint8Array([0])));
    viewer.socket.send(wire.syncStep2(room, Y.encodeStateAsUpdate(new Y.Doc())));
    viewer.socket.send(wire.awareness(room, 5150, 1, { user: { name: 'Viewer', colour: '#112233' }, selectedId: null, drag: null, lead: null }));
    await sleep(300);
    expect(viewer.socket.readyState).toBe(viewer.socket.OPEN);
    viewer.socket.send(wire.update(room, updateOn(boardDoc(), ({ items }) => items.set('item:sneaky', itemFields()))));
    expect(await viewer.closed).toBe(4400);
    const other = await authenticated(room, viewToken);
    other.socket.send(wire.stateless(room, 'hello'));
    other.socket.send(wire.stateless(room, JSON.stringify({ type: 'startRound', question: 'Mine', itemIds: ['item:a'], start: 'tray', showNames: false, minutes: null })));
    other.socket.send(wire.stateless(room, JSON.stringify({ type: 'ping', id: 1 })));
    await waitFor(() => other.received.some((data) => data.toString('utf8').includes('"type":"pong"')), 'the clock');
    expect(other.received.some((data) => data.toString('utf8').includes('Only the facilitator'))).toBe(true);
    expect(other.socket.readyState).toBe(other.socket.OPEN);
    other.socket.terminate();
  });

  it('holds presence to its own rate: 15 presence updates at once reach a watcher over seconds, the last one last', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    const sender = await authenticated(room, editToken);
    const watcher = await authenticated(room, viewToken);
    await sleep(1500);
    const started = performance.now();
    for (let n = 1; n <= 15; n++) sender.socket.send(wire.awareness(room, 6160, n, { user: { name: `Mover ${n}`, colour: '#112233' }, selectedId: null, drag: null, lead: null }));
    await waitFor(() => watcher.received.some((data) => data.toString('utf8').includes('Mover 15')), 'the last presence');
    const elapsed = performance.now() - started;
    console.log(`15 presence updates at ${rates.presence}/s: the last one arrived after ${elapsed.toFixed(0)} ms`);
    // 15 sent, 5 at once, then 5 a second: the last is 2 s behind.
    expect(elapsed).toBeGreaterThan(1500);
    for (const raw of [sender, watcher]) raw.socket.terminate();
  }, 20_000);

  it('holds a room to its aggregate rate: 4 sockets each within its own limit, 120 messages into one room, take about a second', async () => {
    const { room, editToken } = await createRoom(server);
    const sockets = await Promise.all(Array.from({ length: 4 }, () => authenticated(room, editToken)));
    const elapsed = await answered(sockets, sockets.map(() => room), 30);
    console.log(`120 messages into one room at ${rates.room}/s: answered in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeGreaterThan(500);
    sockets.forEach((raw) => raw.socket.terminate());
  }, 20_000);

  it('holds an address to its aggregate rate: 6 sockets in 6 rooms, each within its own and its room’s limit, 180 messages take half a second', async () => {
    const rooms = await Promise.all(Array.from({ length: 6 }, () => createRoom(server)));
    const sockets = await Promise.all(rooms.map(({ room, editToken }) => authenticated(room, editToken)));
    const elapsed = await answered(sockets, rooms.map(({ room }) => room), 30);
    console.log(`180 messages from one address at ${rates.address}/s: answered in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeGreaterThan(300);
    sockets.forEach((raw) => raw.socket.terminate());
  }, 20_000);
});
