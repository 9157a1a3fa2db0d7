import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardTypes } from '../../src/collab/boardYDoc';
import type { WorkshopRequest } from '../../src/collab/workshopProtocol';
import type { Evidence, Round } from '../../src/model/types';
import { connect, createRoom, startServer, storedState, tempDir, waitFor, type Client, type RunningServer } from '../test/harness';
import { testBoard } from '../../src/model/testBoard';
import { mapPoint } from '../../src/model/mapPoint';

/** A timer's minute lasts 1.5 s here: a timed round closes within the test. */
const minute = { MINUTE_MS: '1500' };
let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('workshop');
  server = await startServer({ dataDir, env: minute });
});
afterAll(async () => {
  await server.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

const ask = (client: Client, request: WorkshopRequest) => client.provider.sendStateless(JSON.stringify(request));
const rounds = (client: Client) => [...boardTypes(client.doc).records.rounds.values()] as Round[];
const openRound = (client: Client) => rounds(client).find((round) => round.status === 'open');
const evidence = (client: Client) => [...boardTypes(client.doc).records.evidence.values()] as Evidence[];
const refusals = (client: Client) => client.messages.filter((m) => m.type === 'workshopRefused').map((m) => (m as { reason: string }).reason);
/** Every stateless message a client got, as text: what it could read. */
const heard = (client: Client) => JSON.stringify(client.messages);
const itemIds = testBoard().items.map((item) => item.id);

async function people(room: string, tokens: { facilitatorToken: string; editToken: string }) {
  const host = connect(server, room, tokens.facilitatorToken);
  const ana = connect(server, room, tokens.editToken);
  const ben = connect(server, room, tokens.editToken);
  await Promise.all([host.synced(), ana.synced(), ben.synced()]);
  ask(host, { type: 'hello', person: 'host-device-1', name: 'Host' });
  ask(ana, { type: 'hello', person: 'ana-device-01', name: 'Ana' });
  ask(ben, { type: 'hello', person: 'ben-device-01', name: 'Ben' });
  return { host, ana, ben };
}

describe('dot votes on the server', () => {
  it('hides counts until the vote closes, keeps each to their dots, then writes one anonymous ballot per person and option', async () => {
    const created = await createRoom(server);
    const { host, ana, ben } = await people(created.room, created);
    const options = [
      { id: 'zone:r1', label: 'Zone 1', at: mapPoint(0.4, 0.6) },
      { id: 'zone:r2', label: 'Zone 2', at: null },
      { id: 'space:A', label: 'White space A', at: mapPoint(0.8, 0.2) },
    ];
    ask(ana, { type: 'openVote', question: 'Mine', options, dots: 3, onePerOption: false, minutes: null });
    await waitFor(() => refusals(ana).length === 1, 'a participant refused');
    ask(host, { type: 'openVote', question: 'Which first?', options, dots: 3, onePerOption: false, minutes: null });
    const votes = (client: Client) => [...boardTypes(client.doc).records.votes.values()] as { id: string; status: string }[];
    await waitFor(() => votes(ben).length === 1, 'the vote');
    const id = votes(ben)[0]!.id;
    ask(ana, { type: 'vote', voteId: id, dots: { 'zone:r1': 4 } });
    await waitFor(() => refusals(ana).length === 2, 'too many dots refused');
    ask(ana, { type: 'vote', voteId: id, dots: { 'zone:r1': 2, 'space:A': 1 } });
    ask(ben, { type: 'vote', voteId: id, dots: { 'zone:r2': 1, 'space:A': 2 } });
    await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.done === 2), 'both voted');
    // Nobody hears anyone's dots, and the board holds none, until the vote closes.
    expect(heard(host)).not.toMatch(/"space:A":\s*[12]/);
    expect(boardTypes(host.doc).records.ballots.size).toBe(0);
    ask(host, { type: 'closeVote', voteId: id });
    await waitFor(() => votes(ben)[0]!.status === 'closed', 'the vote closed');
    const ballots = [...boardTypes(ben.doc).records.ballots.values()] as { option: string; dots: number }[];
    const sum = (option: string) => ballots.filter((b) => b.option === option).reduce((s, b) => s + b.dots, 0);
    expect([sum('zone:r1'), sum('zone:r2'), sum('space:A')]).toEqual([2, 1, 3]);
    expect(ballots).toHaveLength(4);
    expect(JSON.stringify(ballots)).not.toMatch(/Ana|Ben|device/);
    [host, ana, ben].forEach((client) => client.destroy());
  });
});

