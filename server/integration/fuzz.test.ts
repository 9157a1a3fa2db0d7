import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardTypes } from '../../src/collab/boardYDoc';
import { limits } from '../../src/collab/protocol';
import { createItem } from '../../src/model/board';
import { mapPoint } from '../../src/model/mapPoint';
import { itemFields, labels, updateOn } from '../test/boards';
import { connect, createRoom, rawSocket, startServer, storedState, tempDir, waitFor, type RunningServer, authenticatedSocket } from '../test/harness';
import { converged, join, seeded, storedAll } from '../test/participants';
import { bytes, message, text, uint, wire } from '../test/wire';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('fuzz');
  server = await startServer({ dataDir, env: { AUTHENTICATE_WITHIN_MS: '2000' } });
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

/** A raw socket authenticated as an editor of `room`. */
const editorSocket = (room: string, token: string) => authenticatedSocket(server, room, token);

describe('a server fed garbage', () => {
  it('drops random and truncated messages and updates, disconnects their senders, and the room serves on unchanged', async () => {
    const { room, editToken } = await createRoom(server);
    const before = labels(await storedState(dataDir, room));
    const random = seeded(13);
    const bytesOf = (length: number) => Uint8Array.from({ length }, () => Math.floor(random() * 256));
    const base = new Y.Doc();
    Y.applyUpdate(base, Y.encodeStateAsUpdate(await storedState(dataDir, room)));
    const good = updateOn(base, ({ items }) => items.set('item:fuzz', itemFields({ label: 'Fuzz' })));
    const closes: Promise<number>[] = [];
    for (let round = 0; round < 12; round++) {
      const raw = round % 3 === 0 ? await rawSocket(server) : await editorSocket(room, editToken);
      const garbage = [
        bytesOf(1 + Math.floor(random() * 64)),
        wire.update(room, bytesOf(1 + Math.floor(random() * 200))),
        wire.syncStep2(room, good.subarray(0, 1 + Math.floor(random() * (good.length - 2)))),
        wire.update(room, Uint8Array.from(good, (byte) => (random() < 0.05 ? Math.floor(random() * 256) : byte))),
        message(text(room), uint(Math.floor(random() * 40)), bytes(bytesOf(8))),
        message(text(room), uint(1), bytes(bytesOf(12))),
        message(text(room), uint(0), uint(0), bytes(bytesOf(5))),
        wire.broadcastStateless(room, JSON.stringify({ type: 'deleted' })),
      ];
      for (const data of garbage.slice(round % garbage.length)) raw.socket.send(data);
      closes.push(raw.closed);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await Promise.all(closes);
    expect(server.child.exitCode).toBeNull();
    const person = await join(server, room, editToken, 'after');
    expect(person.messages.some((entry) => entry.type === 'deleted')).toBe(false);
    person.step(1, seeded(1));
    await storedAll(person);
    const after = labels(await storedState(dataDir, room));
    expect(after).toEqual([...before, 'after-1'].sort());
    person.destroy();
    expect(server.logs.join('\n')).not.toMatch(/uncaught|unhandled/);
  }, 60_000);

  it('closes a socket that sends more than 8 MB in one message', async () => {
    const raw = await rawSocket(server);
    raw.socket.send(new Uint8Array(limits.messageBytes + 1));
    expect(await raw.closed).toBe(1009);
  });

  it('slows a flooding connection, then closes it, without stalling the room’s other participants', async () => {
    const { room, editToken } = await createRoom(server);
    const [ana, ben] = await Promise.all([join(server, room, editToken, 'ana'), join(server, room, editToken, 'ben')]);
    // Stateless messages, not awareness: a HocuspocusProvider sends back every awareness change it receives, so an awareness flood would make ana and ben flood too.
    const flood = await editorSocket(room, editToken);
    let sent = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < 40 && flood.socket.readyState === flood.socket.OPEN; i++) {
        flood.socket.send(wire.stateless(room, `flood ${++sent} ${'x'.repeat(200)}`));
      }
    }, 10);
    try {
      const delays: number[] = [];
      for (let n = 1; n <= 10; n++) {
        const started = Date.now();
        ana.board.execute({ type: 'addItems', items: [createItem('product', `Edit ${n}`, mapPoint(0.5, 0.5))] });
        await waitFor(() => labels(ben.doc).includes(`Edit ${n}`), 'ben to see ana’s edit', 5000);
        delays.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      console.log(`while another connection floods: edits arrive in ${Math.max(...delays)} ms at most`);
      expect(Math.max(...delays)).toBeLessThan(1000);
      expect(await flood.closed).toBe(4429);
      expect(sent).toBeGreaterThan(1000);
    } finally {
      clearInterval(timer);
    }
    await converged([ana, ben]);
    ana.destroy();
    ben.destroy();
  }, 60_000);

  it('refuses an editor’s update that writes a bad item, and a garbage one, with a refused message', async () => {
    const { room, editToken } = await createRoom(server);
    const client = connect(server, room, editToken);
    await client.synced();
    boardTypes(client.doc).items.set('item:nan', itemFields({ position: { x: Number.NaN, y: 0 } }));
    await waitFor(() => client.messages.some((entry) => entry.type === 'refused'), 'the refusal');
    client.destroy();
    expect(labels(await storedState(dataDir, room))).toEqual(['Alpha', 'Beta', 'Gamma']);
  });
});
