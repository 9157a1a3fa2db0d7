import { test } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { createBlankBoard } from '../src/model/board';
import { readBoard } from '../src/collab/readBoard';
import { createRoom, startServer, storedState, tempDir, waitFor } from '../server/test/harness';
import { randomBoard } from './randomBoard';
import { now } from './sync/clock';
import { latencyStats, mergeSamples, p95ByWindow } from './sync/latencyStats';
import type { RunPlan, StreamResult } from './sync/messages';
import { timeToOpen, type OpenTiming } from './sync/openBoard';
import { benchItems, buildParticipantGroup, joinGroups, leaveGroups, runGroups, startGroup, type GroupProcess } from './sync/participantProcesses';
import { dirBytes, fileSizes, sampleLoad } from './sync/processSampler';
import { serverLoad } from './sync/serverLoad';

/**
 * The sync benchmark: the built server (dist-server/) on 127.0.0.1 with a fresh SQLite file,
 * a room of simulated participants in a few Node processes, each dragging its own item
 * (awareness, 30 Hz) and dropping it (a document write, 2 Hz); then the time to open a
 * 1,000-item shared board. Writes JSON to BENCH_OUT (read by bench/run.mjs).
 */
const quick = process.env.BENCH_QUICK === '1';
const setup = quick
  ? { participants: 5, durationMs: 5_000, warmupMs: 2_000, windowMs: 1_000, openRuns: 3 }
  : { participants: 30, durationMs: 60_000, warmupMs: 10_000, windowMs: 10_000, openRuns: 5 };
/** Participant processes: one process for 30 people and their fan-out would time its own queue. */
const processes = Math.min(setup.participants, Number(process.env.BENCH_SYNC_PROCESSES) || 2);
const rates = { dropsPerSecond: 2, dragsPerSecond: 30 };
const graceMs = 3_000;
/** BENCH_SYNC_PROFILE=<folder>: the participant processes save CPU profiles there (open them in Chrome DevTools). */
const profileDir = process.env.BENCH_SYNC_PROFILE;
const budget = { p95Ms: 150 };

function stream(results: readonly StreamResult[], participants: number, durationMs: number) {
  const samples = mergeSamples(results.map((result) => result.samples));
  const sent = results.reduce((sum, result) => sum + result.sent, 0);
  return {
    sent,
    skipped: results.reduce((sum, result) => sum + result.skipped, 0),
    expected: sent * (participants - 1),
    received: samples.latencyMs.length,
    ...latencyStats(samples.latencyMs),
    p95AfterWarmup: latencyStats(samples.latencyMs.filter((_, i) => samples.sentAfterStartMs[i]! >= setup.warmupMs)).p95,
    p95ByWindow: p95ByWindow(samples, setup.windowMs, durationMs),
  };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

test('sync benchmark', { timeout: 600_000 }, async () => {
  const entry = await buildParticipantGroup();
  const dataDir = tempDir('sync-bench');
  const server = await startServer({ dataDir }).catch((error: Error) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  // However the bench ends, the server and the participants end with it.
  const groups: GroupProcess[] = [];
  const killAll = () => {
    groups.forEach((group) => group.kill());
    server.child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  for (let g = 0; g < processes; g++) groups.push(startGroup(entry, profileDir));
  const sampler = sampleLoad(server.child.pid!, groups.map((group) => group.pid));
  try {
    const board = { ...createBlankBoard('2026-01-01T00:00:00.000Z', 'Sync bench'), items: benchItems(setup.participants) };
    const { room, editToken } = await createRoom(server, board);
    const sqliteStart = dirBytes(dataDir);
    const stateStart = Y.encodeStateAsUpdate(await storedState(dataDir, room)).length;

    await waitFor(() => sampler.samples.length > 0, 'a sample of the server before anyone joins');
    const joinAt = now();
    await joinGroups(groups, { wsUrl: server.wsUrl, room, token: editToken, items: board.items }, 60_000);

    const plan: RunPlan = { startAt: now() + 500, durationMs: setup.durationMs, graceMs, ...rates };
    const results = await runGroups(groups, plan);
    const endAt = plan.startAt + plan.durationMs;

    // Every participant's last drop must be in the SQLite file: the run measured a room that works.
    const lastDrops: Record<string, number> = Object.assign({}, ...results.map((result) => result.lastDrops));
    let stored = Y.encodeStateAsUpdate(new Y.Doc());
    await waitFor(
      async () => {
        const doc = await storedState(dataDir, room);
        const read = readBoard(doc);
        stored = Y.encodeStateAsUpdate(doc);
        return read.ok && read.board.items.every((item) => item.position?.y === lastDrops[item.id]);
      },
      'the server to store every participant’s last drop',
      30_000,
    );
    const sqliteFiles = fileSizes(dataDir);
    const sqliteEnd = dirBytes(dataDir);
    sampler.stop();
    await leaveGroups(groups);

    const load = serverLoad(sampler.samples, {
      joinS: sampler.secondsAt(joinAt),
      startS: sampler.secondsAt(plan.startAt),
      warmupS: sampler.secondsAt(plan.startAt + setup.warmupMs),
      endS: sampler.secondsAt(endAt),
    });
    const drops = stream(results.map((result) => result.drops), setup.participants, setup.durationMs);
    const drags = stream(results.map((result) => result.drags), setup.participants, setup.durationMs);

    const opens: OpenTiming[] = [];
    for (let run = 0; run < setup.openRuns; run++) opens.push(await timeToOpen(server, randomBoard(1000, 100 + run)));

    const report = {
      participants: setup.participants,
      processes,
      durationS: setup.durationMs / 1000,
      warmupS: setup.warmupMs / 1000,
      windowS: setup.windowMs / 1000,
      ...rates,
      drops,
      drags,
      server: load,
      timeline: sampler.samples
        .filter((sample) => sample.s >= sampler.secondsAt(plan.startAt) - 1 && sample.s <= sampler.secondsAt(endAt) + 1)
        .map((sample) => ({ ...sample, s: Math.round(sample.s - sampler.secondsAt(plan.startAt)) })),
      clients: results.map((result) => result.process),
      sqlite: { startBytes: sqliteStart, endBytes: sqliteEnd, files: sqliteFiles, stateStartBytes: stateStart, stateEndBytes: stored.length, lastDropsStored: Object.keys(lastDrops).length },
      open: {
        items: opens[0]!.items,
        runs: opens.length,
        createMs: median(opens.map((open) => open.createMs)),
        openMs: median(opens.map((open) => open.openMs)),
        readMs: median(opens.map((open) => open.readMs)),
        all: opens,
      },
      budget: { p95Ms: budget.p95Ms, dropsMet: drops.p95 < budget.p95Ms, dragsMet: drags.p95 < budget.p95Ms, memoryFlat: load.flat },
    };
    writeFileSync(process.env.BENCH_OUT ?? 'bench/.sync.json', JSON.stringify(report, null, 2));
  } catch (error) {
    if (process.env.SERVER_LOGS !== '1') console.error(`The server said:\n${server.logs.slice(-40).join('\n')}`);
    throw error;
  } finally {
    sampler.stop();
    groups.forEach((group) => group.kill());
    const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
    await server.stop('SIGTERM');
    clearTimeout(timer);
    process.off('exit', killAll);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
