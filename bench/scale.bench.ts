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
import type { Command } from '../src/model/commands';

/**
 * A 10,000-item board on this machine: one item moved (command → new snapshot), locally and
 * shared; a move of 1,000 items undone; what a save writes (the board as the store writes it).
 */
const quick = process.env.BENCH_QUICK === '1';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed(runs: number, work: (i: number) => void): { medianMs: number; maxMs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), maxMs: Math.max(...times) };
}

test('scale benchmark', { timeout: 600_000 }, () => {
  const board = randomBoard(10_000, 3);
  const runs = quick ? 5 : 21;
  const move = (i: number): Command => ({ type: 'moveItem', id: `item:b${100 + i}`, position: mapPoint(0.5, (i % 90) / 100) });
  const thousand = (i: number): Command => ({ type: 'moveItems', moves: Array.from({ length: 1000 }, (_, k) => ({ id: `item:b${k}`, position: mapPoint(0.1 + (i % 5) / 10, k / 1000) })) });

  const local = createLocalDocument(ownHolder(openDocument(board)));
  const localMove = timed(runs, (i) => local.execute(move(i)));
  const localUndo = timed(runs, (i) => {
    local.execute(thousand(i));
    const start = performance.now();
    local.undo();
    return performance.now() - start;
  });
  // The undo alone: timed again without the command in the measure.
  const undoTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    local.execute(thousand(i + 1));
    const start = performance.now();
    local.undo();
    undoTimes.push(performance.now() - start);
  }

  const ydoc = new Y.Doc();
  writeBoard(ydoc, board);
  const shared = createSharedDocument(ydoc, { origin: { person: 1 } });
  const sharedMove = timed(runs, (i) => shared.execute(move(i)));
  const sharedUndo: number[] = [];
  for (let i = 0; i < Math.min(runs, 7); i++) {
    shared.execute(thousand(i));
    const start = performance.now();
    shared.undo();
    sharedUndo.push(performance.now() - start);
  }
  const save = timed(runs, () => JSON.stringify(toDocument(local.board)));

  const rows = [
    { name: 'move one item, local (command → snapshot)', ...localMove, budgetMs: 2 },
    { name: 'move one item, shared (command → snapshot)', ...sharedMove, budgetMs: 5 },
    { name: 'undo a move of 1,000 items, local', medianMs: median(undoTimes), maxMs: Math.max(...undoTimes), budgetMs: 50 },
    { name: 'undo a move of 1,000 items, shared', medianMs: median(sharedUndo), maxMs: Math.max(...sharedUndo), budgetMs: 50 },
    { name: 'a save: the board as the store writes it (JSON)', ...save, budgetMs: 5 },
  ];
  void localUndo;
  for (const row of rows) console.log(`${row.name}: ${row.medianMs.toFixed(2)} ms (max ${row.maxMs.toFixed(2)}; budget ${row.budgetMs})`);
  writeFileSync(process.env.BENCH_OUT ?? 'bench/.scale.json', JSON.stringify(rows, null, 2));
});
