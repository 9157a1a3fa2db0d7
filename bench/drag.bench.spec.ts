import { test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { randomBoard, seeded } from './randomBoard';
import { boardWrite } from '../src/persistence/storedRecords';
import type { Board } from '../src/model/types';

const quick = process.env.BENCH_QUICK === '1';
const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : quick ? [100] : [100, 500, 1000, 2000, 5000];
const repetitions = Number(process.env.BENCH_REPS ?? (quick ? 1 : 3));
const durationMs = quick ? 1000 : 4000;
const interval = 1000 / 60;
const distance = 600;

interface DragRun {
  items: number;
  /** Items moving together (the dragged one and the rest of its selection). */
  group: number;
  /** The map's zoom while dragging (1: the whole map). */
  zoom: number;
  throttle: number;
  fps: number;
  p50: number;
  p95: number;
  p99: number;
  over25: number;
  longTasks: number;
  movesSent: number;
  movesReceived: number;
  markerUpdatesPerMove: number;
  movedPx: number;
  /** Frames per second in which the dragged item was drawn somewhere new (fps counts frames even when it stands still). */
  itemFps: number;
  /** The longest frame from the drop until the board as saved is on screen, Zones tab open. */
  dropMs: number;
  loadMs: number;
  /** Items drawn with a confidence ellipse (survey evidence). */
  ellipses: number;
}

/**
 * Opens the app on a fresh profile with `board` already in IndexedDB, as a returning user would:
 * stored as the app stores it (a head and a record per item, zone, …, with each collection's
 * order). Returns the time from navigation until every marker is on screen and can be grabbed.
 */
async function openWithBoard(page: Page, board: Board): Promise<number> {
  await page.goto('/');
  await page.getByRole('group', { name: 'P/A map' }).waitFor();
  const write = boardWrite(board, null);
  await page.evaluate(async ({ id, head, items, collections }) => {
    const open = indexedDB.open('pa-map');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const tx = db.transaction('boards', 'readwrite');
    const store = tx.objectStore('boards');
    store.put({ revision: 1, writer: '', layout: 'records', head, items }, `board:${id}`);
    for (const { collection, put, order } of collections) {
      for (const record of put) store.put(record, ['rec', id, collection, record.id]);
      store.put(order, ['order', id, collection]);
    }
    store.put(id, 'meta:lastBoardId');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, JSON.parse(JSON.stringify({ id: board.id, head: write.head, items: write.items, collections: write.all() })) as { id: string; head: unknown; items: number; collections: { collection: string; put: { id: string }[]; order: string[] }[] });
  await page.addInitScript((count) => {
    // Load: from navigation start until every marker is on screen and can be grabbed.
    const w = window as unknown as { __ready?: number };
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('[data-id]').length >= count) {
        w.__ready = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, board.items.length);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __ready: number }).__ready);
}

/**
 * Selects about `count` items around `target` (it included) with a selection rectangle drawn
 * from empty map, and returns how many were selected.
 */
async function selectAround(page: Page, board: Board, target: Board['items'][number], count: number): Promise<number> {
  const t = target.position!;
  // A column 0.12 wide from just left of the target, as tall as it takes (a 600 px drag right keeps it on the map).
  const [left, right] = [t.x - 0.005, t.x + 0.115];
  let half = 0.02;
  const inside = (h: number) => board.items.filter((item) => item.position!.x >= left && item.position!.x <= right && Math.abs(item.position!.y - t.y) <= h).length;
  while (inside(half) < count && half < 1) half += 0.005;
  const plot = (await page.locator('.plot-hit').boundingBox())!;
  const px = (x: number, y: number) => ({ x: plot.x + x * plot.width, y: plot.y + (1 - Math.min(0.99, Math.max(0.01, y))) * plot.height });
  const from = px(right, t.y + half);
  const to = px(left, t.y - half);
  // The rectangle starts on empty map: nudged until nothing but the plot is under the pointer.
  for (let tries = 0; tries < 20; tries++) {
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('class'), from);
    if (hit === 'plot-hit') break;
    // Towards the rectangle's inside (left and down from its top-right corner).
    from.x -= 3;
    from.y += 3;
  }
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  const bar = page.getByRole('toolbar', { name: /items selected/ });
  await bar.waitFor({ timeout: 15_000 });
  return Number(/(\d+) items selected/.exec((await bar.getAttribute('aria-label')) ?? '')?.[1] ?? 1);
}

