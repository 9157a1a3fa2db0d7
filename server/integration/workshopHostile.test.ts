import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardTypes } from '../../src/collab/boardYDoc';
import { readBoard } from '../../src/collab/readBoard';
import { readOneRecord } from '../../src/schema/recordTypes';
import type { WorkshopRequest } from '../../src/collab/workshopProtocol';
import { limits } from '../../src/model/rules';
import type { Ballot, Evidence, Round, Vote } from '../../src/model/types';
import { testBoard } from '../../src/model/testBoard';
import { timerLimitMs } from '../../src/schema/readRound';
import { heldPeopleLimit } from '../sync/heldWorkshop';
import { joinMissesPerWindow } from '../http/joinRedirect';
import { authenticatedSocket, connect, createRoom, startServer, storedState, tempDir, waitFor, type Client, type RunningServer } from '../test/harness';
import { updateOn } from '../test/boards';
import { wire } from '../test/wire';

/**
 * The workshop's promises against people who do not use the app: raw sockets that speak the
 * wire format with a participant's, a viewer's or the facilitator's token. Each test fails
 * when its promise is broken. Rates are high here: a hostile client spreads over time what
 * these tests send at once.
 */
const env = {
  RATE_MESSAGES_PER_SECOND: '5000',
  RATE_ADDRESS_MESSAGES_PER_SECOND: '50000',
  RATE_ROOM_MESSAGES_PER_SECOND: '50000',
  MAX_CONNECTIONS_PER_ADDRESS: '200',
};
let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = tempDir('workshop-hostile');
  server = await startServer({ dataDir, env });
});
afterAll(async () => {
  expect(await server.stop('SIGTERM')).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

const itemIds = testBoard().items.map((item) => item.id);
const options = [
  { id: 'zone:r1', label: 'Zone 1', at: null },
  { id: 'zone:r2', label: 'Zone 2', at: null },
];
/** A person id as the app makes one: 32 random hex digits. */
const personId = () => randomBytes(16).toString('hex');

/** A server message, if `data` is a stateless one (JSON). */
function statelessOf(data: Buffer): Record<string, unknown> | null {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== 5) return null;
  return JSON.parse(decoding.readVarString(decoder)) as Record<string, unknown>;
}

/** A raw socket with a token: what it asks (any text), what it is told, everything it heard. */
async function peer(room: string, token: string) {
  const raw = await authenticatedSocket(server, room, token);
  let pings = 0;
  const told = (type?: string) => raw.received.flatMap((data): Record<string, unknown>[] => { const m = statelessOf(data); return m ? [m] : []; }).filter((m) => type === undefined || m.type === type);
  return {
    ...raw,
    told,
    ask: (request: WorkshopRequest | Record<string, unknown> | string) => raw.socket.send(wire.stateless(room, typeof request === 'string' ? request : JSON.stringify(request))),
    /** Everything received, as text: what this socket could read. */
    heard: () => raw.received.map((data) => data.toString('latin1')).join('\n'),
    refusals: () => told('workshopRefused').map((m) => m.reason as string),
    /** Resolves once the server has handled everything sent before (its answer to a ping). */
    async settled() {
      const id = ++pings;
      raw.socket.send(wire.stateless(room, JSON.stringify({ type: 'ping', id })));
      await waitFor(() => told('pong').some((m) => m.id === id), 'the pong');
    },
  };
}
type Peer = Awaited<ReturnType<typeof peer>>;

const ask = (client: Client, request: WorkshopRequest) => client.provider.sendStateless(JSON.stringify(request));
const records = <T>(client: Client, collection: 'rounds' | 'votes' | 'ballots' | 'evidence' | 'timers') => [...boardTypes(client.doc).records[collection].values()] as T[];
const openRound = (client: Client) => records<Round>(client, 'rounds').find((round) => round.status === 'open');
const openVote = (client: Client) => records<Vote>(client, 'votes').find((vote) => vote.status === 'open');

/** A room with its facilitator connected (a provider: the board is readable) and said hello. */
async function room() {
  const created = await createRoom(server);
  const host = connect(server, created.room, created.facilitatorToken);
  await host.synced();
  ask(host, { type: 'hello', person: personId(), name: 'Host' });
  return { ...created, host };
}
async function startRound(host: Client, showNames = false): Promise<Round> {
  ask(host, { type: 'startRound', question: 'Where?', itemIds, start: 'tray', showNames, minutes: null });
  await waitFor(() => openRound(host) !== undefined, 'the round');
  return openRound(host)!;
}
async function startVote(host: Client, dots = 3): Promise<Vote> {
  ask(host, { type: 'openVote', question: 'Which?', options, dots, onePerOption: false, minutes: null });
  await waitFor(() => openVote(host) !== undefined, 'the vote');
  return openVote(host)!;
}
const place = (roundId: string, x: number, y: number, done = true) => ({ type: 'place', roundId, placements: [{ itemId: itemIds[0]!, x, y }], done }) as const;

describe('the workshop keeps each person’s placements and dots to themselves', () => {
  it('never tells anyone else a person’s id, placements or dots, nor a participant or viewer who is not done', async () => {
    const { room: name, editToken, viewToken, host } = await room();
    const [ana, ben, viewer] = [await peer(name, editToken), await peer(name, editToken), await peer(name, viewToken)];
    const anaId = personId();
    ana.ask({ type: 'hello', person: anaId, name: 'Anastasia' });
    ben.ask({ type: 'hello', person: personId(), name: 'Benedikt' });
    const round = await startRound(host, true);
    ana.ask(place(round.id, 0.271828, 0.314159));
    ben.ask(place(round.id, 0.5, 0.5, false));
    await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.done === 1 && m.total === 2), 'progress');
    await Promise.all([ben.settled(), viewer.settled()]);
    for (const other of [ben, viewer]) {
      expect(other.heard()).not.toContain('0.271828');
      expect(other.heard()).not.toMatch(/Anastasia|Benedikt/);
      expect(other.told('mine').every((m) => JSON.stringify(m).indexOf('0.271828') === -1)).toBe(true);
    }
    expect(viewer.told('mine')).toEqual([]);
    expect(JSON.stringify(host.messages)).not.toContain('0.271828');
    ask(host, { type: 'closeRound', roundId: round.id });
    await waitFor(() => records(host, 'evidence').length === 1, 'the reveal');

    const vote = await startVote(host);
    ana.ask({ type: 'vote', voteId: vote.id, dots: { 'zone:r2': 3 } });
    await waitFor(() => ana.told('progress').some((m) => m.roundId === vote.id && m.done === 1), 'Ana’s dots held');
    await Promise.all([ben.settled(), viewer.settled()]);
    for (const other of [ben, viewer]) expect(other.heard()).not.toMatch(/"zone:r2":\s*3/);
    expect(viewer.told('myDots')).toEqual([]);
    ask(host, { type: 'closeVote', voteId: vote.id });
    await waitFor(() => records(host, 'ballots').length === 1, 'the ballots');

    for (const other of [ben, viewer]) expect(other.heard()).not.toContain(anaId);
    expect(JSON.stringify(host.messages)).not.toContain(anaId);
    expect(JSON.stringify((await storedState(dataDir, name)).toJSON())).not.toContain(anaId);
    [ana, ben, viewer].forEach((p) => p.socket.terminate());
    host.destroy();
  });

  it('one connection is one person: a socket that says hello under many ids holds one placement and one person’s dots', async () => {
    const { room: name, editToken, host } = await room();
    const mallory = await peer(name, editToken);
    const round = await startRound(host);
    for (let i = 0; i < 5; i++) {
      mallory.ask({ type: 'hello', person: personId(), name: `Voter ${i}` });
      mallory.ask(place(round.id, 0.1 + i / 10, 0.5));
    }
    await mallory.settled();
    ask(host, { type: 'closeRound', roundId: round.id });
    await waitFor(() => records(host, 'evidence').length === 1, 'the reveal');
    expect(records<Evidence>(host, 'evidence')[0]!.cells[0]!.n).toBe(1);

    const vote = await startVote(host, 3);
    for (let i = 0; i < 5; i++) {
      mallory.ask({ type: 'hello', person: personId(), name: `Voter ${i}` });
      mallory.ask({ type: 'vote', voteId: vote.id, dots: { 'zone:r1': 3 } });
    }
    await mallory.settled();
    ask(host, { type: 'closeVote', voteId: vote.id });
    await waitFor(() => openVote(host) === undefined, 'the vote closed');
    expect(records<Ballot>(host, 'ballots').reduce((sum, ballot) => sum + ballot.dots, 0)).toBe(3);
    mallory.socket.terminate();
    host.destroy();
  });

  it('a round holds at most as many people as a reveal can write: a crowd of made-up people leaves the evidence readable', { timeout: 60_000 }, async () => {
    const { room: name, editToken, host } = await room();
    const round = await startRound(host);
    const crowd = heldPeopleLimit + 3;
    let next = 0;
    const refused: string[] = [];
    // One socket after another, each a new made-up person (40 at a time).
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        while (next < crowd) {
          const i = next++;
          const sybil = await peer(name, editToken);
          sybil.ask({ type: 'hello', person: personId(), name: `Sybil ${i}` });
          sybil.ask(place(round.id, (i % 1000) / 1000, 0.5));
          await sybil.settled();
          refused.push(...sybil.refusals());
          sybil.socket.terminate();
        }
      }),
    );
    expect(refused).toHaveLength(3);
    ask(host, { type: 'closeRound', roundId: round.id });
    await waitFor(() => records(host, 'evidence').length === 1, 'the reveal');
    const [id, value] = [...boardTypes(host.doc).records.evidence.entries()][0]!;
    const read = readOneRecord('evidence', id, value, 'lenient');
    expect('errors' in read ? read.errors : []).toEqual([]);
    expect(records<Evidence>(host, 'evidence')[0]!.cells[0]!.n).toBe(heldPeopleLimit);
    host.destroy();
  });
});

