import { readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../src/collab/protocol';
import { boardDoc, itemFields, updateOn } from '../test/boards';
import * as Y from 'yjs';
import { createRoom, rawSocket, startServer, storedState, tempDir, waitFor, type RunningServer, authenticatedSocket } from '../test/harness';
import { wire } from '../test/wire';

const authenticateWithinMs = 3000;
const connectionsPerAddress = 30;
let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('hostile');
  server = await startServer({
    dataDir,
    env: {
      AUTHENTICATE_WITHIN_MS: String(authenticateWithinMs),
      MAX_CONNECTIONS_PER_ADDRESS: String(connectionsPerAddress),
      ALLOWED_ORIGINS: 'https://map.example.org',
      ALLOWED_HOSTS: 'map.example.org',
    },
  });
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The server's resident memory (MB), from /proc. */
const residentMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))![1]) / 1024;
/** A name shaped like a room id that names no room. */
const madeUpRoom = () => randomBytes(18).toString('base64url');

describe('hostile clients: before authentication almost nothing is held', () => {
  it('closes token-less sockets that flood a made-up room with 256 KB messages, and holds none of it', async () => {
    const before = residentMb();
    const sockets = await Promise.all(Array.from({ length: 20 }, () => rawSocket(server)));
    const message = wire.update(madeUpRoom(), randomBytes(256 * 1024));
    const started = Date.now();
    for (let round = 0; round < 16; round++) {
      for (const { socket } of sockets) if (socket.readyState === socket.OPEN) socket.send(message);
      await sleep(20);
    }
    // Measured well within the time a socket has to authenticate: what it sent is held, or refused.
    await sleep(800);
    const grown = residentMb() - before;
    const open = sockets.filter(({ socket }) => socket.readyState === socket.OPEN).length;
    console.log(`pre-auth flood of 20 × 16 × 256 KB: server grew ${grown.toFixed(0)} MB; ${open} sockets still open after ${Date.now() - started} ms`);
    expect(open).toBe(0);
    expect(grown).toBeLessThan(40);
    for (const { socket } of sockets) socket.terminate();
  }, 30_000);

  it('closes a socket that sends more than the budget after an Auth message, before any answer could open the room', async () => {
    const raw = await rawSocket(server);
    const room = madeUpRoom();
    raw.socket.send(wire.auth(room, 'x'.repeat(24)));
    for (let i = 0; i < 40 && raw.socket.readyState === raw.socket.OPEN; i++) raw.socket.send(wire.syncStep1(room, new Uint8Array([0])));
    expect(await raw.closed).toBe(4429);
  });

  it('closes a socket with a room open that keeps sending for a name it never authenticated', async () => {
    const { room, viewToken } = await createRoom(server);
    const raw = await rawSocket(server);
    raw.socket.send(wire.auth(room, viewToken));
    await waitFor(() => raw.received.length > 0, 'the authentication answer');
    const other = madeUpRoom();
    const started = Date.now();
    const timer = setInterval(() => raw.socket.readyState === raw.socket.OPEN && raw.socket.send(wire.syncStep1(other, new Uint8Array([0]))), 200);
    try {
      const code = await Promise.race([raw.closed, sleep(authenticateWithinMs + 3000).then(() => null)]);
      expect(code).toBe(4401);
      expect(Date.now() - started).toBeLessThan(authenticateWithinMs + 1000);
    } finally {
      clearInterval(timer);
      raw.socket.terminate();
    }
  });

  it('caps the connections one address holds open', async () => {
    const sockets = await Promise.all(Array.from({ length: connectionsPerAddress }, () => rawSocket(server)));
    const refused = await new Promise<number>((resolve) => {
      const extra = new WebSocket(server.wsUrl);
      extra.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      extra.on('open', () => resolve(101));
      extra.on('error', () => undefined);
    });
    expect(refused).toBe(429);
    sockets[0]!.socket.close();
    await sockets[0]!.closed;
    await sleep(100);
    const again = await rawSocket(server);
    expect(again.socket.readyState).toBe(again.socket.OPEN);
    for (const { socket } of [...sockets, again]) socket.terminate();
  });
});

