import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';

/**
 * Hocuspocus's provider, sending only this device's own presence. The stock one sends every
 * awareness change it hears, other people's included, back to the server: in a room of 30
 * people dragging at 30 Hz each device would send about 870 messages a second, and the
 * server closes a connection over 50. It also turns everyone's presence into a list twice per
 * message for its `awarenessUpdate` and `awarenessChange` events, which nothing here listens
 * to (a fifth of a participant's time in the sync benchmark): those two are not wired.
 */
export class RoomProvider extends HocuspocusProvider {
  /**
   * Transaction origins whose changes are not sent as changes of this device: a view-only
   * link's copy loaded from this device (y-indexeddb) holds nothing the room lacks, and the
   * server closes a view-only connection that sends a change. (What a copy holds that the room
   * lacks still goes in the sync's catch-up, step 2.)
   */
  quietOrigins = new Set<unknown>();

  constructor(configuration: HocuspocusProviderConfiguration) {
    super(configuration);
    const awareness = this.awareness;
    if (!awareness) return;
    const observers = (awareness as unknown as { _observers: Map<string, Set<(...args: unknown[]) => void>> })._observers;
    for (const name of ['update', 'change']) {
      for (const observer of [...(observers.get(name) ?? [])]) if (observer !== this.boundAwarenessUpdateHandler) awareness.off(name as 'update', observer);
    }
  }

  override documentUpdateHandler(update: Uint8Array, origin: unknown): void {
    if (this.quietOrigins.has(origin)) return;
    super.documentUpdateHandler(update, origin);
  }

  override awarenessUpdateHandler(changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    const me = this.document.clientID;
    const mine = changes.added.includes(me) || changes.updated.includes(me) || changes.removed.includes(me);
    if (mine) super.awarenessUpdateHandler({ added: [], updated: [me], removed: [] }, origin);
  }
}
