import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { findGaps } from '../src/gaps';
import { seeded } from './randomBoard';

const quick = process.env.BENCH_QUICK === '1';

function board(products: number, personas: number, seed: number) {
  const random = seeded(seed);
  return {
    products: Array.from({ length: products }, (_, i) => ({ id: `p${i}`, x: random(), y: random() })),
    personas: Array.from({ length: personas }, (_, i) => ({ id: `q${i}`, x: random(), y: random(), weight: 0.5 + random(), reach: 0.05 + 0.1 * random() })),
  };
}

test('findGaps benchmark', { timeout: 600_000 }, async () => {
  const sizes = quick ? [100] : [100, 1000, 5000];
  const personaCounts = quick ? [0, 10] : [0, 10, 50];
  const bench = new Bench({ time: quick ? 100 : 1500, warmupTime: quick ? 50 : 300, retainSamples: true });
  for (const products of sizes) {
    for (const personas of personaCounts) {
      // Several seeded boards per size, cycled, so one lucky layout does not decide the number.
      const boards = Array.from({ length: 8 }, (_, k) => board(products, personas, 1000 * products + 10 * personas + k));
      let k = 0;
      bench.add(`${products} products × ${personas} personas`, () => {
        findGaps(boards[k++ % boards.length]!);
      });
    }
  }
  await bench.run();
  const rows = bench.tasks.map((task) => {
    const latency = (task.result as { latency?: { p50: number; samples?: readonly number[]; samplesCount: number } } | undefined)?.latency;
    const samples = latency?.samples ?? [];
    return {
      name: task.name,
      medianMs: latency?.p50 ?? Number.NaN,
      p95Ms: samples.length > 0 ? samples[Math.min(samples.length - 1, Math.floor(0.95 * samples.length))]! : Number.NaN,
      samples: latency?.samplesCount ?? 0,
    };
  });
  writeFileSync(process.env.BENCH_OUT ?? 'bench/.gaps.json', JSON.stringify(rows, null, 2));
});
