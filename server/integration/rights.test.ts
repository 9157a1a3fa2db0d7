import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath, type RoomLinks } from '../../src/collab/protocol';
import { boardTypes } from '../../src/collab/boardYDoc';
import { authenticatedSocket, connect, createRoom, startServer, storedState, tempDir, waitFor, type Client, type RunningServer } from '../test/harness';
import { wire } from '../test/wire';
import { labels } from '../test/boards';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('rights');
  server = await startServer({ dataDir });
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

const call = (method: string, path: string, token?: string) =>
  fetch(`${server.url}${apiPath}/rooms/${path}`, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A change made on a client's copy of the room, sent as an editor's update. */
const edit = (client: Client, change: (types: ReturnType<typeof boardTypes>) => void) => client.doc.transact(() => change(boardTypes(client.doc)));
const itemField = (doc: Y.Doc, id: string, field: string) => (boardTypes(doc).items.get(id) as Y.Map<unknown>).get(field);
const refused = (client: Client) => client.messages.some((message) => message.type === 'refused');

const authenticatedRaw = (room: string, token: string) => authenticatedSocket(server, room, token);

describe('rights on the server', () => {
  it('welcomes a facilitator with the edit and view tokens, a participant with the view token', async () => {
    const { room, facilitatorToken, editToken, viewToken } = await createRoom(server);
    const facilitator = connect(server, room, facilitatorToken);
    const participant = connect(server, room, editToken);
    await Promise.all([facilitator.synced(), participant.synced()]);
    await waitFor(() => facilitator.messages.length > 0 && participant.messages.length > 0, 'the welcomes');
    expect(facilitator.messages[0]).toEqual({ type: 'welcome', role: 'facilitator', editToken, viewToken });
    expect(participant.messages[0]).toEqual({ type: 'welcome', role: 'edit', viewToken });
    facilitator.destroy();
    participant.destroy();
  });

  it('a raw client with the edit token may neither delete the room nor lead: both refused, the room unchanged', async () => {
    const { room, editToken, viewToken } = await createRoom(server);
    expect((await call('DELETE', room, editToken)).status).toBe(403);
    const before = labels(await storedState(dataDir, room));
    const participant = await authenticatedRaw(room, editToken);
    const watcher = await authenticatedRaw(room, viewToken);
    participant.socket.send(wire.awareness(room, 5150, 1, { user: { name: 'Pat', colour: '#112233' }, selectedId: null, drag: null, lead: { seq: 1, view: { presenting: true } } }));
    expect(await participant.closed).toBe(4400);
    await sleep(200);
    expect(watcher.received.some((data) => data.toString('utf8').includes('"seq":1'))).toBe(false);
    expect(labels(await storedState(dataDir, room))).toEqual(before);
    const again = connect(server, room, editToken);
    await again.synced();
    expect(labels(again.doc)).toEqual(before);
    again.destroy();
    watcher.socket.terminate();
  });

  it('a locked item refuses a participant’s move and a participant’s unlock; the facilitator may do both', async () => {
    const { room, facilitatorToken, editToken } = await createRoom(server);
    const facilitator = connect(server, room, facilitatorToken);
    await facilitator.synced();
    const id = [...boardTypes(facilitator.doc).items.keys()].sort()[0]!;
    edit(facilitator, ({ items }) => (items.get(id) as Y.Map<unknown>).set('locked', true));
    await facilitator.synced();
    const participant = connect(server, room, editToken);
    await participant.synced();
    expect(itemField(participant.doc, id, 'locked')).toBe(true);
    edit(participant, ({ items }) => (items.get(id) as Y.Map<unknown>).set('position', { x: 0.9, y: 0.9 }));
    await waitFor(() => refused(participant), 'the refusal');
    expect(JSON.stringify(participant.messages.find((message) => message.type === 'refused'))).toMatch(/locked by the facilitator/);
    participant.destroy();
    const cheat = connect(server, room, editToken);
    await cheat.synced();
    edit(cheat, ({ items }) => (items.get(id) as Y.Map<unknown>).set('locked', false));
    await waitFor(() => refused(cheat), 'the refusal of an unlock');
    cheat.destroy();
    await waitFor(async () => itemField(await storedState(dataDir, room), id, 'locked') === true, 'the lock stored');
    const stored = await storedState(dataDir, room);
    expect(itemField(stored, id, 'position')).not.toEqual({ x: 0.9, y: 0.9 });
    edit(facilitator, ({ items }) => (items.get(id) as Y.Map<unknown>).set('position', { x: 0.1, y: 0.1 }));
    await facilitator.synced();
    await waitFor(async () => JSON.stringify(itemField(await storedState(dataDir, room), id, 'position')) === '{"x":0.1,"y":0.1}', 'the facilitator’s move stored');
    expect(refused(facilitator)).toBe(false);
    facilitator.destroy();
  });

  it('a locked board refuses any change of a participant; a participant cannot lock it either', async () => {
    const { room, facilitatorToken, editToken } = await createRoom(server);
    const participant = connect(server, room, editToken);
    await participant.synced();
    edit(participant, ({ meta }) => meta.set('locked', true));
    await waitFor(() => refused(participant), 'the refusal of a lock');
    participant.destroy();
    const facilitator = connect(server, room, facilitatorToken);
    await facilitator.synced();
    edit(facilitator, ({ meta }) => meta.set('locked', true));
    await facilitator.synced();
    const late = connect(server, room, editToken);
    await late.synced();
    edit(late, ({ meta }) => meta.set('title', 'Mine now'));
    await waitFor(() => refused(late), 'the refusal of a title');
    late.destroy();
    const stored = await storedState(dataDir, room);
    expect(boardTypes(stored).meta.get('title')).not.toBe('Mine now');
    facilitator.destroy();
  });

  it('replacing the edit link: only the facilitator may; the old link’s connections become view-only, the old link opens nothing, the view link stays', async () => {
    const { room, facilitatorToken, editToken, viewToken } = await createRoom(server);
    expect((await call('POST', `${room}/links`, editToken)).status).toBe(403);
    const participant = connect(server, room, editToken);
    await participant.synced();
    const response = await call('POST', `${room}/links`, facilitatorToken);
    expect(response.status).toBe(200);
    const links = (await response.json()) as RoomLinks;
    expect(links.facilitatorToken).toBe(facilitatorToken);
    expect(links.viewToken).toBe(viewToken);
    expect(links.editToken).not.toBe(editToken);
    await waitFor(() => participant.messages.some((message) => message.type === 'role'), 'the change of role');
    expect(participant.messages.find((message) => message.type === 'role')).toMatchObject({ role: 'view' });
    // What the demoted connection still sends is never applied.
    edit(participant, ({ meta }) => meta.set('title', 'After the replacement'));
    await sleep(500);
    expect(boardTypes(await storedState(dataDir, room)).meta.get('title')).not.toBe('After the replacement');
    participant.destroy();
    const old = connect(server, room, editToken);
    await waitFor(() => old.denied !== null, 'the old link refused');
    old.destroy();
    const fresh = connect(server, room, links.editToken);
    await fresh.synced();
    edit(fresh, ({ meta }) => meta.set('title', 'With the new link'));
    await waitFor(async () => boardTypes(await storedState(dataDir, room)).meta.get('title') === 'With the new link', 'the new link’s edit stored');
    fresh.destroy();
  });
});
