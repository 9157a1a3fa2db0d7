import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiPath, limits, secretPattern, type CreatedRoom, type Health, type RoomLinks } from '../../src/collab/protocol';
import { currentVersion } from '../../src/schema/format';
import type { RoomStore } from '../store/RoomStore';
import { clientError, log, roomTag } from '../log';
import { newSecret } from '../tokens';
import { accessOf, newRoomLinks, replacedLinks } from '../roomAccess';
import { actorOf, mayAct } from '../../src/model/rights';
import { readBody, TooLarge } from './readBody';
import { readNewBoard } from './readNewBoard';
import { WindowCounts } from './WindowCounts';

export interface ApiOptions {
  readonly store: RoomStore;
  /** Everyone connected to a deleted room is told and disconnected. */
  readonly roomDeleted: (room: string) => void;
  /** The room's edit link was replaced: connections that came with the old one (`oldEditHash`) become view-only. */
  readonly linksReplaced: (room: string, oldEditHash: string) => void;
  /** This server's addresses on the local network (origins), for `Health`. */
  readonly origins: () => readonly string[];
  /** True while a room's store keeps failing (written), for `Health`. */
  readonly storeFailing: () => boolean;
}

const json = (response: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) }).end(text);
};
const problem = (response: ServerResponse, status: number, error: string) => json(response, status, { error });

/** Rooms one address may create in `creationWindowMs`: a workshop makes a few; a flood would fill the disk. */
export const roomsPerWindow = 30;
const creationWindowMs = 10 * 60 * 1000;
/** Addresses the creation counts remember at once (a venue's network has far fewer). */
const creationAddresses = 10_000;

/** The HTTP API under `apiPath`, as `src/collab/protocol.ts` describes it. */
export function api({ store, roomDeleted, linksReplaced, origins, storeFailing }: ApiOptions) {
  /** Room creations per remote address, in the current window. */
  const created = new WindowCounts(creationWindowMs, creationAddresses);

  async function createRoom(request: IncomingMessage, response: ServerResponse) {
    // Only the app's own request: a page elsewhere cannot send this type without asking first (CORS), so it cannot create rooms from a visitor's browser.
    if ((request.headers['content-type'] ?? '').split(';')[0]!.trim() !== 'application/octet-stream') {
      return problem(response, 415, 'A board comes as application/octet-stream (one Yjs update).');
    }
    const address = request.socket.remoteAddress ?? '';
    // This computer (the facilitator's own, and the tests) is not limited.
    const loopback = /^(127\.|::1$|::ffff:127\.)/.test(address);
    const now = Date.now();
    if (!loopback && created.count(address, now) >= roomsPerWindow) {
      clientError(`room creation refused: over ${roomsPerWindow} in ${creationWindowMs / 60000} min from one address`);
      return problem(response, 429, `At most ${roomsPerWindow} boards can be shared from one device in ${creationWindowMs / 60000} minutes. Try again later.`);
    }
    if (!loopback) created.add(address, now);
    let body: Buffer;
    try {
      body = await readBody(request, limits.messageBytes);
    } catch (error) {
      if (error instanceof TooLarge) return problem(response, 413, `A board is at most ${limits.messageBytes} bytes.`);
      throw error;
    }
    const board = readNewBoard(body);
    if (!board.ok) return problem(response, 400, board.error);
    const room = newSecret();
    const { links, editHash, viewHash, keys } = newRoomLinks();
    await store.createRoom({ id: room, editHash, viewHash, keys, state: board.state });
    log(`${roomTag(room)}: created (${board.state.length} bytes)`);
    json(response, 201, { room, ...links } satisfies CreatedRoom);
  }

  /** The room `id` and the facilitator's token, or null once a problem is answered. */
  async function facilitatorOf(request: IncomingMessage, response: ServerResponse, id: string, action: 'deleteRoom' | 'replaceLinks') {
    const room = secretPattern.test(id) ? await store.room(id) : null;
    if (!room) return problem(response, 404, 'No such board.');
    if (room.deleted) return problem(response, 410, 'This board was deleted already.');
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const access = token ? accessOf(room, token) : null;
    if (!token || !access || !mayAct(actorOf(access.role), action)) {
      clientError(`${action === 'deleteRoom' ? 'delete' : 'link replacement'} refused: not the facilitator's token`);
      return problem(response, 403, action === 'deleteRoom' ? 'Only the facilitator may delete this board for everyone.' : 'Only the facilitator may replace the edit link.');
    }
    return { room, token, access };
  }

  async function replaceLinks(request: IncomingMessage, response: ServerResponse, id: string) {
    const found = await facilitatorOf(request, response, id, 'replaceLinks');
    if (!found) return;
    const { room, token, access } = found;
    const { links, editHash, keys } = replacedLinks(room, token, access.viewToken!);
    if (!(await store.replaceLinks(id, room.editHash, { editHash, keys }))) return problem(response, 409, 'The links changed meanwhile: try again.');
    linksReplaced(id, room.editHash);
    log(`${roomTag(id)}: edit link replaced`);
    json(response, 200, links satisfies RoomLinks);
  }

  async function deleteRoom(request: IncomingMessage, response: ServerResponse, id: string) {
    if (!(await facilitatorOf(request, response, id, 'deleteRoom'))) return;
    const outcome = await store.deleteRoom(id);
    if (outcome === 'alreadyDeleted') return problem(response, 410, 'This board was deleted already.');
    roomDeleted(id);
    log(`${roomTag(id)}: deleted`);
    response.writeHead(204).end();
  }

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '').split('?')[0]!.slice(apiPath.length);
    const method = request.method ?? 'GET';
    const roomMatch = /^\/rooms\/([^/]+)$/.exec(path);
    const linksMatch = /^\/rooms\/([^/]+)\/links$/.exec(path);
    if (path === '/health') {
      if (method !== 'GET' && method !== 'HEAD') return problem(response, 405, 'GET only.');
      // Read as well as written: a corrupt file may fail reads before any room is stored.
      const failing = storeFailing() || !(await store.room('health-check').then(() => true, () => false));
      return json(response, failing ? 503 : 200, { sync: true, schema: currentVersion, origins: origins(), store: failing ? 'failing' : 'ok' } satisfies Health);
    }
    if (path === '/rooms') {
      if (method !== 'POST') return problem(response, 405, 'POST only.');
      return createRoom(request, response);
    }
    if (linksMatch) {
      if (method !== 'POST') return problem(response, 405, 'POST only.');
      return replaceLinks(request, response, linksMatch[1]!);
    }
    if (roomMatch) {
      if (method !== 'DELETE') return problem(response, 405, 'DELETE only.');
      return deleteRoom(request, response, roomMatch[1]!);
    }
    problem(response, 404, 'No such route.');
  };
}
