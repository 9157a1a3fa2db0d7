import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { RoomProvider } from '../../src/collab/live/RoomProvider';
import { readBoard } from '../../src/collab/readBoard';
import type { Board } from '../../src/model/types';
import { createRoom, type RunningServer } from '../../server/test/harness';

export interface OpenTiming {
  /** Share: the board's Y.Doc encoded and POSTed until the server answered 201. */
  readonly createMs: number;
  /** Open: a fresh client's WebSocket until the board is read through the rule book. */
  readonly openMs: number;
  /** The part of `openMs` spent in `readBoard`. */
  readonly readMs: number;
  readonly items: number;
}

/** Shares `board` as a new room, then opens it as a new participant would (the server loads it from SQLite). */
export async function timeToOpen(server: RunningServer, board: Board): Promise<OpenTiming> {
  const shareStart = performance.now();
  const { room, editToken } = await createRoom(server, board);
  const createMs = performance.now() - shareStart;

  const openStart = performance.now();
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket, autoConnect: false });
  const provider = new RoomProvider({ websocketProvider: socket, name: room, document: doc, token: editToken });
  try {
    const synced = new Promise<void>((resolve, reject) => {
      provider.on('synced', ({ state }: { state: boolean }) => state && resolve());
      setTimeout(() => reject(new Error(`the ${board.items.length}-item board did not open in 30 s`)), 30_000).unref();
    });
    provider.attach();
    void socket.connect();
    await synced;
    const readStart = performance.now();
    const read = readBoard(doc);
    const end = performance.now();
    if (!read.ok) throw new Error(`the opened board does not read: ${read.errors.join('; ')}`);
    return { createMs, openMs: end - openStart, readMs: end - readStart, items: read.board.items.length };
  } finally {
    provider.destroy();
    socket.destroy();
    doc.destroy();
  }
}