async function dragOnce(page: Page, board: Board, throttle: number, group = 1, zoom = 1): Promise<Omit<DragRun, 'items' | 'throttle' | 'loadMs' | 'ellipses'>> {
  // The most isolated product near the left side, so no other marker sits on top of it and a
  // 600 px drag to the right stays on the map (positions 0 and 1 sit inside the frame).
  const clearance = (x: number, y: number) =>
    Math.min(...board.items.filter((other) => other.position!.x !== x || other.position!.y !== y).map((other) => Math.hypot(other.position!.x - x, other.position!.y - y)));
  const target = board.items
    .filter((item) => item.kind === 'product' && item.position!.x > 0.03 && item.position!.x < 0.15 && item.position!.y > 0.2 && item.position!.y < 0.8)
    .map((item) => ({ item, room: clearance(item.position!.x, item.position!.y) }))
    .sort((a, b) => b.room - a.room)[0]!.item;
  const marker = page.locator(`[data-id="${target.id}"]`);
  const selected = group > 1 ? await selectAround(page, board, target, group) : 1;
  if (zoom > 1) {
    // Zoomed in around the item (Ctrl + wheel over it), as someone looking closely would.
    const at = (await marker.boundingBox())!;
    await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100 * Math.log(zoom) / Math.log(1.25));
    await page.keyboard.up('Control');
    await page.waitForTimeout(300);
  }
  const shownZoom = zoom > 1 ? Number(((await page.locator('.zoom-level').textContent()) ?? '100').replace(/\D/g, '')) / 100 : 1;
  const box = (await marker.boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const before = Number(await marker.getAttribute('data-x'));
  const cdp = await page.context().newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.getByRole('tab', { name: 'Zones' }).click();
  await page.getByRole('list', { name: 'Ranked zones' }).or(page.getByText('No zone at these settings.')).first().waitFor();
  await page.evaluate(() => {
    type Bench = { frames: number[]; longTasks: number; moves: number; updates: number; stop: boolean; itemFrames: number; moved: boolean; upAt: number; dropFrames: number[] };
    const w = window as unknown as { __bench: Bench };
    const bench = (w.__bench = { frames: [] as number[], longTasks: 0, moves: 0, updates: 0, stop: false, itemFrames: 0, moved: false as boolean, upAt: 0, dropFrames: [] as number[] });
    const loop = (t: number) => {
      if (bench.upAt > 0) bench.dropFrames.push(t);
      else {
        bench.frames.push(t);
        if (bench.moved) bench.itemFrames++;
        bench.moved = false;
      }
      if (!bench.stop) requestAnimationFrame(loop);
    };
    window.addEventListener('pointerup', () => (bench.upAt = performance.now()), { capture: true });
    // The dragged item's copy moves in its own layer: a change there is the item drawn somewhere new.
    new MutationObserver((records) => {
      if (records.some((record) => (record.target as Element).closest?.('.layer-drag'))) bench.moved = true;
    }).observe(document.body, { attributes: true, subtree: true, childList: true, attributeFilter: ['transform', 'cx', 'cy'] });
    requestAnimationFrame(loop);
    new PerformanceObserver((list) => (bench.longTasks += list.getEntries().length)).observe({ type: 'longtask' });
    window.addEventListener('pointermove', () => bench.moves++, { capture: true });
    new MutationObserver((records) => {
      const touched = new Set(records.map((record) => record.target).filter((target) => (target as Element).matches?.('.markers > [data-id]')));
      bench.updates += touched.size;
    }).observe(document.querySelector('.markers')!, { attributes: true, subtree: true, attributeFilter: ['transform', 'aria-label', 'class'] });
  });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: start.x, y: start.y });
  if (process.env.BENCH_PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: start.x, y: start.y, button: 'left', clickCount: 1 });
  const steps = Math.round(durationMs / interval);
  const pending: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let k = 1; k <= steps; k++) {
    const due = t0 + k * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Sent on the clock, never awaited: a real mouse does not wait for the page.
    pending.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: start.x + (distance * k) / steps, y: start.y, button: 'left', buttons: 1 }));
  }
  await Promise.all(pending);
  if (process.env.BENCH_PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
  }
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: start.x + distance, y: start.y, button: 'left', clickCount: 1 });
  await page.waitForTimeout(1000);
  const data = await page.evaluate(() => {
    const w = window as unknown as { __bench: { frames: number[]; longTasks: number; moves: number; updates: number; stop: boolean; itemFrames: number; upAt: number; dropFrames: number[] } };
    w.__bench.stop = true;
    return w.__bench;
  });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const after = Number(await marker.getAttribute('data-x'));
  const plot = await page.evaluate(() => (document.querySelector('.plot-hit') as SVGRectElement).getBoundingClientRect().width);
  const intervals = data.frames.slice(1).map((t, i) => t - data.frames[i]!).sort((a, b) => a - b);
  const q = (p: number) => intervals[Math.min(intervals.length - 1, Math.floor(p * intervals.length))] ?? Number.NaN;
  const span = (data.frames.at(-1)! - data.frames[0]!) / 1000;
  return {
    group: selected,
    fps: (data.frames.length - 1) / span,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    over25: intervals.filter((d) => d > 25).length / intervals.length,
    longTasks: data.longTasks,
    movesSent: steps,
    movesReceived: data.moves,
    markerUpdatesPerMove: data.moves ? data.updates / data.moves : 0, // markers touched per batch of mutations, per move
    // On screen: map units × the plot at the zoom of the drag.
    movedPx: (after - before) * plot * shownZoom,
    zoom: shownZoom,
    itemFps: data.itemFrames / span,
    // From the last frame before the drop through the frames after it: the longest gap is the drop's frame.
    dropMs: Math.max(0, ...[data.frames.at(-1)!, ...data.dropFrames].slice(1).map((t, i) => t - [data.frames.at(-1)!, ...data.dropFrames][i]!)),
  };
}

