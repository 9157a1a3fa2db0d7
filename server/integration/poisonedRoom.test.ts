import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardTypes } from '../../src/collab/boardYDoc';
import { sqliteStore } from '../store/sqliteStore';
import { pendingBytes } from '../sync/pendingChanges';
import { labels } from '../test/boards';
import { connect, createRoom, rawSocket, startServer, storedState, tempDir, waitFor, type RunningServer } from '../test/harness';
import { wire } from '../test/wire';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('poisoned');
  server = await startServer({ dataDir });
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

/** A V1 update of no structs and `clients` × `ranges` deletes of clocks nobody wrote, for client ids nobody uses. */
function deletesForStrangers(clients: number, ranges: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, clients);
  for (let c = 0; c < clients; c++) {
    encoding.writeVarUint(encoder, 1_000_000 + c);
    encoding.writeVarUint(encoder, ranges);
    for (let r = 0; r < ranges; r++) {
      encoding.writeVarUint(encoder, 100_000 + r * 3);
      encoding.writeVarUint(encoder, 1);
    }
  }
  return encoding.toUint8Array(encoder);
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

describe('hostile clients: no poisoned rooms', () => {
  it('refuses a 3.6 MB delete set for clients the room never saw, sent before the catch-up: never stored, never relayed; edits stay quick', async () => {
    const { room, editToken } = await createRoom(server);
    const [editor, peer] = [connect(server, room, editToken), connect(server, room, editToken)];
    await Promise.all([editor.synced(), peer.synced()]);
    const poison = deletesForStrangers(3000, 300);
    expect(poison.length).toBeGreaterThan(3_500_000);
    const hostile = await rawSocket(server);
    hostile.socket.send(wire.auth(room, editToken));
    await waitFor(() => hostile.received.length > 0, 'the authentication answer');
    hostile.socket.send(wire.update(room, poison));
    expect(await hostile.closed).toBe(4422);
    // Within what a connection may hold before its catch-up: held for it alone, out of the room.
    const holder = await rawSocket(server);
    holder.socket.send(wire.auth(room, editToken));
    await waitFor(() => holder.received.length > 0, 'the authentication answer');
    holder.socket.send(wire.update(room, deletesForStrangers(100, 100)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(holder.socket.readyState).toBe(holder.socket.OPEN);
    expect(pendingBytes(peer.doc)).toBe(0);

    const item = () => [...(boardTypes(editor.doc).items as Y.Map<Y.Map<unknown>>).values()][0]!;
    const seenByPeer = (label: string) => [...(boardTypes(peer.doc).items as Y.Map<Y.Map<unknown>>).values()].some((fields) => fields.get('label') === label);
    const delays: number[] = [];
    for (let n = 0; n < 40; n++) {
      const started = performance.now();
      item().set('label', `Edit ${n}`);
      await waitFor(() => seenByPeer(`Edit ${n}`), 'the peer to see the edit', 5000);
      delays.push(performance.now() - started);
    }
    console.log(`after a ${(poison.length / 1e6).toFixed(1)} MB hostile delete set: change to peer p50 ${percentile(delays, 0.5).toFixed(1)} ms, p95 ${percentile(delays, 0.95).toFixed(1)} ms`);
    await editor.synced();
    await waitFor(async () => labels(await storedState(dataDir, room)).includes('Edit 39'), 'the last edit to be stored');
    const stored = await storedState(dataDir, room);
    expect(pendingBytes(stored)).toBe(0);
    expect(Y.encodeStateAsUpdate(stored).length).toBeLessThan(50_000);
    holder.socket.terminate();
    for (const client of [editor, peer]) client.destroy();
  }, 60_000);

  it('still merges offline edits: a new edit sent before the catch-up it follows is held for its sender, then joins after it', async () => {
    const { room, editToken } = await createRoom(server);
    const peer = connect(server, room, editToken);
    await peer.synced();
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(peer.doc));
    // What a provider sends: each transaction's own update.
    const sent: Uint8Array[] = [];
    device.on('update', (update: Uint8Array) => sent.push(update));
    const fields = () => [...(boardTypes(device).items as Y.Map<Y.Map<unknown>>).values()][0]!;
    fields().set('label', 'Offline');
    fields().set('label', 'Back online');
    const [offline, fresh] = sent as [Uint8Array, Uint8Array];
    const raw = await rawSocket(server);
    raw.socket.send(wire.auth(room, editToken));
    await waitFor(() => raw.received.length > 0, 'the authentication answer');
    raw.socket.send(wire.update(room, fresh));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(labels(peer.doc)).not.toContain('Back online');
    raw.socket.send(wire.syncStep2(room, offline));
    await waitFor(() => labels(peer.doc).includes('Back online'), 'the held edit to join', 5000);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.terminate();
    peer.destroy();
  }, 30_000);

  it('cleans a room whose stored row already holds changes that cannot join, when it loads', async () => {
    const { room, viewToken } = await createRoom(server);
    const doc = await storedState(dataDir, room);
    Y.applyUpdate(doc, deletesForStrangers(500, 100));
    expect(pendingBytes(doc)).toBeGreaterThan(0);
    const poisoned = Y.encodeStateAsUpdate(doc);
    const store = sqliteStore(dataDir);
    await store.storeState(room, () => poisoned);
    await store.close();

    const viewer = connect(server, room, viewToken);
    await viewer.synced();
    expect(pendingBytes(viewer.doc)).toBe(0);
    await waitFor(async () => pendingBytes(await storedState(dataDir, room)) === 0, 'the row to be stored clean', 5000);
    expect(labels(await storedState(dataDir, room))).toEqual(labels(doc));
    expect(server.logs.join('\n')).toMatch(/cannot join the room removed on load/);
    viewer.destroy();
  }, 30_000);
});
