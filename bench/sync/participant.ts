import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { RoomProvider } from '../../src/collab/live/RoomProvider';
import { createSharedDocument, type SharedDocument } from '../../src/collab/sharedDocument';
import { mapPoint } from '../../src/model/mapPoint';
import type { Item } from '../../src/model/types';
import { now, sentAtOf, timeCode } from './clock';
import type { Samples } from './Samples';
import type { Seat } from './messages';

/** Where the participants of one process put what arrives. Only changes sent inside `window` count. */
export interface Recorder {
  window: { readonly start: number; readonly end: number } | null;
  readonly drops: Samples;
  readonly drags: Samples;
}

export interface SimulatedParticipant {
  readonly seat: Seat;
  /** Resolves once the room is loaded and this participant's board is read. */
  readonly synced: Promise<void>;
  /** The people this participant sees in the room, itself included. */
  peopleHere(): number;
  /** Announces the item at (x, y) through awareness, as the app does while dragging. */
  drag(x: number, y: number, at: number): void;
  /** Drops the item: the app's moveItem command, one document write. Returns the time code put in y. */
  drop(x: number, at: number): number;
  destroy(): void;
}

function record(recorder: Recorder, samples: Samples, sentAt: number, at: number): void {
  const window = recorder.window;
  if (window && sentAt >= window.start && sentAt <= window.end) samples.add(sentAt - window.start, at - sentAt);
}

/**
 * One person in the room, as a device of the app would be: a Y.Doc synced by the app's own
 * provider (`RoomProvider`, one WebSocket per person), edited through the app's shared
 * document and commands, presence through awareness. A drop carries its send time as the
 * item's y (`timeCode`); a drag carries it as `sentAt` beside the app's presence fields.
 * Arrivals are timed where the app would see them: when the board is read again, and when
 * awareness reports the change.
 */
export function joinRoom({ wsUrl, room, token, seat, recorder }: { wsUrl: string; room: string; token: string; seat: Seat; recorder: Recorder }): SimulatedParticipant {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket, autoConnect: false });
  const provider = new RoomProvider({ websocketProvider: socket, name: room, document: doc, token });
  const awareness = provider.awareness!;
  const me = doc.clientID;
  const presence = { user: { name: seat.name, colour: '#0072b2' }, selectedId: seat.itemId, drag: null, lead: null };
  awareness.setLocalState(presence);

  let shared: SharedDocument | null = null;
  const seen = new Map<string, Item>();
  const lastSeq = new Map<number, number>();
  let seq = 0;

  const synced = new Promise<void>((resolve) => {
    provider.on('synced', ({ state }: { state: boolean }) => {
      if (!state || shared) return;
      shared = createSharedDocument(doc, { origin: { name: seat.name } });
      for (const item of shared.board.items) seen.set(item.id, item);
      shared.subscribe((board, source) => {
        if (source !== 'remote') return;
        const at = now();
        for (const item of board.items) {
          if (seen.get(item.id) === item) continue;
          seen.set(item.id, item);
          if (item.id !== seat.itemId && item.position) record(recorder, recorder.drops, sentAtOf(item.position.y, at), at);
        }
      });
      resolve();
    });
  });

  awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    if (origin === 'local') return;
    const at = now();
    for (const id of added.concat(updated)) {
      if (id === me) continue;
      const state = awareness.getStates().get(id) as { seq?: unknown; sentAt?: unknown } | undefined;
      if (typeof state?.seq !== 'number' || typeof state.sentAt !== 'number' || state.seq <= (lastSeq.get(id) ?? 0)) continue;
      lastSeq.set(id, state.seq);
      record(recorder, recorder.drags, state.sentAt, at);
    }
  });

  provider.attach();
  void socket.connect();

  return {
    seat,
    synced,
    peopleHere: () => awareness.getStates().size,
    drag(x, y, at) {
      awareness.setLocalState({ ...presence, drag: { id: seat.itemId, x, y }, sentAt: at, seq: ++seq });
    },
    drop(x, at) {
      const code = timeCode(at);
      shared!.execute({ type: 'moveItem', id: seat.itemId, position: mapPoint(x, code) });
      return code;
    },
    destroy() {
      shared?.destroy();
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