describe('only the facilitator runs the workshop; a viewer only asks the clock', () => {
  it('refuses everything a view-only connection asks but the clock, and tells it nobody’s placements', async () => {
    const { room: name, editToken, viewToken, host } = await room();
    const round = await startRound(host);
    const vote = await startVote(host);
    const viewer = await peer(name, viewToken);
    const requests: Record<string, unknown>[] = [
      place(round.id, 0.5, 0.5),
      { type: 'vote', voteId: vote.id, dots: { 'zone:r1': 1 } },
      { type: 'startRound', question: 'Mine', itemIds, start: 'tray', showNames: false, minutes: null },
      { type: 'closeRound', roundId: round.id },
      { type: 'cancelRound', roundId: round.id },
      { type: 'openVote', question: 'Mine', options, dots: 3, onePerOption: false, minutes: null },
      { type: 'closeVote', voteId: vote.id },
      { type: 'cancelVote', voteId: vote.id },
      { type: 'timer', action: 'start', minutes: 5 },
      { type: 'timer', action: 'stop' },
      { type: 'joinCode', show: true, editToken },
      { type: 'joinCode', show: false },
    ];
    viewer.ask({ type: 'hello', person: personId(), name: 'Projector' });
    for (const request of requests) viewer.ask(request);
    await viewer.settled();
    expect(viewer.refusals()).toHaveLength(requests.length);
    expect(viewer.told('mine')).toEqual([]);
    expect(viewer.told('myDots')).toEqual([]);
    expect(viewer.told('joinCode')).toEqual([]);
    expect(openRound(host)?.id).toBe(round.id);
    expect(openVote(host)?.id).toBe(vote.id);
    expect(records(host, 'rounds')).toHaveLength(1);
    expect(records(host, 'timers')).toHaveLength(0);
    viewer.socket.terminate();
    host.destroy();
  });

  it('refuses a participant who closes, cancels, opens, sets the timer or shows the join code; the facilitator’s join code takes only the edit link', async () => {
    const { room: name, editToken, viewToken, facilitatorToken, host } = await room();
    const round = await startRound(host);
    const vote = await startVote(host);
    const ana = await peer(name, editToken);
    ana.ask({ type: 'hello', person: personId(), name: 'Ana' });
    const requests: Record<string, unknown>[] = [
      { type: 'closeRound', roundId: round.id },
      { type: 'cancelRound', roundId: round.id },
      { type: 'startRound', question: 'Mine', itemIds, start: 'tray', showNames: false, minutes: null },
      { type: 'openVote', question: 'Mine', options, dots: 3, onePerOption: false, minutes: null },
      { type: 'closeVote', voteId: vote.id },
      { type: 'cancelVote', voteId: vote.id },
      ...(['start', 'add', 'pause', 'resume', 'stop'] as const).map((action) => ({ type: 'timer', action, minutes: 5 })),
      { type: 'joinCode', show: true, editToken },
      { type: 'joinCode', show: false },
    ];
    for (const request of requests) ana.ask(request);
    await ana.settled();
    expect(ana.refusals()).toHaveLength(requests.length);
    expect(openRound(host)?.id).toBe(round.id);
    expect(openVote(host)?.id).toBe(vote.id);
    expect(records(host, 'timers')).toHaveLength(0);
    // The facilitator's own screen, asking with any token but the edit link's.
    const facilitator = await peer(name, facilitatorToken);
    for (const token of [viewToken, facilitatorToken, randomBytes(18).toString('base64url')]) facilitator.ask({ type: 'joinCode', show: true, editToken: token });
    await waitFor(() => facilitator.refusals().length === 3, 'three refusals');
    expect(JSON.stringify([...ana.told('joinCode'), ...facilitator.told('joinCode')])).toBe('[]');
    [ana, facilitator].forEach((p) => p.socket.terminate());
    host.destroy();
  });
});

