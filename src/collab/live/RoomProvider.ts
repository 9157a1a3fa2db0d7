import { HocuspocusProvider } from '@hocuspocus/provider';

/**
 * Hocuspocus's provider, sending only this device's own presence. The stock one sends every
 * awareness change it hears, other people's included, back to the server: in a room of 30
 * people dragging at 30 Hz each device would send about 870 messages a second, and the
 * server closes a connection over 50.
 */
export class RoomProvider extends HocuspocusProvider {
  override awarenessUpdateHandler(changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    const me = this.document.clientID;
    const mine = changes.added.includes(me) || changes.updated.includes(me) || changes.removed.includes(me);
    if (mine) super.awarenessUpdateHandler({ added: [], updated: [me], removed: [] }, origin);
  }
}
