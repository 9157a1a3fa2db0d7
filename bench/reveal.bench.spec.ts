import { expect, test, type Page } from '@playwright/test';
import { rmSync, writeFileSync } from 'node:fs';
import { boardTypes } from '../src/collab/boardYDoc';
import { roomUrl } from '../src/collab/protocol';
import type { WorkshopRequest } from '../src/collab/workshopProtocol';
import { connect, createRoom, startServer, tempDir, waitFor, type Client } from '../server/test/harness';
import { bigBoard } from '../server/test/boards';
import { join } from '../e2e/liveRoom';

const quick = process.env.BENCH_QUICK === '1';

/**
 * A placement round of 30 participants each placing 10 items (Node clients, the app's own
 * provider), watched by a participant's browser and the projector's (Chromium, 1920×1080):
 * from the facilitator's close until every placement dot is on each browser's map and the
 * next frame is painted. Five rounds, p95. Both ends read the machine's wall clock.
 */
test('round reveal benchmark: drawn in the browser', async ({ browser }) => {
  test.setTimeout(10 * 60_000);
  const dataDir = tempDir('reveal-bench');
  const server = await startServer({ dataDir, env: { SERVE_APP: '1', MAX_CONNECTIONS_PER_ADDRESS: '200' } });
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

  const open = async (role: 'edit' | 'view', token: string) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(roomUrl(server.url, { room: created.room, role, token }));
    if (role === 'edit') await join(page, 'Watcher');
    await expect(page.getByRole('group', { name: 'P/A map' })).toBeVisible();
    return page;
  };
  const pages = { participant: await open('edit', created.editToken), projector: await open('view', created.viewToken) };
  /** The placement dots on a page's map, as one string of their positions. */
  const dotsOf = () => [...document.querySelectorAll('.placement-dot')].map((dot) => `${dot.getAttribute('cx')},${dot.getAttribute('cy')}`).join(' ');
  /**
   * In the page: the wall-clock time of the first frame painted with `wanted` placement dots
   * on the map, not those it showed before (the previous round's).
   */
  const watch = (page: Page, wanted: number) =>
    page.evaluate(
      ({ wanted, dotsOf }) =>
        new Promise<number>((resolve) => {
          const read = new Function(`return (${dotsOf})()`) as () => string;
          const before = read();
          const check = () => {
            const now = read();
            if (now === before || now.split(' ').length < wanted) return false;
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(Date.now())));
            return true;
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { childList: true, subtree: true });
          check();
        }),
      { wanted, dotsOf: dotsOf.toString() },
    );

  const times: Record<keyof typeof pages, number[]> = { participant: [], projector: [] };
  for (let r = 1; r <= rounds; r++) {
    ask(host, { type: 'startRound', question: 'Q', itemIds, start: 'tray', showNames: false, minutes: null });
    const roundOf = (client: Client) => ([...boardTypes(client.doc).records.rounds.values()] as { id: string; status: string; number: number }[]).find((round) => round.number === r);
    await waitFor(() => people.every((client) => roundOf(client)?.status === 'open'), 'the round everywhere', 60_000);
    const id = roundOf(host)!.id;
    people.forEach((client, i) => ask(client, { type: 'place', roundId: id, placements: itemIds.map((itemId, k) => ({ itemId, x: ((i * 7 + k * 13 + r) % 97) / 97, y: ((i * 11 + k * 5 + r) % 89) / 89 })), done: true }));
    await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.roundId === id && m.done === participants), 'everyone done', 60_000);
    const drawn = Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, watch(page, participants * 10)])) as Record<keyof typeof pages, Promise<number>>;
    await pages.projector.waitForTimeout(200);
    const start = Date.now();
    ask(host, { type: 'closeRound', roundId: id });
    for (const name of Object.keys(pages) as (keyof typeof pages)[]) times[name].push((await drawn[name]) - start);
  }
  const percentile = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(p * list.length) - 1)]!;
  const row = {
    participants,
    items: 10,
    rounds,
    participantMedianMs: percentile(times.participant, 0.5),
    participantP95Ms: percentile(times.participant, 0.95),
    projectorMedianMs: percentile(times.projector, 0.5),
    projectorP95Ms: percentile(times.projector, 0.95),
    budgetMs: 500,
  };
  console.log(`round of ${participants} × 10: reveal drawn in the participant's browser p95 ${row.participantP95Ms} ms, the projector's p95 ${row.projectorP95Ms} ms`);
  writeFileSync(process.env.BENCH_REVEAL_OUT ?? 'bench/.reveal.json', JSON.stringify(row, null, 2));
  [host, ...people].forEach((client) => client.destroy());
  for (const page of Object.values(pages)) await page.context().close();
  await server.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});
