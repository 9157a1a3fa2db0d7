import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { apiPath, limits, syncPath } from '../src/collab/protocol';
import { addressLines, lanOrigins } from './addresses';
import { readConfig } from './config';
import { api } from './http/api';
import { joinRedirect } from './http/joinRedirect';
import { ConnectionCap } from './http/ConnectionCap';
import { originPolicy } from './http/originPolicy';
import { staticFiles } from './http/staticFiles';
import { cleanCause } from './ErrorSummary';
import { clientError, log } from './log';
import { openStore, storeLocation } from './store/openStore';
import { createSync } from './sync/createSync';

/**
 * The P/A Map server: one process, one port. The built app, the HTTP API under `apiPath`
 * and the Hocuspocus WebSocket at `syncPath`; rooms in SQLite under `DATA_DIR` (or
 * PostgreSQL with `DATABASE_URL`), relayed between instances through Redis with `REDIS_URL`.
 */
const config = readConfig(process.env);

// The process would run on in an unknown state: one short line, then exit (`npm start` restarts it).
const fail = (what: string, error: unknown) => {
  const where = error instanceof Error ? (error.stack ?? '').split('\n')[1]?.trim() : undefined;
  log(`${what}: ${cleanCause(describe(error))}${where ? ` (${cleanCause(where)})` : ''}; exiting`);
  process.exit(1);
};
process.on('unhandledRejection', (reason) => fail('unhandled rejection', reason));
process.on('uncaughtException', (error) => fail('uncaught exception', error));
// Hocuspocus reports what clients got wrong with console.error, a stack and the room's full name each time.
console.error = (...parts: unknown[]) => clientError(`hocuspocus: ${parts.map(describe).join(' ')}`);

const store = await openStore(config).catch((error: Error) => {
  // Said once, without a stack, and the file is left as it is: it may hold every room.
  log(`cannot open the store, ${storeLocation(config)}: ${cleanCause(error.message)}. It is kept as it is: restore a backup, or move it aside to start with an empty store.`);
  process.exit(1);
});
const sync = createSync({ store, redisUrl: config.redisUrl, authenticateWithinMs: config.authenticateWithinMs, rates: config.rates, minuteMs: config.minuteMs });
const handleApi = api({ store, roomDeleted: sync.roomDeleted, linksReplaced: sync.linksReplaced, origins: () => lanOrigins(config.host, config.publicPort), storeFailing: sync.storeFailing });
const handleApp = config.appDir ? staticFiles(config.appDir) : null;
const handleJoin = joinRedirect(sync.joinLink);

const policy = originPolicy(config);

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const path = request.url ?? '/';
  const isApi = path === apiPath || path.startsWith(`${apiPath}/`);
  if (!policy.hostAllowed(request)) {
    response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This server does not answer to that name.');
    return;
  }
  if (isApi && !policy.originAllowed(request)) {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Only the app’s own pages may use this API.');
    return;
  }
  // A join code on the wall (`/j/ABC234`): the edit link it stands for, while the facilitator shows it.
  if (handleJoin(request, response)) return;
  const handler = isApi ? handleApi : handleApp;
  if (!handler) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This server serves the API and sync only.');
    return;
  }
  handler(request, response).catch((error: Error) => {
    clientError(`${request.method} ${path.split('?')[0]}: ${error.message}`);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Server error');
  });
});

let stopping = false;
const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes });
const connections = new ConnectionCap(config.connectionsPerAddress);
server.on('upgrade', (request, socket, head) => {
  if (stopping || (request.url ?? '').split('?')[0] !== syncPath) {
    socket.destroy();
    return;
  }
  socket.on('error', () => socket.destroy());
  if (!policy.hostAllowed(request) || !policy.originAllowed(request)) {
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  const address = request.socket.remoteAddress ?? '';
  if (!connections.take(address)) {
    socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  socket.once('close', () => connections.release(address));
  sockets.handleUpgrade(request, socket, head, (webSocket) => sync.handleConnection(webSocket, request));
});

server.on('error', (error) => {
  log(`cannot serve on ${config.host}:${config.port}: ${error.message}`);
  process.exit(1);
});
server.listen(config.port, config.host, async () => {
  const { port } = server.address() as AddressInfo;
  log(`listening on ${config.host}:${port} (store: ${store.kind}${config.redisUrl ? ', relay: redis' : ''}${config.appDir ? '' : ', no app'})`);
  // Under scripts/supervise.mjs: it restarts a server that fails once it has served.
  process.send?.('listening');
  if (config.banner) console.log(await addressLines(config.host, config.publicPort === config.port ? port : config.publicPort));
});

async function stop(signal: string): Promise<void> {
  if (stopping) {
    log(`${signal} again: exiting without waiting`);
    process.exit(1);
  }
  stopping = true;
  log(`${signal}: storing every room, then exiting`);
  setTimeout(() => {
    log('stores did not finish in 20 s: exiting');
    process.exit(1);
  }, 20_000).unref();
  server.close();
  try {
    await sync.close();
    sockets.close();
    await store.close();
    log('stored; bye');
    process.exit(0);
  } catch (error) {
    log(`while stopping: ${(error as Error).message}`);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
// The supervisor is gone (killed): nothing would stop or restart this server.
process.on('disconnect', () => void stop('supervisor gone'));
process.on('SIGINT', () => void stop('SIGINT'));

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  return typeof value === 'string' ? value : String(value);
}