describe('placement rounds on the server', () => {
  it('holds each placement privately until the reveal, tells progress, and writes the placements as evidence at the reveal', async () => {
    const created = await createRoom(server);
    const { host, ana, ben } = await people(created.room, created);
    ask(host, { type: 'startRound', question: 'Where does each sit for you?', itemIds, start: 'tray', showNames: false, minutes: null });
    await waitFor(() => openRound(ana) !== undefined && openRound(ben) !== undefined, 'the round to reach everyone');
    const round = openRound(ana)!;
    ask(ana, { type: 'place', roundId: round.id, placements: [{ itemId: itemIds[0]!, x: 0.123456, y: 0.654321 }], done: true });
    await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.done === 1), 'progress to reach the facilitator');
    const progress = host.messages.filter((m) => m.type === 'progress').at(-1) as unknown as { done: number; total: number; waiting: string[] };
    // The facilitator takes part once they place; until then, the two participants.
    expect(progress.total).toBe(2);
    expect(progress.waiting).toEqual(['Ben']);
    // Participants see the count, never names; nobody but Ana hears her numbers, and the board holds none of them.
    const benProgress = ben.messages.filter((m) => m.type === 'progress').at(-1) as unknown as { waiting: string[] };
    expect(benProgress.waiting).toEqual([]);
    for (const other of [host, ben]) expect(heard(other)).not.toContain('0.123456');
    expect(JSON.stringify(boardTypes(host.doc).records.evidence.toJSON())).not.toContain('0.123456');
    ask(ben, { type: 'place', roundId: round.id, placements: [{ itemId: itemIds[0]!, x: 0.3, y: 0.5 }], done: false });
    ask(host, { type: 'place', roundId: round.id, placements: [{ itemId: itemIds[0]!, x: 0.2, y: 0.55 }], done: true });
    await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.done === 2 && m.total === 3), 'the facilitator’s own placement');
    ask(host, { type: 'closeRound', roundId: round.id });
    await waitFor(() => evidence(ben).length === 1 && rounds(ben)[0]!.status === 'revealed', 'the reveal');
    const cell = evidence(ben)[0]!.cells[0]!;
    expect(cell.wave).toBe('Round 1');
    expect(cell.n).toBe(3);
    expect(cell.names).toEqual([]);
    expect(cell.points).toEqual([0.123456, 0.654321, 0.2, 0.55, 0.3, 0.5]);
    [host, ana, ben].forEach((client) => client.destroy());
  });

  it('refuses a participant who starts, closes or cancels a round, or sets the timer; a viewer may not place', async () => {
    const created = await createRoom(server);
    const { host, ana, ben } = await people(created.room, created);
    ask(ana, { type: 'startRound', question: 'Mine', itemIds, start: 'tray', showNames: true, minutes: null });
    await waitFor(() => refusals(ana).length === 1, 'a refusal');
    expect(refusals(ana)[0]).toMatch(/Only the facilitator/);
    expect(rounds(host)).toEqual([]);
    ask(host, { type: 'startRound', question: 'Q', itemIds, start: 'current', showNames: false, minutes: null });
    await waitFor(() => openRound(ana) !== undefined, 'the round');
    const id = openRound(ana)!.id;
    ask(ana, { type: 'closeRound', roundId: id });
    ask(ana, { type: 'cancelRound', roundId: id });
    ask(ana, { type: 'timer', action: 'start', minutes: 5 });
    await waitFor(() => refusals(ana).length === 4, 'three more refusals');
    expect(openRound(host)?.id).toBe(id);
    expect(boardTypes(host.doc).records.timers.size).toBe(0);
    const viewer = connect(server, created.room, created.viewToken);
    await viewer.synced();
    ask(viewer, { type: 'hello', person: 'viewer-device', name: 'Projector' });
    ask(viewer, { type: 'place', roundId: id, placements: [{ itemId: itemIds[0]!, x: 0.5, y: 0.5 }], done: true });
    await waitFor(() => refusals(viewer).length === 1, 'the viewer refused');
    ask(viewer, { type: 'ping', id: 7 });
    await waitFor(() => viewer.messages.some((m) => m.type === 'pong'), 'the viewer’s clock');
    // A participant's own write to the rounds is refused as a change.
    boardTypes(ben.doc).records.rounds.set(id, { ...openRound(ben)!, status: 'revealed' });
    await waitFor(() => ben.messages.some((m) => m.type === 'refused'), 'the forged reveal refused');
    expect(openRound(host)?.id).toBe(id);
    [host, ana, ben, viewer].forEach((client) => client.destroy());
  });

  it('keeps placements through a SIGKILL: a reconnecting participant gets its own back, and the reveal holds them', { timeout: 30_000 }, async () => {
    const created = await createRoom(server);
    let { host, ana, ben } = await people(created.room, created);
    ask(host, { type: 'startRound', question: 'Q', itemIds, start: 'tray', showNames: true, minutes: null });
    await waitFor(() => openRound(ana) !== undefined, 'the round');
    const id = openRound(ana)!.id;
    ask(ana, { type: 'place', roundId: id, placements: [{ itemId: itemIds[1]!, x: 0.7, y: 0.2 }], done: true });
    await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.done === 1), 'Ana’s placement held');
    await new Promise((resolve) => setTimeout(resolve, 600));
    [host, ana, ben].forEach((client) => client.destroy());
    await server.stop('SIGKILL');
    server = await startServer({ dataDir, env: minute });
    ({ host, ana, ben } = await people(created.room, created));
    await waitFor(() => ana.messages.some((m) => m.type === 'mine'), 'Ana’s own placements back');
    const mine = ana.messages.find((m) => m.type === 'mine') as unknown as { placements: unknown[]; done: boolean };
    expect(mine).toMatchObject({ placements: [{ itemId: itemIds[1], x: 0.7, y: 0.2 }], done: true });
    expect(heard(ben)).not.toContain('0.7');
    ask(host, { type: 'closeRound', roundId: id });
    await waitFor(() => evidence(host).length === 1, 'the reveal');
    expect(evidence(host)[0]!.cells[0]).toMatchObject({ points: [0.7, 0.2], names: ['Ana'] });
    [host, ana, ben].forEach((client) => client.destroy());
    await waitFor(async () => [...boardTypes(await storedState(dataDir, created.room)).records.evidence.values()].length === 1, 'the evidence stored');
  });

  it('closes a timed round with its timer, which runs on the server’s clock: a minute more, pause, stop', { timeout: 30_000 }, async () => {
    const created = await createRoom(server);
    const { host, ana, ben } = await people(created.room, created);
    ask(host, { type: 'startRound', question: 'Q', itemIds, start: 'tray', showNames: false, minutes: 1 });
    await waitFor(() => openRound(ana) !== undefined, 'the round');
    const round = openRound(ana)!;
    expect(Math.abs(round.endsAt! - (Date.now() + 1500))).toBeLessThan(1000);
    ask(ana, { type: 'place', roundId: round.id, placements: [{ itemId: itemIds[0]!, x: 0.4, y: 0.4 }], done: false });
    await waitFor(() => rounds(ben)[0]!.status === 'revealed', 'the round closed by its timer', 10_000);
    expect(evidence(ben)[0]!.cells[0]!.points).toEqual([0.4, 0.4]);
    ask(host, { type: 'timer', action: 'start', minutes: 2 });
    await waitFor(() => (boardTypes(ana.doc).records.timers.get('timer:room') as { total: number }).total === 3000, 'the timer');
    const timer = boardTypes(ana.doc).records.timers.get('timer:room') as { running: boolean; endsAt: number; total: number };
    expect(timer.running).toBe(true);
    ask(host, { type: 'timer', action: 'add' });
    await waitFor(() => (boardTypes(ana.doc).records.timers.get('timer:room') as { total: number }).total === 4500, 'a minute added');
    ask(host, { type: 'timer', action: 'pause' });
    await waitFor(() => (boardTypes(ana.doc).records.timers.get('timer:room') as { running: boolean }).running === false, 'paused');
    ask(host, { type: 'timer', action: 'stop' });
    await waitFor(() => (boardTypes(ana.doc).records.timers.get('timer:room') as { remaining: number }).remaining === 0, 'stopped');
    [host, ana, ben].forEach((client) => client.destroy());
  });
});
