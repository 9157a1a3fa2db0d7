import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { limits } from '../../src/collab/protocol';
import type { RoomStore } from '../store/RoomStore';
import { log } from '../log';
import { RedisRelay, redisOptions } from './RedisRelay';
import { RoomGuard } from './RoomGuard';
import { messageText } from './serverMessage';
import { throttleSocket } from './throttleSocket';

export interface Sync {
  /** Takes a WebSocket upgraded on the sync path. */
  handleConnection(socket: WebSocket, request: IncomingMessage): void;
  /** Tells and disconnects everyone in a room just deleted. */
  roomDeleted(room: string): void;
  /** Stores every room with unstored changes and waits for stores under way. */
  storeAll(): Promise<void>;
  /** Stores everything, disconnects everyone, stores again, stops the relay. */
  close(): Promise<void>;
}

/** Stores run about a second after the last change, at most a few seconds after the first. */
const debounceMs = 1000;
const maxDebounceMs = 3000;
/** A socket that has not opened a room by then is closed (Hocuspocus would queue its messages for ever). */
const authenticateWithinMs = Number(process.env.AUTHENTICATE_WITHIN_MS || 15_000);
const rateLimits = { ...limits, burstMessages: limits.messagesPerSecond, burstBytes: limits.messageBytes, closeAfterMs: 10_000 };

export function createSync({ store, redisUrl }: { store: RoomStore; redisUrl?: string | undefined }): Sync {
  const guard = new RoomGuard(store);
  const relay = redisUrl ? new RedisRelay(redisOptions(redisUrl)) : null;
  const extensions: Extension[] = [guard, new Database({ fetch: guard.fetch, store: guard.storeDocument })];
  if (relay) extensions.push(relay);
  const hocuspocus = new Hocuspocus({ name: 'pa-map', quiet: true, debounce: debounceMs, maxDebounce: maxDebounceMs, extensions });

  async function storeAll(): Promise<void> {
    const documents = [...hocuspocus.documents.values()];
    await Promise.all(documents.map((document) => hocuspocus.debouncer.executeNow(`onStoreDocument-${document.name}`)));
    await Promise.all(documents.map((document) => document.saveMutex.waitForUnlock()));
  }

  return {
    handleConnection(socket, request) {
      socket.on('error', (error) => log(`socket error: ${error.message}`));
      hocuspocus.handleConnection(socket, request);
      throttleSocket(socket, rateLimits, () => log('a connection stayed over its rate limits: closed'));
      const timer = setTimeout(() => {
        if (guard.isAuthenticated(socket)) return;
        log('a connection did not authenticate in time: closed');
        socket.close(4401, 'Authenticate first');
      }, authenticateWithinMs);
      socket.once('close', () => clearTimeout(timer));
    },
    roomDeleted(room) {
      const document = hocuspocus.documents.get(room);
      // Told here (and, through the relay, on every other instance that has the room open).
      if (document) guard.roomDeleted(document);
      else void relay?.announce(room, messageText({ type: 'deleted' })).catch((error: Error) => log(`could not relay a deletion: ${error.message}`));
    },
    storeAll,
    async close() {
      await storeAll();
      hocuspocus.closeConnections();
      await storeAll();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}