describe('malformed and oversized requests', () => {
  it('ignores each one, holds nothing from it and keeps answering: over 64 KB, deep JSON, NaN, 1e308, negatives, prototype keys, too many', async () => {
    const { room: name, editToken, facilitatorToken, host } = await room();
    const round = await startRound(host);
    const vote = await startVote(host);
    const ana = await peer(name, editToken);
    ana.ask({ type: 'hello', person: personId(), name: 'Ana' });
    const placeWith = (placements: unknown) => ({ type: 'place', roundId: round.id, placements, done: true });
    const dots = (value: unknown) => ({ type: 'vote', voteId: vote.id, dots: value });
    const requests: (Record<string, unknown> | string)[] = [
      JSON.stringify(placeWith([{ itemId: itemIds[0], x: 0.5, y: 0.5 }])).replace('"done"', `"pad":"${'x'.repeat(70 * 1024)}","done"`),
      `{"type":"place","roundId":"${round.id}","placements":${'['.repeat(30_000)}${']'.repeat(30_000)},"done":true}`,
      `{"type":"place","roundId":"${round.id}","placements":[{"itemId":"${itemIds[0]}","x":NaN,"y":0.5}],"done":true}`,
      placeWith([{ itemId: itemIds[0], x: 1e308, y: 0.5 }]),
      placeWith([{ itemId: itemIds[0], x: -0.01, y: 0.5 }]),
      placeWith([{ itemId: itemIds[0], x: '0.5', y: 0.5 }]),
      placeWith(Array.from({ length: limits.roundItems + 1 }, () => ({ itemId: itemIds[0], x: 0.5, y: 0.5 }))),
      `{"type":"place","roundId":"${round.id}","placements":[{"itemId":"__proto__","x":0.5,"y":0.5}],"done":true}`,
      `{"type":"vote","voteId":"${vote.id}","dots":{"__proto__":{"zone:r1":3}}}`,
      `{"type":"vote","voteId":"${vote.id}","dots":{"constructor":1}}`,
      `{"__proto__":{"type":"ping"},"id":1}`,
      dots({ 'zone:r1': 1e308 }),
      dots({ 'zone:r1': -3, 'zone:r2': 6 }),
      dots({ 'zone:r1': 1.5 }),
      dots(Object.fromEntries(Array.from({ length: limits.voteOptions + 1 }, (_, i) => [`zone:x${i}`, 0]))),
      { type: 'hello', person: '__proto__', name: 'Proto' },
      { type: 'hello', person: 'x'.repeat(41), name: 'Long' },
      { type: 'ping', id: 1e308 },
    ];
    for (const request of requests) ana.ask(request);
    await ana.settled();
    expect(ana.told('pong')).toHaveLength(1);
    expect(ana.socket.readyState).toBe(ana.socket.OPEN);
    // The facilitator's malformed requests are ignored alike: nothing opened or written.
    const facilitator = await peer(name, facilitatorToken);
    facilitator.ask({ type: 'openVote', question: 'Q', options: Array.from({ length: limits.voteOptions + 1 }, (_, i) => ({ id: `zone:x${i}`, label: 'x', at: null })), dots: 3, onePerOption: false, minutes: null });
    facilitator.ask({ type: 'timer', action: 'start', minutes: 1e308 });
    facilitator.ask({ type: 'timer', action: 'start', minutes: -1 });
    await facilitator.settled();
    expect(records(host, 'votes')).toHaveLength(1);
    expect(records(host, 'timers')).toHaveLength(0);
    ask(host, { type: 'closeRound', roundId: round.id });
    ask(host, { type: 'closeVote', voteId: vote.id });
    await waitFor(() => openRound(host) === undefined && openVote(host) === undefined, 'both closed');
    expect(records(host, 'evidence')).toEqual([]);
    expect(records(host, 'ballots')).toEqual([]);
    [ana, facilitator].forEach((p) => p.socket.terminate());
    host.destroy();
  });

  it('a flood of the same placement reaches nobody else: progress goes out when it changes', async () => {
    const { room: name, editToken, host } = await room();
    const round = await startRound(host);
    const [ana, ben] = [await peer(name, editToken), await peer(name, editToken)];
    ana.ask({ type: 'hello', person: personId(), name: 'Ana' });
    ben.ask({ type: 'hello', person: personId(), name: 'Ben' });
    await Promise.all([ana.settled(), ben.settled()]);
    const before = ben.told('progress').length;
    for (let i = 0; i < 200; i++) ana.ask(place(round.id, 0.25, 0.75, false));
    await ana.settled();
    await ben.settled();
    expect(ben.told('progress').length - before).toBeLessThanOrEqual(2);
    [ana, ben].forEach((p) => p.socket.terminate());
    host.destroy();
  });

});

