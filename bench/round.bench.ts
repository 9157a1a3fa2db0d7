import { test } from 'vitest';
import { writeFileSync, rmSync } from 'node:fs';
import { boardTypes } from '../src/collab/boardYDoc';
import type { WorkshopRequest } from '../src/collab/workshopProtocol';
import { connect, createRoom, startServer, tempDir, waitFor, type Client } from '../server/test/harness';
import { bigBoard } from '../server/test/boards';

const quick = process.env.BENCH_QUICK === '1';

/**
 * A placement round of 30 participants, each placing 10 items (the built server on loopback,
 * each participant the app's own provider): from the facilitator's "Reveal now" until every
 * participant's copy of the board holds the revealed evidence; five rounds, p95.
 */
test('round benchmark', async () => {
  const dataDir = tempDir('round-bench');
  const server = await startServer({ dataDir });
  const participants = quick ? 10 : 30;
  const rounds = quick ? 2 : 5;
  const board = bigBoard(10);
  const itemIds = board.items.slice(-10).map((item) => item.id);
  const created = await createRoom(server, board);
  const ask = (client: Client, request: WorkshopRequest) => client.provider.sendStateless(JSON.stringify(request));
  const host = connect(server, created.room, created.facilitatorToken);
  const people = Array.from({ length: participants }, () => connect(server, created.room, created.editToken));
  await Promise.all([host, ...people].map((client) => client.synced()));
  ask(host, { type: 'hello', person: 'bench-host-0', name: 'Host' });
  people.forEach((client, i) => ask(client, { type: 'hello', person: `bench-person-${i}`, name: `P${i}` }));
  const times: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    ask(host, { type: 'startRound', question: 'Q', itemIds, start: 'tray', showNames: false, minutes: null });
    const openOf = (client: Client) => ([...boardTypes(client.doc).records.rounds.values()] as { id: string; status: string; number: number }[]).find((round) => round.number === r);
    await waitFor(() => people.every((client) => openOf(client)?.status === 'open'), 'the round everywhere', 60_000);
    const id = openOf(host)!.id;
    people.forEach((client, i) => ask(client, { type: 'place', roundId: id, placements: itemIds.map((itemId, k) => ({ itemId, x: ((i * 7 + k * 13) % 97) / 97, y: ((i * 11 + k * 5) % 89) / 89 })), done: true }));
    await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.roundId === id && m.done === participants), 'everyone done', 60_000);
    const start = performance.now();
    ask(host, { type: 'closeRound', roundId: id });
    await waitFor(() => people.every((client) => openOf(client)?.status === 'revealed' && boardTypes(client.doc).records.evidence.size === 10), 'the reveal everywhere', 60_000);
    times.push(performance.now() - start);
  }
  [host, ...people].forEach((client) => client.destroy());
  await server.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  const sorted = [...times].sort((a, b) => a - b);
  const row = { participants, items: 10, rounds, medianMs: sorted[Math.floor(sorted.length / 2)]!, p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!, budgetMs: 500 };
  console.log(`round of ${participants} × 10: reveal reached everyone in median ${row.medianMs.toFixed(0)} ms, p95 ${row.p95Ms.toFixed(0)} ms`);
  writeFileSync(process.env.BENCH_OUT ?? 'bench/.round.json', JSON.stringify(row, null, 2));
});
