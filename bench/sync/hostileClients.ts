import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { boardTypes } from '../../src/collab/boardYDoc';
import { itemFields } from '../../server/test/boards';
import { message, text, uint, wire } from '../../server/test/wire';

/** What the hostile clients of the sync bench did, for the report. */
export interface HostileCounts {
  floodMessages: number;
  floodClosed: number;
  /** How the server closed the flooders (a code each). */
  floodCloseCodes: number[];
  tokenlessConnections: number;
}

export interface HostileMix {
  /** Editors flooding presence (3.5 KB states at `presencePerSecond`) and notes edits, within their own limits. */
  readonly flooders: number;
  /** View-only sockets that authenticate, ask for the room, then never read. */
  readonly paused: number;
  /** Sockets that never authenticate and send 256 KB for a made-up room, reconnecting when closed. */
  readonly tokenless: number;
  readonly presencePerSecond: number;
  readonly editsPerSecond: number;
}

/**
 * The hostile tenth of the bench's room: raw sockets speaking Hocuspocus's wire format (no
 * provider), started together and stopped by `stop()`. `base` is the room's state as stored.
 */
export function startHostile(wsUrl: string, room: string, tokens: { edit: string; view: string }, base: Uint8Array, mix: HostileMix): { counts: HostileCounts; stop(): void } {
  const counts: HostileCounts = { floodMessages: 0, floodClosed: 0, floodCloseCodes: [], tokenlessConnections: 0 };
  const sockets = new Set<WebSocket>();
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  const open = (onOpen: (socket: WebSocket) => void, onClose: (code: number) => void) => {
    const socket = new WebSocket(wsUrl);
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('open', () => onOpen(socket));
    socket.once('close', (code: number) => {
      sockets.delete(socket);
      if (!stopped) onClose(code);
    });
    return socket;
  };

  for (let f = 0; f < mix.flooders; f++) {
    open(
      (socket) => {
        socket.send(wire.auth(room, tokens.edit));
        const doc = new Y.Doc();
        Y.applyUpdate(doc, base);
        doc.on('update', (update: Uint8Array) => socket.readyState === socket.OPEN && (socket.send(wire.update(room, update)), counts.floodMessages++));
        const id = `item:flood${f}`;
        doc.transact(() => (boardTypes(doc).items.set(id, itemFields({ label: `Flood ${f}` })), boardTypes(doc).order.push([id])));
        const clientId = 7_000_000 + f;
        let clock = 0;
        const filler = 'x'.repeat(3500);
        timers.push(
          setInterval(() => {
            if (socket.readyState !== socket.OPEN) return;
            socket.send(wire.awareness(room, clientId, ++clock, { user: { name: `Flood ${f} ${filler}`.slice(0, 3500), colour: '#112233' }, selectedId: null, drag: null, lead: null }));
            counts.floodMessages++;
          }, 1000 / mix.presencePerSecond),
          setInterval(() => (boardTypes(doc).items.get(id) as Y.Map<unknown>).set('notes', randomBytes(4500).toString('hex')), 1000 / mix.editsPerSecond),
        );
      },
      (code) => (counts.floodClosed++, counts.floodCloseCodes.push(code)),
    );
  }
  for (let p = 0; p < mix.paused; p++) {
    open(
      (socket) => {
        socket.send(wire.auth(room, tokens.view));
        socket.send(wire.syncStep1(room, new Uint8Array([0])));
        setTimeout(() => socket.pause(), 200);
      },
      // A paused socket learns of its closing only when it reads again: the server's log says it.
      () => undefined,
    );
  }
  const madeUp = () => randomBytes(18).toString('base64url');
  const chunk = new Uint8Array(256 * 1024);
  /** A 256 KB sync step 2 for `room`; framed by hand: `wire` copies through number arrays (seconds for 4 MB, and the bench would time its own loop). */
  const floodMessage = (name: string) => Buffer.concat([message(text(name), uint(0), uint(1), uint(chunk.length)), chunk]);
  const tokenless = () =>
    open(
      (socket) => {
        counts.tokenlessConnections++;
        const flood = floodMessage(madeUp());
        for (let n = 0; n < 16; n++) socket.send(flood);
      },
      () => timers.push(setTimeout(tokenless, 100)),
    );
  for (let t = 0; t < mix.tokenless; t++) tokenless();

  return {
    counts,
    stop() {
      stopped = true;
      timers.forEach((timer) => clearInterval(timer));
      for (const socket of sockets) socket.terminate();
    },
  };
}