/** Every product with survey evidence at its position: 50 respondents, a covariance of its own, so an ellipse each. */
function withEvidence(board: Board): Board {
  const random = seeded(99);
  const evidence = board.items
    .filter((item) => item.kind === 'product' && item.position)
    .map((item, i) => {
      const a = 0.002 + 0.01 * random();
      const c = 0.002 + 0.01 * random();
      return {
        id: `evidence:b${i}`,
        itemId: item.id,
        source: 'survey' as const,
        measure: 'rating' as const,
        study: 'bench.csv',
        cells: [{ wave: '', segment: '', n: 50, share: 1, mean: item.position!, cov: [a, 0.5 * Math.sqrt(a * c) * (random() - 0.5), c] as const, boot: [], points: [], names: [] }],
        createdAt: '2026-01-01T00:00:00.000Z',
      };
    });
  return { ...board, evidence };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('drag and load benchmark', async ({ browser }) => {
  const runs: DragRun[] = [];
  // [items, CPU throttle, items asked to be selected and dragged together, zoom]
  // [items, CPU throttle, items asked to be selected and dragged together, zoom, every product with survey evidence (an ellipse each)]
  const plan: (readonly [number, number, number, number, boolean])[] = [
    ...sizes.map((n) => [n, 1, 1, 1, false] as const),
    [1000, 1, 115, 1, false],
    [1000, 1, 1, 2, false],
    [1000, 1, 1, 1, true],
    ...(quick ? [] : [[500, 4, 1, 1, false] as const]),
  ];
  for (const [items, throttle, group, zoom, evidence] of plan) {
    const reps: DragRun[] = [];
    for (let r = 0; r < repetitions; r++) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const plain = randomBoard(items, 7 + r);
      const board = evidence ? withEvidence(plain) : plain;
      const loadMs = await openWithBoard(page, board);
      const result = await dragOnce(page, board, throttle, group, zoom);
      reps.push({ items, throttle, loadMs, ellipses: board.evidence.length, ...result });
      await context.close();
    }
    const keys = Object.keys(reps[0]!) as (keyof DragRun)[];
    runs.push(Object.fromEntries(keys.map((k) => [k, median(reps.map((run) => run[k]))])) as unknown as DragRun);
  }
  writeFileSync(process.env.BENCH_OUT ?? 'bench/.drag.json', JSON.stringify(runs, null, 2));
});

/** The scale budget's last line: a stored 10,000-item board opened, from navigation until every marker is drawn (budget 1.5 s). */
test('open a 10,000-item board', async ({ browser }) => {
  const times: number[] = [];
  for (let r = 0; r < (quick ? 1 : 3); r++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    times.push(await openWithBoard(await context.newPage(), randomBoard(10_000, 11 + r)));
    await context.close();
  }
  writeFileSync(process.env.BENCH_OPEN_OUT ?? 'bench/.open.json', JSON.stringify({ items: 10_000, runsMs: times, medianMs: median(times), budgetMs: 1500 }, null, 2));
});
