import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath, deniedReasons, limits, type Health } from '../../src/collab/protocol';
import { boardTypes } from '../../src/collab/boardYDoc';
import { currentVersion } from '../../src/schema/format';
import { bigBoard, boardDoc, itemFields, labels, updateOn } from '../test/boards';
import { connect, createRoom, startServer, storedState, tempDir, waitFor, type RunningServer } from '../test/harness';
import { boardOf, converged, expectNoDuplicates, join, seeded, storedAll } from '../test/participants';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('sync');
  server = await startServer({ dataDir });
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (body: Uint8Array | string, type = 'application/octet-stream') =>
  fetch(`${server.url}${apiPath}/rooms`, { method: 'POST', headers: { 'Content-Type': type }, body: typeof body === 'string' ? body : new Uint8Array(body) });
const remove = (room: string, token?: string) =>
  fetch(`${server.url}${apiPath}/rooms/${room}`, { method: 'DELETE', headers: token ? { Authorization: `Bearer ${token}` } : {} });

describe('the HTTP API', () => {
  it('answers health with the schema it reads', async () => {
    const health = (await (await fetch(`${server.url}${apiPath}/health`)).json()) as Health;
    expect(health).toMatchObject({ sync: true, schema: currentVersion, store: 'ok' });
    expect(Array.isArray(health.origins)).toBe(true);
  });

  it('creates a room from a board, with edit and view tokens of 144 bits', async () => {
    const created = await createRoom(server);
    expect(created.room).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(created.editToken).not.toBe(created.viewToken);
    expect(labels(await storedState(dataDir, created.room))).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('refuses what is not a board the rule book reads (400) and what is too large (413)', async () => {
    expect((await post('garbage')).status).toBe(400);
    expect((await post(new Uint8Array())).status).toBe(400);
    const bad = boardDoc();
    Y.applyUpdate(bad, updateOn(bad, ({ items }) => items.set('item:bad', itemFields({ weight: -1 }))));
    const response = await post(Y.encodeStateAsUpdate(bad));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/weight/);
    expect((await post(new Uint8Array(limits.messageBytes + 1))).status).toBe(413);
    // What a page elsewhere could send from a visitor's browser without asking (a CORS simple request).
    expect((await post(Y.encodeStateAsUpdate(boardDoc()), 'text/plain')).status).toBe(415);
  });

  it('deletes a room with its facilitator token only: 403, 404, 204, then 410', async () => {
    const { room, viewToken, editToken, facilitatorToken } = await createRoom(server);
    expect((await remove(room, viewToken)).status).toBe(403);
    expect((await remove(room, editToken)).status).toBe(403);
    expect((await remove(room)).status).toBe(403);
    expect((await remove('A'.repeat(24), facilitatorToken)).status).toBe(404);
    expect((await remove(room, facilitatorToken)).status).toBe(204);
    expect((await remove(room, facilitatorToken)).status).toBe(410);
  });
});

describe('a room', () => {
  it('welcomes an editor (with the view token) and a viewer, then says what is stored', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    const editor = connect(server, room, editToken);
    const viewer = connect(server, room, viewToken);
    await Promise.all([editor.synced(), viewer.synced()]);
    await waitFor(() => editor.messages.length >= 2 && viewer.messages.length >= 2, 'welcome and stored');
    expect(editor.messages.slice(0, 2)).toMatchObject([{ type: 'welcome', role: 'edit', viewToken }, { type: 'stored' }]);
    expect(viewer.messages[0]).toEqual({ type: 'welcome', role: 'view' });
    expect(Y.snapshotContainsUpdate(editor.stored!, Y.encodeStateAsUpdate(editor.doc))).toBe(true);
    editor.destroy();
    viewer.destroy();
  });

  it('refuses a connection with a bad token or to an unknown room, with the protocol’s reasons', async () => {
    const { room, editToken } = await createRoom(server);
    const wrong = connect(server, room, 'x'.repeat(24));
    const unknown = connect(server, 'B'.repeat(24), editToken);
    await waitFor(() => wrong.denied !== null && unknown.denied !== null, 'both refused');
    expect(wrong.denied).toBe(deniedReasons.badToken);
    expect(unknown.denied).toBe(deniedReasons.unknownRoom);
    wrong.destroy();
    unknown.destroy();
  });

  it('converges four participants editing at once, and stores what they hold', async () => {
    const { room, editToken } = await createRoom(server);
    const people = await Promise.all(['ana', 'ben', 'cleo', 'dev'].map((name) => join(server, room, editToken, name)));
    const random = seeded(7);
    for (let n = 0; n < 25; n++) {
      for (const person of people) person.step(n, random);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await converged(people);
    await Promise.all(people.map((person) => storedAll(person)));
    const stored = await storedState(dataDir, room);
    expect(boardOf(stored)).toEqual(boardOf(people[0]!.doc));
    expectNoDuplicates(stored);
    expect(people[0]!.board.board.items.length).toBeGreaterThan(3 + 50);
    people.forEach((person) => person.destroy());
  });

  it('refuses a view-only connection’s writes: never applied, relayed or stored', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    const editor = await join(server, room, editToken, 'ed');
    const viewer = connect(server, room, viewToken);
    await viewer.synced();
    boardTypes(viewer.doc).items.set('item:sneaky', itemFields({ label: 'Sneaky' }));
    editor.step(1, seeded(1));
    await storedAll(editor);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(labels(editor.doc)).not.toContain('Sneaky');
    expect(labels(await storedState(dataDir, room))).not.toContain('Sneaky');
    expect(server.logs.join('\n')).not.toMatch(/Sneaky/);
    editor.destroy();
    viewer.destroy();
  });

  it('refuses an update that breaks a per-item rule: the sender is told and disconnected, the room stays as it was and serves on', async () => {
    const { room, editToken } = await createRoom(server);
    const honest = await join(server, room, editToken, 'honest');
    const hostile = connect(server, room, editToken);
    await hostile.synced();
    const before = await storedState(dataDir, room);
    boardTypes(hostile.doc).items.set('item:evil', itemFields({ label: 'Evil', weight: -5 }));
    await waitFor(() => hostile.messages.some((message) => message.type === 'refused'), 'the refusal');
    const refusal = hostile.messages.find((message) => message.type === 'refused');
    expect(refusal).toMatchObject({ type: 'refused', reasons: [expect.stringMatching(/item:evil.*weight/)] });
    await waitFor(() => hostile.closes.length > 0, 'the refused client to be disconnected');
    hostile.destroy();
    honest.step(1, seeded(2));
    await storedAll(honest);
    expect(labels(honest.doc)).not.toContain('Evil');
    const after = await storedState(dataDir, room);
    expect(labels(after)).not.toContain('Evil');
    expect(labels(after)).toEqual([...labels(before), 'honest-1'].sort());
    honest.destroy();
  });

  it('tells everyone in a deleted room, disconnects them and refuses later connections', async () => {
    const { room, editToken, facilitatorToken } = await createRoom(server);
    const person = await join(server, room, editToken, 'p');
    expect((await remove(room, facilitatorToken)).status).toBe(204);
    await waitFor(() => person.messages.some((message) => message.type === 'deleted'), 'the deleted message');
    person.destroy();
    const late = connect(server, room, editToken);
    await waitFor(() => late.denied !== null, 'the late connection to be refused');
    expect(late.denied).toBe(deniedReasons.deleted);
    late.destroy();
    expect(labels(await storedState(dataDir, room))).toEqual([]);
  });

  it('opens a 20,000-item board and takes a one-update import of it', async () => {
    const started = Date.now();
    const { room, editToken } = await createRoom(server, bigBoard(20_000 - 3));
    const person = connect(server, room, editToken);
    await person.synced();
    expect(boardTypes(person.doc).items.size).toBe(20_000);
    console.log(`a 20,000-item board: created and opened in ${Date.now() - started} ms`);
    person.destroy();
  }, 60_000);
});
