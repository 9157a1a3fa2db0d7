import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresStore } from '../store/postgresStore';
import { documentState } from '../store/documentState';
import type { RoomStore } from '../store/RoomStore';
import { boardDoc, itemFields, labels, updateOn } from '../test/boards';
import { createRoom, startServer, tempDir, type RunningServer } from '../test/harness';
import { startPostgres, startRedis, type Service } from '../test/services';
import { boardOf, converged, expectNoDuplicates, join, seeded, storedAll, type Participant } from '../test/participants';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dataDir: string;
let postgres: Service;
let redis: Service;
let store: RoomStore;

beforeAll(async () => {
  dataDir = tempDir('pg');
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  store = await postgresStore(postgres.url);
}, 60_000);
afterAll(async () => {
  await store?.close();
  await Promise.all([postgres?.stop(), redis?.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
});

const docOf = (state: Uint8Array | null) => {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc;
};

describe('postgresStore', () => {
  it('merges two instances’ stores in a transaction each, and keeps tombstones', async () => {
    const other = await postgresStore(postgres.url);
    const base = boardDoc();
    const keys = { facilitatorHash: 'f', sealedEdit: 'se', sealedView: 'sv' };
    await store.createRoom({ id: 'room-pg', editHash: 'e', viewHash: 'v', keys, state: Y.encodeStateAsUpdate(base) });
    expect(await other.room('room-pg')).toEqual({ id: 'room-pg', editHash: 'e', viewHash: 'v', keys, deleted: false });
    expect(await other.replaceLinks('room-pg', 'x', { editHash: 'e2', keys })).toBe(false);
    expect(await other.replaceLinks('room-pg', 'e', { editHash: 'e2', keys: { ...keys, sealedEdit: 'se2' } })).toBe(true);
    expect(await store.room('room-pg')).toMatchObject({ editHash: 'e2', keys: { sealedEdit: 'se2' } });
    const a = docOf(Y.encodeStateAsUpdate(base));
    const b = docOf(Y.encodeStateAsUpdate(base));
    Y.applyUpdate(a, updateOn(a, ({ items }) => items.set('item:a', itemFields({ label: 'From A' }))));
    Y.applyUpdate(b, updateOn(b, ({ items }) => items.set('item:b', itemFields({ label: 'From B' }))));
    await Promise.all([store.storeState('room-pg', (stored) => documentState(a, stored)), other.storeState('room-pg', (stored) => documentState(b, stored)), store.storeState('room-pg', (stored) => documentState(a, stored))]);
    expect(labels(docOf(await other.fetchState('room-pg')))).toEqual(['Alpha', 'Beta', 'From A', 'From B', 'Gamma']);
    expect(await store.storeWorkshop('room-pg', '{"rounds":{}}')).toBe(true);
    expect(await other.fetchWorkshop('room-pg')).toBe('{"rounds":{}}');
    expect(await store.deleteRoom('room-pg')).toBe('deleted');
    expect(await other.fetchWorkshop('room-pg')).toBeNull();
    expect(await other.storeState('room-pg', (stored) => documentState(a, stored))).toBeNull();
    expect(await other.fetchState('room-pg')).toBeNull();
    expect(await other.deleteRoom('room-pg')).toBe('alreadyDeleted');
    expect(await other.room('room-none')).toBeNull();
    await other.close();
  });
});

describe('two servers on one PostgreSQL, relayed through Redis', () => {
  it('converge participants split across them, and store the room once, nothing doubled', async () => {
    const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url };
    const servers: RunningServer[] = await Promise.all([0, 1].map(() => startServer({ dataDir, env })));
    try {
      expect(servers[0]!.logs.join('\n')).toMatch(/store: postgres/);
      const { room, editToken } = await createRoom(servers[1]!);
      const people: Participant[] = await Promise.all(['ana', 'ben', 'cleo', 'dev'].map((name, i) => join(servers[i % 2]!, room, editToken, name)));
      const random = seeded(31);
      for (let n = 0; n < 25; n++) {
        for (const person of people) person.step(n, random);
        await sleep(15);
      }
      await converged(people, 30_000);
      await Promise.all(people.map((person) => storedAll(person, 30_000)));
      const stored = docOf(await store.fetchState(room));
      expect(boardOf(stored)).toEqual(boardOf(people[0]!.doc));
      expectNoDuplicates(stored);
      people.forEach((person) => person.destroy());
    } finally {
      for (const server of servers) expect(await server.stop('SIGTERM')).toBe(0);
    }
  }, 90_000);
});
