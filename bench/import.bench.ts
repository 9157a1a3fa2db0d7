import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { readImportFile } from '../src/io/readImportFile';
import { toDocument } from '../src/schema/parseDocument';
import { maxImportBytes } from '../src/io/importedBoard';
import { randomBoard } from './randomBoard';
import type { Item, MapUnit } from '../src/model/types';

const quick = process.env.BENCH_QUICK === '1';

/** A valid board file just under the 5 MB import limit: 20,000 items with notes and tags. */
function fullFile(): Uint8Array {
  const board = randomBoard(20_000, 7);
  // Without the lock (schema 4; absent reads as not locked), so the file stays under the 5 MB limit.
  const items = board.items.map(rounded).map(({ locked: _unlocked, ...item }, i) => ({ ...item, notes: `Interview notes ${i}: likes it, `.padEnd(64, 'x'), tags: ['survey', 'q3'] }));
  return new TextEncoder().encode(JSON.stringify(toDocument({ ...board, items } as never)));
}

/** The hostile file of the issue: 20,000 items, each with 50 non-string tags (every item bad). */
function badTagsFile(): Uint8Array {
  const board = randomBoard(20_000, 8);
  // Without the (empty) key attractors of schema 3, so the file stays under the 5 MB limit: every item is refused for its tags anyway.
  const items = board.items.map(rounded).map(({ attractors: _none, locked: _unlocked, ...item }) => ({ ...item, tags: Array(50).fill(1) }));
  return new TextEncoder().encode(JSON.stringify(toDocument({ ...board, items } as never)));
}

/** Positions and weights to three decimals, as a spreadsheet export would write them. */
const rounded = (item: Item): Item => ({
  ...item,
  position: item.position && { x: (Math.round(item.position.x * 1000) / 1000) as MapUnit, y: (Math.round(item.position.y * 1000) / 1000) as MapUnit },
  weight: Math.round(item.weight * 1000) / 1000,
  reach: item.reach === null ? null : Math.round(item.reach * 1000) / 1000,
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

test('import benchmark', { timeout: 600_000 }, () => {
  const runs = quick ? 3 : 11;
  const rows = [
    { name: '20,000 valid items', bytes: fullFile() },
    { name: '20,000 items × 50 non-string tags (all refused)', bytes: badTagsFile() },
  ].map(({ name, bytes }) => {
    if (bytes.length > maxImportBytes) throw new Error(`${name}: ${bytes.length} bytes is over the import limit`);
    const times: number[] = [];
    let outcome = '';
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = readImportFile('bench.json', bytes, '2026-01-01T00:00:00.000Z');
      times.push(performance.now() - start);
      outcome = result.ok ? `${result.board.items.length} items` : `refused (${result.reasons.length} reasons)`;
    }
    return { name, megabytes: bytes.length / (1024 * 1024), medianMs: median(times), maxMs: Math.max(...times), runs, outcome };
  });
  writeFileSync(process.env.BENCH_OUT ?? 'bench/.import.json', JSON.stringify(rows, null, 2));
});