describe('the facilitator’s own requests stay within what every reader reads', () => {
  it('a board keeps at most its limit of rounds and of votes: the next start is refused, never written where no reader sees it', { timeout: 60_000 }, async () => {
    const { room: name, facilitatorToken, host } = await room();
    const facilitator = await peer(name, facilitatorToken);
    for (const [start, cancel, limit] of [
      [{ type: 'startRound', question: 'Q', itemIds, start: 'tray', showNames: false, minutes: null }, 'cancelRound', limits.rounds],
      [{ type: 'openVote', question: 'Q', options, dots: 3, onePerOption: false, minutes: null }, 'cancelVote', limits.votes],
    ] as const) {
      for (let i = 0; i < limit; i++) {
        const before = facilitator.told('progress').length;
        facilitator.ask(start);
        await waitFor(() => facilitator.told('progress').length > before, 'the start');
        const id = facilitator.told('progress').at(-1)!.roundId as string;
        facilitator.ask(cancel === 'cancelRound' ? { type: cancel, roundId: id } : { type: cancel, voteId: id });
      }
      const refusals = facilitator.refusals().length;
      facilitator.ask(start);
      await waitFor(() => facilitator.refusals().length === refusals + 1, 'the refusal');
    }
    await waitFor(() => records(host, 'rounds').length === limits.rounds && records(host, 'votes').length === limits.votes, 'every round and vote on the board');
    const read = readBoard(host.doc);
    expect(read.ok && read.leftOut).toEqual([]);
    facilitator.socket.terminate();
    host.destroy();
  });

  it('a timer takes no minute past what it reads with', async () => {
    const { room: name, facilitatorToken, host } = await room();
    const facilitator = await peer(name, facilitatorToken);
    facilitator.ask({ type: 'timer', action: 'start', minutes: 60 });
    for (let i = 0; i < 320; i++) facilitator.ask({ type: 'timer', action: 'add' });
    await facilitator.settled();
    await waitFor(() => (boardTypes(host.doc).records.timers.get('timer:room') as { total?: number } | undefined)?.total === timerLimitMs, 'the longest timer');
    const read = readOneRecord('timers', 'timer:room', boardTypes(host.doc).records.timers.get('timer:room'), 'lenient');
    expect('errors' in read ? read.errors : []).toEqual([]);
    facilitator.socket.terminate();
    host.destroy();
  });
});