/** The status a WebSocket upgrade gets with these headers (101: opened). */
function upgradeStatus(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(server.wsUrl, { headers });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('open', () => {
      resolve(101);
      socket.terminate();
    });
    socket.on('error', () => resolve(0));
  });
}

/** An HTTP request with headers fetch would not let a test set (Host). */
function status(method: string, path: string, headers: Record<string, string>, body?: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { method, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('hostile clients: origins and hosts', () => {
  it('refuses a socket from a page on another origin; takes the app’s own, a configured one, and a client that is no browser', async () => {
    expect(await upgradeStatus({ Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus({ Origin: 'null' })).toBe(403);
    expect(await upgradeStatus({ Origin: server.url })).toBe(101);
    expect(await upgradeStatus({ Origin: `http://localhost:${server.port}`, Host: `localhost:${server.port}` })).toBe(101);
    // Another of the server's own names is another origin: a page there uses its own name.
    expect(await upgradeStatus({ Origin: `http://localhost:${server.port}` })).toBe(403);
    expect(await upgradeStatus({ Origin: 'https://map.example.org' })).toBe(101);
    expect(await upgradeStatus({})).toBe(101);
  });

  it('refuses the API to a page on another origin', async () => {
    const board = Y.encodeStateAsUpdate(boardDoc());
    const post = (headers: Record<string, string>) => status('POST', `${apiPath}/rooms`, { 'Content-Type': 'application/octet-stream', ...headers }, board);
    expect(await post({ Origin: 'http://evil.example' })).toBe(403);
    expect(await post({ Origin: server.url })).toBe(201);
    expect(await post({})).toBe(201);
  });

  it('answers no request addressed to a name that is not the server’s (DNS rebinding)', async () => {
    expect(await status('GET', `${apiPath}/health`, { Host: `rebind.evil.example:${server.port}` })).toBe(421);
    expect(await status('GET', '/', { Host: 'rebind.evil.example' })).toBe(421);
    expect(await upgradeStatus({ Host: `rebind.evil.example:${server.port}` })).toBe(403);
    expect(await status('GET', `${apiPath}/health`, { Host: `localhost:${server.port}` })).toBe(200);
    expect(await status('GET', `${apiPath}/health`, { Host: `[::1]:${server.port}` })).toBe(200);
    expect(await status('GET', `${apiPath}/health`, { Host: 'map.example.org' })).toBe(200);
  });
});

describe('hostile clients: quiet logs', () => {
  it('10 s of malformed and refused connections write a few KB of log, naming no room or token', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    const linesBefore = server.logs.length;
    const sends = [
      () => randomBytes(40),
      () => wire.auth(room, 'x'.repeat(24)),
      () => wire.auth(madeUpRoom(), editToken),
      () => wire.awareness(madeUpRoom(), 1, 1, { user: { name: 'x' } }),
      () => Uint8Array.from([...wire.auth(room, viewToken).slice(0, 30)]),
      () => Uint8Array.from([...wire.auth(room, viewToken), 0xff, 0xff]),
      () => wire.syncStep1(room, randomBytes(12)),
    ];
    const until = Date.now() + 10_000;
    let connections = 0;
    const worker = async () => {
      while (Date.now() < until) {
        const raw = await rawSocket(server).catch(() => null);
        if (!raw) continue;
        connections += 1;
        for (let i = 0; i < 3; i++) raw.socket.send(sends[(connections + i) % sends.length]!());
        await Promise.race([raw.closed, sleep(100)]);
        raw.socket.terminate();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await sleep(500);
    const written = server.logs.slice(linesBefore);
    const bytes = written.reduce((sum, line) => sum + line.length + 1, 0);
    console.log(`${connections} hostile connections in 10 s: ${written.length} log lines, ${bytes} bytes`);
    expect(connections).toBeGreaterThan(500);
    expect(bytes).toBeLessThan(4096);
    const text = server.logs.join('\n');
    for (const secret of [room, editToken, viewToken]) expect(text).not.toContain(secret);
    expect(server.child.exitCode).toBeNull();
  }, 30_000);
});

describe('hostile clients: presence belongs to its connection', () => {
  /** A raw socket authenticated for `room`, its first answers read. */
  const authenticated = (room: string, token: string) => authenticatedSocket(server, room, token);
  const seen = (raw: { received: Buffer[] }, text: string) => raw.received.some((data) => data.toString('utf8').includes(text));

  it('refuses a view-only connection’s claim on the leader’s client id, with a higher clock: nobody sees the leader renamed', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    const leader = await authenticated(room, editToken);
    const leaderId = 424242;
    leader.socket.send(wire.awareness(room, leaderId, 1, { user: { name: 'Ana', colour: '#112233' }, selectedId: null, drag: null, lead: null }));
    const watcher = await authenticated(room, viewToken);
    watcher.socket.send(wire.syncStep1(room, new Uint8Array([0])));
    await waitFor(() => seen(watcher, 'Ana'), 'the watcher to see the leader');
    const thief = await authenticated(room, viewToken);
    thief.socket.send(wire.awareness(room, leaderId, 99, { user: { name: 'Mallory', colour: '#112233' }, selectedId: null, drag: null, lead: null }));
    expect(await thief.closed).toBe(4400);
    await sleep(300);
    expect(seen(watcher, 'Mallory')).toBe(false);
    expect(seen(leader, 'Mallory')).toBe(false);
    expect(leader.socket.readyState).toBe(leader.socket.OPEN);
    for (const raw of [leader, watcher]) raw.socket.terminate();
  });

  it('refuses a view-only connection announcing offline edits or answers to them (crossed edits): nobody hears the notes', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    const watcher = await authenticated(room, editToken);
    watcher.socket.send(wire.syncStep1(room, new Uint8Array([0])));
    for (const notes of [{ offline: [{ id: 'item:a', field: 'position', base: 'forged1', mine: 'forged2', value: { x: 0.9, y: 0.9 } }] }, { crossed: [{ with: 1, id: 'item:a', field: 'label', stands: 'mine', value: 'forged3' }] }]) {
      const viewer = await authenticated(room, viewToken);
      viewer.socket.send(wire.awareness(room, 5150, 1, { user: { name: 'Viewer', colour: '#112233' }, selectedId: null, drag: null, lead: null, ...notes }));
      expect(await viewer.closed).toBe(4400);
    }
    await sleep(300);
    expect(seen(watcher, 'forged')).toBe(false);
    watcher.socket.terminate();
  });

  it('refuses a presence state over 4 KB', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    const sender = await authenticated(room, editToken);
    const watcher = await authenticated(room, viewToken);
    sender.socket.send(wire.awareness(room, 77, 1, { user: { name: `Big${'x'.repeat(5000)}`, colour: '#112233' }, selectedId: null, drag: null, lead: null }));
    expect(await sender.closed).toBe(4400);
    await sleep(200);
    expect(seen(watcher, 'Bigxxxx')).toBe(false);
    watcher.socket.terminate();
  });

  it('refuses a lead pinned at 2⁵³ − 1 (nobody could overtake it); takes the lead with the next seq', async () => {
    const { room, facilitatorToken, viewToken } = await createRoom(server);
    const lead = (seq: number) => ({ user: { name: 'Lead', colour: '#112233' }, selectedId: null, drag: null, lead: { seq, view: { centre: { x: 0.5, y: 0.5 }, zoom: 1 } } });
    const first = await authenticated(room, facilitatorToken);
    const watcher = await authenticated(room, viewToken);
    first.socket.send(wire.awareness(room, 901, 1, lead(1)));
    await waitFor(() => seen(watcher, '"seq":1'), 'the first lead');
    const second = await authenticated(room, facilitatorToken);
    second.socket.send(wire.awareness(room, 902, 1, lead(2)));
    await waitFor(() => seen(watcher, '"seq":2'), 'the next lead');
    const pinner = await authenticated(room, facilitatorToken);
    pinner.socket.send(wire.awareness(room, 903, 1, lead(Number.MAX_SAFE_INTEGER)));
    expect(await pinner.closed).toBe(4400);
    await sleep(200);
    expect(seen(watcher, String(Number.MAX_SAFE_INTEGER))).toBe(false);
    for (const raw of [first, second, watcher]) raw.socket.terminate();
  });
});

describe('hostile clients: write limits are the rule book’s', () => {
  it('refuses an editor’s 5 MB unknown field, a label longer than the editor takes and ghost order entries: none is stored', async () => {
    const { room, editToken } = await createRoom(server);
    const base = await storedState(dataDir, room);
    const id = [...base.getMap('items').keys()][0]!;
    const field = (name: string, value: unknown) => updateOn(base, ({ items }) => (items.get(id) as Y.Map<unknown>).set(name, value));
    const attempts = [
      field('junk', 'x'.repeat(5_000_000)),
      field('label', 'L'.repeat(201)),
      updateOn(base, ({ order }) => order.push(Array.from({ length: 200_000 }, (_, i) => `item:ghost${i}`))),
    ];
    for (const update of attempts) {
      const raw = await rawSocket(server);
      raw.socket.send(wire.auth(room, editToken));
      await waitFor(() => raw.received.length > 0, 'the authentication answer');
      raw.socket.send(wire.update(room, update));
      expect(await raw.closed).toBe(4422);
    }
    await sleep(1500);
    const stored = await storedState(dataDir, room);
    expect(Y.encodeStateAsUpdate(stored)).toEqual(Y.encodeStateAsUpdate(base));
  }, 30_000);
});

describe('hostile clients: sockets that never read', () => {
  it('closes a paused reader within seconds; one that reads again gets only the latest presence, not every update it missed', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    const authenticated = (token: string) => authenticatedSocket(server, room, token);
    const editor = await authenticated(editToken);
    const [paused, resumed] = [await authenticated(viewToken), await authenticated(viewToken)];
    await sleep(200);
    paused.socket.pause();
    resumed.socket.pause();
    // One large, valid edit (an import of 4,000 products with notes): about 6 MB to each reader.
    const base = await storedState(dataDir, room);
    const big = updateOn(base, ({ items, order }) => {
      for (let i = 0; i < 4000; i++) {
        items.set(`item:big${i}`, itemFields({ label: `Big ${i}`, notes: 'n'.repeat(1400) }));
        order.push([`item:big${i}`]);
      }
    });
    editor.socket.send(wire.update(room, big));
    await sleep(1500);
    const presence = (n: number) => ({ user: { name: `Editor ${n}`, colour: '#112233' }, selectedId: null, drag: null, lead: null });
    for (let n = 1; n <= 20; n++) {
      editor.socket.send(wire.awareness(room, 31337, n, presence(n)));
      await sleep(20);
    }
    await sleep(300);
    const before = resumed.received.length;
    resumed.socket.resume();
    // A paused socket sees its closing only when it reads again.
    await sleep(6000);
    paused.socket.resume();
    const code = await Promise.race([paused.closed, sleep(5000).then(() => null)]);
    expect(code).toBe(1006);
    await waitFor(() => resumed.received.slice(before).some((data) => data.toString('utf8').includes('Editor 20')), 'the latest presence');
    const presences = resumed.received.slice(before).filter((data) => data.toString('utf8').includes('"Editor '));
    expect(presences.length).toBeLessThanOrEqual(3);
    expect(resumed.socket.readyState).toBe(resumed.socket.OPEN);
    for (const raw of [editor, resumed]) raw.socket.terminate();
  }, 40_000);
});
