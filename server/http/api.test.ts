import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPath, type Health } from '../../src/collab/protocol';
import type { RoomStore } from '../store/RoomStore';
import { api } from './api';

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

/** The API over a store whose reads fail when `readsFail`, with `storeFailing` as the sync's answer. */
async function health({ readsFail = false, storeFailing = false }) {
  const store = {
    room: async () => {
      if (readsFail) throw new Error('SQLITE_CORRUPT: database disk image is malformed');
      return null;
    },
  } as unknown as RoomStore;
  const handle = api({ store, roomDeleted: () => undefined, linksReplaced: () => undefined, origins: () => [], storeFailing: () => storeFailing });
  server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${apiPath}/health`);
  return { status: response.status, body: (await response.json()) as Health };
}

describe('GET /api/health', () => {
  it('says the store is ok while it reads and writes', async () => {
    expect(await health({})).toMatchObject({ status: 200, body: { sync: true, store: 'ok' } });
  });

  it('says so (503) when the store cannot be read, or a room cannot be stored', async () => {
    expect(await health({ readsFail: true })).toMatchObject({ status: 503, body: { store: 'failing' } });
    expect(await health({ storeFailing: true })).toMatchObject({ status: 503, body: { store: 'failing' } });
  });
});