describe('forged workshop records', () => {
  const forgedRound = (id = 'round:forged'): Round => ({ id, number: 9, question: 'Forged', itemIds, start: 'tray', showNames: false, status: 'revealed', endsAt: null, createdAt: new Date().toISOString() });
  const forgeries: [string, (types: ReturnType<typeof boardTypes>) => void][] = [
    ['a round', ({ records }) => records.rounds.set('round:forged', forgedRound())],
    ['a timer', ({ records }) => records.timers.set('timer:room', { id: 'timer:room', running: true, endsAt: Date.now(), remaining: 1, total: 1, createdAt: new Date().toISOString() })],
    ['a vote', ({ records }) => records.votes.set('vote:forged', { id: 'vote:forged', number: 9, question: 'Forged', options, dots: 3, onePerOption: false, status: 'closed', endsAt: null, createdAt: new Date().toISOString() })],
    ['a ballot', ({ records }) => records.ballots.set('ballot:forged', { id: 'ballot:forged', voteId: 'vote:forged', option: 'zone:r1', dots: 10, createdAt: new Date().toISOString() })],
  ];

  it('refuses each as an update and as a catch-up, from a participant and from the facilitator; none is stored', async () => {
    const { room: name, editToken, facilitatorToken, host } = await room();
    for (const [what, forge] of forgeries) {
      for (const token of [editToken, facilitatorToken]) {
        for (const send of [wire.update, wire.syncStep2]) {
          const cheat = await peer(name, token);
          cheat.socket.send(send(name, updateOn(host.doc, forge)));
          expect(await cheat.closed, `${what} with ${send === wire.update ? 'an update' : 'a catch-up'}`).toBe(4422);
        }
      }
    }
    const stored = boardTypes(await storedState(dataDir, name)).records;
    expect([stored.rounds.size, stored.timers.size, stored.votes.size, stored.ballots.size]).toEqual([0, 0, 0, 0]);
    host.destroy();
  });

  it('refuses a participant who deletes or reveals the open round, and a forged round held behind a change the server lacks', async () => {
    const { room: name, editToken, host } = await room();
    const round = await startRound(host);
    for (const forge of [
      ({ records }: ReturnType<typeof boardTypes>) => records.rounds.delete(round.id),
      ({ records }: ReturnType<typeof boardTypes>) => records.rounds.set(round.id, { ...round, status: 'revealed' }),
    ]) {
      const cheat = await peer(name, editToken);
      cheat.socket.send(wire.update(name, updateOn(host.doc, forge)));
      expect(await cheat.closed).toBe(4422);
    }
    // The round comes second, after a title change it depends on: sent first, it waits for the title; the catch-up brings the title.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(host.doc));
    const start = Y.encodeStateVector(copy);
    boardTypes(copy).meta.set('title', 'A title first');
    const title = Y.encodeStateAsUpdate(copy, start);
    const afterTitle = Y.encodeStateVector(copy);
    boardTypes(copy).records.rounds.set('round:forged', forgedRound());
    const forged = Y.encodeStateAsUpdate(copy, afterTitle);
    const cheat = await peer(name, editToken);
    cheat.socket.send(wire.update(name, forged));
    cheat.socket.send(wire.syncStep2(name, title));
    expect(await cheat.closed).toBe(4422);
    await host.synced();
    expect(records<Round>(host, 'rounds').map((r) => [r.id, r.status])).toEqual([[round.id, 'open']]);
    expect(boardTypes(await storedState(dataDir, name)).records.rounds.has('round:forged')).toBe(false);
    host.destroy();
  });

  it('never applies a viewer’s catch-up that carries a forged round', async () => {
    const { room: name, viewToken, host } = await room();
    const viewer = await peer(name, viewToken);
    viewer.socket.send(wire.syncStep2(name, updateOn(host.doc, forgeries[0]![1])));
    await viewer.settled();
    const watcher = connect(server, name, viewToken);
    await watcher.synced();
    expect(boardTypes(watcher.doc).records.rounds.size).toBe(0);
    viewer.socket.terminate();
    [watcher, host].forEach((client) => client.destroy());
  });
});

