import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoom, freePort, startServer, storedState, tempDir, type RunningServer } from '../test/harness';
import { boardOf, converged, expectNoDuplicates, join, seeded, storedAll, type Participant } from '../test/participants';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dataDir: string;
let servers: RunningServer[];
let people: Participant[];

beforeEach(() => {
  dataDir = tempDir('restart');
  servers = [];
  people = [];
});
afterEach(async () => {
  people.forEach((person) => person.destroy());
  for (const server of servers) await server.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(port: number): Promise<RunningServer> {
  const server = await startServer({ dataDir, port });
  servers.push(server);
  return server;
}

/** Everyone takes a step every `everyMs` until `stop()`; returns it. */
function keepEditing(everyMs: number, seed: number) {
  const random = seeded(seed);
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n++) {
      for (const person of people) person.step(n, random);
      await sleep(everyMs);
    }
  })();
  return async () => {
    running = false;
    await done;
  };
}

/** Every update a participant wrote that its last 'stored' message covers. */
const acknowledged = () => people.flatMap((person) => person.written.filter((update) => person.stored !== null && Y.snapshotContainsUpdate(person.stored, update)));

async function expectStoredAsConverged(room: string): Promise<void> {
  await converged(people, 30_000);
  await Promise.all(people.map((person) => storedAll(person, 30_000)));
  const stored = await storedState(dataDir, room);
  expect(boardOf(stored)).toEqual(boardOf(people[0]!.doc));
  expectNoDuplicates(stored);
  for (const person of people) expectNoDuplicates(person.doc);
}

describe('a server stopped in the middle of a session', () => {
  it('on SIGTERM stores everything it has, exits 0; after a restart the room converges with what was written meanwhile', async () => {
    const port = await freePort();
    const server = await start(port);
    const { room, editToken } = await createRoom(server);
    people = await Promise.all(['ana', 'ben', 'cleo', 'dev'].map((name) => join(server, room, editToken, name)));
    const stop = keepEditing(20, 3);
    await sleep(1500);
    await stop();
    await Promise.all(people.map((person) => person.synced()));
    expect(await server.stop('SIGTERM')).toBe(0);
    const stored = Y.snapshot(await storedState(dataDir, room));
    for (const person of people) expect(Y.snapshotContainsUpdate(stored, Y.encodeStateAsUpdate(person.doc))).toBe(true);
    for (const person of people) expectNoDuplicates(person.doc);
    expectNoDuplicates(await storedState(dataDir, room));
    const again = keepEditing(30, 4);
    await sleep(400);
    await start(port);
    await sleep(1000);
    await again();
    await expectStoredAsConverged(room);
  }, 90_000);

  it('on SIGKILL loses nothing a stored message acknowledged; clients reconnect by themselves, nothing is doubled', async () => {
    const port = await freePort();
    const server = await start(port);
    const { room, editToken } = await createRoom(server);
    people = await Promise.all(['ana', 'ben', 'cleo', 'dev', 'eve'].map((name) => join(server, room, editToken, name)));
    const stop = keepEditing(25, 5);
    // Stores come at most 3 s apart however busy the room: wait for a few.
    await sleep(5000);
    const acked = acknowledged();
    expect(await server.stop('SIGKILL')).toBeNull();
    expect(acked.length).toBeGreaterThan(20);
    const stored = Y.snapshot(await storedState(dataDir, room));
    for (const update of acked) expect(Y.snapshotContainsUpdate(stored, update)).toBe(true);
    await sleep(500);
    await start(port);
    await sleep(1500);
    await stop();
    await expectStoredAsConverged(room);
  }, 90_000);
});
