import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, rawSocket, startServer, storedState, tempDir, waitFor, type RunningServer } from '../test/harness';
import { wire } from '../test/wire';
import { startRedis, type Service } from '../test/services';
import { boardOf, converged, expectNoDuplicates, join, seeded, storedAll, type Participant } from '../test/participants';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dataDir: string;
let redis: Service;
let servers: RunningServer[];

beforeAll(async () => {
  dataDir = tempDir('redis');
  redis = await startRedis();
  servers = await Promise.all([0, 1].map(() => startServer({ dataDir, env: { REDIS_URL: redis.url } })));
});
afterAll(async () => {
  for (const server of servers ?? []) expect(await server.stop('SIGTERM')).toBe(0);
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two servers sharing one data folder, relayed through Redis', () => {
  it('converge participants split across them, and store the room once, nothing doubled', async () => {
    const [one, two] = servers as [RunningServer, RunningServer];
    const { room, editToken } = await createRoom(one);
    const people: Participant[] = await Promise.all(
      ['ana', 'ben', 'cleo', 'dev', 'eve', 'fay'].map((name, i) => join(i % 2 === 0 ? one : two, room, editToken, name)),
    );
    const random = seeded(21);
    for (let n = 0; n < 30; n++) {
      for (const person of people) person.step(n, random);
      await sleep(15);
    }
    await converged(people, 30_000);
    await Promise.all(people.map((person) => storedAll(person, 30_000)));
    const stored = await storedState(dataDir, room);
    expect(boardOf(stored)).toEqual(boardOf(people[0]!.doc));
    expectNoDuplicates(stored);
    // Every participant is told what is stored, whichever server stored it.
    for (const person of people) expect(person.messages.filter((message) => message.type === 'stored').length).toBeGreaterThan(1);
    people.forEach((person) => person.destroy());
  }, 90_000);

  it('a room deleted through one server that has it open nowhere: the people on the other are told at once', async () => {
    const [one, two] = servers as [RunningServer, RunningServer];
    const { room, editToken, facilitatorToken } = await createRoom(one);
    const ben = await join(two, room, editToken, 'ben');
    const response = await fetch(`${one.url}/api/rooms/${room}`, { method: 'DELETE', headers: { Authorization: `Bearer ${facilitatorToken}` } });
    expect(response.status).toBe(204);
    // No edit (so no store on ben's server): the relay carries the news.
    await expect.poll(() => ben.messages.some((message) => message.type === 'deleted'), { timeout: 3_000 }).toBe(true);
    ben.destroy();
  }, 60_000);

  it('…and the people on both, when the deleting server has the room open too', async () => {
    const [one, two] = servers as [RunningServer, RunningServer];
    const { room, editToken, facilitatorToken } = await createRoom(one);
    const [ana, ben] = await Promise.all([join(one, room, editToken, 'ana'), join(two, room, editToken, 'ben')]);
    const response = await fetch(`${one.url}/api/rooms/${room}`, { method: 'DELETE', headers: { Authorization: `Bearer ${facilitatorToken}` } });
    expect(response.status).toBe(204);
    for (const person of [ana, ben]) await expect.poll(() => person.messages.some((message) => message.type === 'deleted'), { timeout: 3_000 }).toBe(true);
    ana.destroy();
    ben.destroy();
  }, 60_000);

  it('refuses a claim on a client id held by a connection on the other server', async () => {
    const [one, two] = servers as [RunningServer, RunningServer];
    const { room, editToken, viewToken } = await createRoom(one);
    const authenticated = async (server: RunningServer, token: string) => {
      const raw = await rawSocket(server);
      raw.socket.send(wire.auth(room, token));
      await waitFor(() => raw.received.length > 0, 'the authentication answer');
      return raw;
    };
    const seen = (raw: { received: Buffer[] }, text: string) => raw.received.some((data) => data.toString('utf8').includes(text));
    const presence = (name: string) => ({ user: { name, colour: '#112233' }, selectedId: null, drag: null, lead: null });
    const leader = await authenticated(one, editToken);
    leader.socket.send(wire.awareness(room, 515151, 1, presence('Ana')));
    const watcher = await authenticated(two, viewToken);
    await waitFor(async () => {
      watcher.socket.send(wire.syncStep1(room, new Uint8Array([0])));
      await sleep(50);
      return seen(watcher, 'Ana');
    }, 'the leader’s presence to reach the other server');
    const thief = await authenticated(two, viewToken);
    thief.socket.send(wire.awareness(room, 515151, 99, presence('Mallory')));
    expect(await thief.closed).toBe(4400);
    await sleep(300);
    expect(seen(watcher, 'Mallory') || seen(leader, 'Mallory')).toBe(false);
    for (const raw of [leader, watcher]) raw.socket.terminate();
  }, 30_000);
});