describe('the join code', () => {
  it('opens the edit link while shown; a miss says nothing, and an address that keeps missing is refused before any lookup', async () => {
    const { room: name, editToken, host } = await room();
    ask(host, { type: 'joinCode', show: true, editToken });
    await waitFor(() => host.messages.some((m) => m.type === 'joinCode'), 'the join code');
    const { code } = (host.messages.find((m) => m.type === 'joinCode') as unknown as { join: { code: string } }).join;
    const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });
    const shown = await get(`/j/${code.toLowerCase()}`);
    expect([shown.status, shown.headers.get('location')]).toEqual([302, `/?room=${name}#edit=${editToken}`]);
    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const guess = () => Array.from({ length: 6 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
    const misses: Response[] = [];
    while (misses.length < joinMissesPerWindow) {
      const attempt = guess();
      if (attempt !== code) misses.push(await get(`/j/${attempt}`));
    }
    expect(misses.map((response) => response.status)).toEqual(misses.map(() => 404));
    const said = await Promise.all(misses.map((response) => response.text()));
    expect(new Set(said).size).toBe(1);
    expect(said[0]).not.toMatch(new RegExp(`${name}|${editToken}|room`));
    // Past the limit, even the code shown answers 429: a guesser learns nothing more from this address.
    expect((await get(`/j/${guess()}`)).status).toBe(429);
    expect((await get(`/j/${code}`)).status).toBe(429);
    host.destroy();
  });
});

