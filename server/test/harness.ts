import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { wire } from './wire';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { RoomProvider } from '../../src/collab/live/RoomProvider';
import type { Board } from '../../src/model/types';
import { apiPath, readServerMessage, syncPath, type CreatedRoom, type ServerMessage } from '../../src/collab/protocol';
import { boardDoc } from './boards';

const main = fileURLToPath(new URL('../../dist-server/main.js', import.meta.url));

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `pa-map-${name}-`));

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `predicate` until true; throws with `what` after `timeoutMs`. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  readonly wsUrl: string;
  readonly child: ChildProcess;
  /** Everything it printed, line by line. */
  readonly logs: string[];
  readonly exited: Promise<number | null>;
  /** Sends `signal` and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs the built server (`dist-server/main.js`) on 127.0.0.1 and waits until it listens. */
export async function startServer({ dataDir, port, env = {} }: { dataDir: string; port?: number; env?: Record<string, string> }): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  // SERVER_NODE_ARGS: flags for the server's Node (`--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it under a bench).
  const child = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), main], {
    env: { ...process.env, PORT: String(chosen), HOST: '127.0.0.1', DATA_DIR: dataDir, BANNER: '0', SERVE_APP: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let listening = false;
  const read = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      logs.push(line);
      if (line.includes('listening on')) listening = true;
      if (process.env.SERVER_LOGS) console.log(`[${chosen}] ${line}`);
    }
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  await waitFor(() => listening || gone, `the server on port ${chosen} to listen`);
  if (!listening) throw new Error(`The server exited before listening:\n${logs.join('\n')}`);
  return {
    port: chosen,
    url: `http://127.0.0.1:${chosen}`,
    wsUrl: `ws://127.0.0.1:${chosen}${syncPath}`,
    child,
    logs,
    exited,
    async stop(signal = 'SIGTERM') {
      if (!gone) child.kill(signal);
      return exited;
    },
  };
}

/** Shares `board` as a new room (POST {apiPath}/rooms). */
export async function createRoom(server: RunningServer, board?: Board): Promise<CreatedRoom> {
  const response = await fetch(`${server.url}${apiPath}/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: new Uint8Array(Y.encodeStateAsUpdate(boardDoc(board))),
  });
  if (response.status !== 201) throw new Error(`Creating a room: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedRoom;
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly messages: ServerMessage[];
  /** The reason of an authentication failure, if any. */
  readonly denied: string | null;
  /** The last 'stored' snapshot received. */
  readonly stored: Y.Snapshot | null;
  /** The WebSocket closed by the server (code) since the client started. */
  readonly closes: number[];
  synced(): Promise<void>;
  destroy(): void;
}

/** A participant: a Node HocuspocusProvider over `ws`, reconnecting quickly. */
export function connect(server: { wsUrl: string }, room: string, token: string): Client {
  const doc = new Y.Doc();
  const messages: ServerMessage[] = [];
  const closes: number[] = [];
  let denied: string | null = null;
  let stored: Y.Snapshot | null = null;
  const socket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 400 });
  const provider = new RoomProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    onStateless: ({ payload }) => {
      const message = readServerMessage(payload);
      if (!message) return;
      messages.push(message);
      if (message.type === 'stored') stored = Y.decodeSnapshot(Buffer.from(message.snapshot, 'base64'));
    },
    onAuthenticationFailed: ({ reason }) => {
      denied = reason;
    },
  });
  socket.on('disconnect', ({ event }: { event: { code: number } }) => closes.push(event.code));
  provider.attach();
  return {
    doc,
    provider,
    messages,
    closes,
    get denied() {
      return denied;
    },
    get stored() {
      return stored;
    },
    synced: () => waitFor(() => provider.isSynced && !provider.hasUnsyncedChanges, `client of ${room} to sync`),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** A raw WebSocket to the sync path, for messages no provider would send. */
export async function rawSocket(server: { wsUrl: string }): Promise<{ socket: WebSocket; received: Buffer[]; closed: Promise<number> }> {
  const socket = new WebSocket(server.wsUrl);
  const received: Buffer[] = [];
  socket.on('message', (data: Buffer) => received.push(data));
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, received, closed };
}

/** A raw socket that has sent its Auth for `room` with `token` and read the server's first answer. */
export async function authenticatedSocket(server: { wsUrl: string }, room: string, token: string): ReturnType<typeof rawSocket> {
  const raw = await rawSocket(server);
  raw.socket.send(wire.auth(room, token));
  await waitFor(() => raw.received.length > 0, 'the authentication answer');
  return raw;
}

/** The state a room's SQLite holds, read with a store of its own. */
export async function storedState(dataDir: string, room: string): Promise<Y.Doc> {
  const { sqliteStore } = await import('../store/sqliteStore');
  const store = sqliteStore(dataDir);
  try {
    const doc = new Y.Doc();
    const state = await store.fetchState(room);
    if (state) Y.applyUpdate(doc, state);
    return doc;
  } finally {
    await store.close();
  }
}
