import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { randomBoard } from './randomBoard';
import { openDocument } from '../src/model/history';
import { createLocalDocument, ownHolder } from '../src/document/localDocument';
import { createSharedDocument } from '../src/collab/sharedDocument';
import { writeBoard } from '../src/collab/boardYDoc';
import { mapPoint } from '../src/model/mapPoint';
import { toDocument } from '../src/schema/parseDocument';
import { diffBoards } from '../src/model/changes';
import { boardWrite } from '../src/persistence/storedRecords';
import { pack } from '../src/view/zones/packedInput';
import { findGapsPacked } from '../src/gaps';
import type { Command } from '../src/model/commands';

/**
 * A 10,000-item board on this machine: one item moved (command → new snapshot), locally and
 * shared; a move of 1,000 items undone; a save of one change on the main thread.
 */
const quick = process.env.BENCH_QUICK === '1';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Each run's time: what `work` returns when it times a part of itself, else the whole call. */
function timed(runs: number, work: (i: number) => number | void): { medianMs: number; maxMs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const part = work(i);
    times.push(typeof part === 'number' ? part : performance.now() - start);
  }
  return { medianMs: median(times), maxMs: Math.max(...times) };
}

test('scale benchmark', { timeout: 600_000 }, () => {
  const board = randomBoard(10_000, 3);
  const runs = quick ? 5 : 21;
  const move = (i: number): Command => ({ type: 'moveItem', id: `item:b${100 + i}`, position: mapPoint(0.5, (i % 90) / 100) });
  const thousand = (i: number): Command => ({ type: 'moveItems', moves: Array.from({ length: 1000 }, (_, k) => ({ id: `item:b${k}`, position: mapPoint(0.1 + (i % 5) / 10, k / 1000) })) });

  const local = createLocalDocument(ownHolder(openDocument(board)));
  const localMove = timed(runs, (i) => void local.execute(move(i)));
  // The undo alone: the move it undoes is not in the measure.
  const localUndo = timed(runs, (i) => {
    local.execute(thousand(i));
    const start = performance.now();
    local.undo();
    return performance.now() - start;
  });

  const ydoc = new Y.Doc();
  writeBoard(ydoc, board);
  const shared = createSharedDocument(ydoc, { origin: { person: 1 } });
  const sharedMove = timed(runs, (i) => void shared.execute(move(i)));
  const sharedUndo: number[] = [];
  for (let i = 0; i < Math.min(runs, 7); i++) {
    shared.execute(thousand(i));
    const start = performance.now();
    shared.undo();
    sharedUndo.push(performance.now() - start);
  }
  // A save of one change, as the autosave does it on the main thread: what changed since the last
  // save (items compared by reference), the records to write, and their structured clone (what
  // IndexedDB's put and the other tabs' broadcast copy synchronously).
  const oneChange = (i: number): Command => ({ type: 'moveItem', id: `item:b${5000 + i}`, position: mapPoint(0.3, (i % 90) / 100) });
  const save = timed(runs, (i) => {
    const saved = local.board;
    local.execute(oneChange(i));
    const start = performance.now();
    const current = { ...local.board, updatedAt: new Date().toISOString() };
    const changes = diffBoards(saved, current);
    const write = boardWrite(current, changes);
    structuredClone(write.head);
    for (const { put, order } of write.changed!) structuredClone({ put, order });
    structuredClone({ type: 'saved', boardId: current.id, revision: i + 2, base: i + 1, changes, updatedAt: current.updatedAt });
    return performance.now() - start;
  });
  const wholeSave = timed(runs, () => void structuredClone(toDocument(local.board)));
  // The gap-finder's feed: the placed items' positions packed for its worker (it reads them all:
  // every zone depends on every item), per change of the items.
  const feed = timed(runs, () => void pack(local.board.items, null));
  const packed = pack(local.board.items, null);
  const gapRun = timed(quick ? 3 : 7, () => void findGapsPacked(packed.input, local.board.gapSettings));

  const rows = [
    { name: 'move one item, local (command → snapshot)', ...localMove, budgetMs: 2 },
    { name: 'move one item, shared (command → snapshot)', ...sharedMove, budgetMs: 5 },
    { name: 'undo a move of 1,000 items, local', ...localUndo, budgetMs: 50 },
    { name: 'undo a move of 1,000 items, shared', medianMs: median(sharedUndo), maxMs: Math.max(...sharedUndo), budgetMs: 50 },
    { name: 'save one change (main thread: diff, records, their clone)', ...save, budgetMs: 5 },
    { name: 'a first save: the whole board cloned (for reference)', ...wholeSave, budgetMs: null },
    { name: 'the gap-finder’s feed: every position packed for its worker', ...feed, budgetMs: null },
    { name: 'the gap-finder itself on that board (in its worker; reference)', ...gapRun, budgetMs: null },
  ];
  for (const row of rows) console.log(`${row.name}: ${row.medianMs.toFixed(2)} ms (max ${row.maxMs.toFixed(2)}; budget ${row.budgetMs})`);
  writeFileSync(process.env.BENCH_OUT ?? 'bench/.scale.json', JSON.stringify(rows, null, 2));
});