describe('what the server holds survives a SIGKILL', () => {
  it('loads a column that does not read as nothing held, and forgets what a crash kept of a closed round', { timeout: 30_000 }, async () => {
    const [stale, broken] = [await room(), await room()];
    const round = await startRound(stale.host);
    ask(stale.host, { type: 'closeRound', roundId: round.id });
    await waitFor(() => openRound(stale.host) === undefined, 'the round closed');
    [stale.host, broken.host].forEach((client) => client.destroy());
    await server.stop('SIGTERM');
    // As if the server died between the reveal and storing that the round's placements are gone.
    const anaId = personId();
    const { sqliteStore } = await import('../store/sqliteStore');
    const store = sqliteStore(dataDir);
    await store.storeWorkshop(stale.room, JSON.stringify({ rounds: { [round.id]: { [anaId]: { name: 'Ana', done: true, placements: { [itemIds[0]!]: [0.5, 0.5] } } } } }));
    await store.storeWorkshop(broken.room, `{"rounds":{"round:x":${'['.repeat(5000)}`);
    await store.close();
    server = await startServer({ dataDir, env });
    const [again, fixed] = [connect(server, stale.room, stale.facilitatorToken), connect(server, broken.room, broken.facilitatorToken)];
    await Promise.all([again.synced(), fixed.synced()]);
    const column = async (name: string) => {
      const reader = sqliteStore(dataDir);
      const json = await reader.fetchWorkshop(name);
      await reader.close();
      return json;
    };
    await waitFor(async () => !(await column(stale.room))?.includes(anaId), 'the closed round’s placements forgotten');
    ask(fixed, { type: 'hello', person: personId(), name: 'Host' });
    const next = await startRound(fixed);
    ask(fixed, { type: 'place', roundId: next.id, placements: [{ itemId: itemIds[0]!, x: 0.5, y: 0.5 }], done: true });
    ask(fixed, { type: 'closeRound', roundId: next.id });
    await waitFor(() => records(fixed, 'evidence').length === 1, 'a round in the room whose column did not read');
    [again, fixed].forEach((client) => client.destroy());
  });

  it('keeps each person’s dots: after a restart they get theirs back, and closing the vote counts them', { timeout: 30_000 }, async () => {
    const { room: name, editToken, facilitatorToken, host } = await room();
    const vote = await startVote(host);
    const anaId = personId();
    let ana: Peer = await peer(name, editToken);
    ana.ask({ type: 'hello', person: anaId, name: 'Ana' });
    ana.ask({ type: 'vote', voteId: vote.id, dots: { 'zone:r2': 2 } });
    await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.roundId === vote.id && m.total === 1), 'Ana’s dots held');
    await new Promise((resolve) => setTimeout(resolve, 600));
    ana.socket.terminate();
    host.destroy();
    await server.stop('SIGKILL');
    server = await startServer({ dataDir, env });
    ana = await peer(name, editToken);
    ana.ask({ type: 'hello', person: anaId, name: 'Ana' });
    await waitFor(() => ana.told('myDots').length > 0, 'Ana’s dots back');
    expect(ana.told('myDots')[0]).toMatchObject({ voteId: vote.id, dots: { 'zone:r2': 2 } });
    const again = connect(server, name, facilitatorToken);
    await again.synced();
    ask(again, { type: 'closeVote', voteId: vote.id });
    await waitFor(() => records(again, 'ballots').length === 1, 'the ballot');
    expect(records<Ballot>(again, 'ballots')[0]).toMatchObject({ option: 'zone:r2', dots: 2 });
    ana.socket.terminate();
    again.destroy();
  });
});
