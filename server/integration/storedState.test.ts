import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardTypes } from '../../src/collab/boardYDoc';
import { sqliteStore } from '../store/sqliteStore';
import { labels } from '../test/boards';
import { connect, createRoom, startServer, storedState, tempDir, waitFor, type RunningServer } from '../test/harness';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('stored');
  server = await startServer({ dataDir });
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

const rowBytes = async (room: string) => {
  const store = sqliteStore(dataDir);
  try {
    return (await store.fetchState(room))?.length ?? 0;
  } finally {
    await store.close();
  }
};

describe('a room’s stored state', () => {
  it('is compacted when the room loads: a row of merged updates (notes written over and over) shrinks to the document', async () => {
    const { room, viewToken } = await createRoom(server);
    // What a server that merged every update into the row kept: each note ever written, deleted or not.
    const doc = await storedState(dataDir, room);
    const updates = [Y.encodeStateAsUpdate(doc)];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const items = boardTypes(doc).items as Y.Map<Y.Map<unknown>>;
    for (let n = 0; n < 20; n++) for (const item of items.values()) item.set('notes', String(n % 10).repeat(9000));
    const bloated = Y.mergeUpdates(updates);
    const size = Y.encodeStateAsUpdate(doc).length;
    const store = sqliteStore(dataDir);
    await store.storeState(room, () => bloated);
    await store.close();
    expect(await rowBytes(room)).toBeGreaterThan(10 * size);

    const viewer = connect(server, room, viewToken);
    await viewer.synced();
    await waitFor(async () => (await rowBytes(room)) <= 2 * size, 'the row to be compacted', 5000);
    console.log(`a bloated row of ${bloated.length} bytes for a ${size}-byte document was stored again as ${await rowBytes(room)} bytes`);
    expect(labels(await storedState(dataDir, room))).toEqual(labels(doc));
    expect(server.logs.join('\n')).toMatch(/stored state compacted/);
    viewer.destroy();
  });
});
