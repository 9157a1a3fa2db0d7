import { expect, test, type Page } from '@playwright/test';
import { rmSync, writeFileSync } from 'node:fs';
import { roomUrl } from '../src/collab/protocol';
import { startServer, tempDir } from '../server/test/harness';
import { roundRoom } from './roundRoom';
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
  const room = await roundRoom(server, participants);
  const { created } = room;

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
    const id = await room.placedRound(r);
    const drawn = Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, watch(page, participants * 10)])) as Record<keyof typeof pages, Promise<number>>;
    await pages.projector.waitForTimeout(200);
    const start = Date.now();
    room.close(id);
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
  room.destroy();
  for (const page of Object.values(pages)) await page.context().close();
  await server.stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});
