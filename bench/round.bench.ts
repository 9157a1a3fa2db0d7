import { test } from 'vitest';
import { writeFileSync, rmSync } from 'node:fs';
import { boardTypes } from '../src/collab/boardYDoc';
import { startServer, tempDir, waitFor } from '../server/test/harness';
import { roundRoom } from './roundRoom';

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
  const room = await roundRoom(server, participants);
  const times: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    const id = await room.placedRound(r);
    const start = performance.now();
    room.close(id);
    await waitFor(() => room.people.every((client) => room.roundOf(client, r)?.status === 'revealed' && boardTypes(client.doc).records.evidence.size === 10), 'the reveal everywhere', 60_000);
    times.push(performance.now() - start);
  }
  room.destroy();
  await server.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  const sorted = [...times].sort((a, b) => a - b);
  const row = { participants, items: 10, rounds, medianMs: sorted[Math.floor(sorted.length / 2)]!, p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!, budgetMs: 500 };
  console.log(`round of ${participants} × 10: reveal reached everyone in median ${row.medianMs.toFixed(0)} ms, p95 ${row.p95Ms.toFixed(0)} ms`);
  writeFileSync(process.env.BENCH_OUT ?? 'bench/.round.json', JSON.stringify(row, null, 2));
});
