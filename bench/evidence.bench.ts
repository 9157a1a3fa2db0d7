import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { readSurvey } from '../src/survey/readSurvey';
import { summariseSurvey } from '../src/evidence/summariseSurvey';
import { zoneStability } from '../src/evidence/zoneStability';
import { resampledPositions } from '../src/evidence/resampledPositions';
import { resamples } from '../src/evidence/bootstrapMeans';
import { pack } from '../src/view/zones/packedInput';
import { randomBoard, seeded } from './randomBoard';
import { wideSurvey } from './surveyFile';
import type { Board } from '../src/model/types';

const quick = process.env.BENCH_QUICK === '1';

/** A board of 100 products × 10 persona groups, every product with survey evidence and 200 bootstrap means. */
function surveyedBoard(): Board {
  const board = randomBoard(110, 5);
  const random = seeded(17);
  const evidence = board.items
    .filter((item) => item.kind === 'product')
    .map((item, i) => ({
      id: `evidence:b${i}`,
      itemId: item.id,
      source: 'survey' as const,
      measure: 'rating' as const,
      study: 'bench.csv',
      cells: [
        {
          wave: '',
          segment: '',
          n: 80,
          share: 1,
          mean: item.position!,
          cov: [0.01, 0, 0.01] as const,
          boot: Array.from({ length: 2 * resamples }, (_, k) => Math.min(1, Math.max(0, (k % 2 === 0 ? item.position!.x : item.position!.y) + (random() - 0.5) * 0.04))),
          points: [],
          names: [],
        },
      ],
      createdAt: '2026-01-01T00:00:00.000Z',
    }));
  return { ...board, evidence };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(runs: number, run: () => void): { medianMs: number; maxMs: number; runs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), runs };
}

test('evidence benchmark', { timeout: 600_000 }, () => {
  const text = wideSurvey(50_000, 5);
  const survey = readSurvey(text);
  if (!survey.ok) throw new Error(survey.errors.join('; '));
  const reading = { scales: survey.data.scales, reversed: [false, false] as const, wave: '' };
  const board = surveyedBoard();
  const packed = pack(board.items, null);
  const resampled = resampledPositions(board, packed);
  const rows = [
    { name: 'read a survey of 500,000 ratings (wide, 50,000 respondents × 5 items × 2 axes, 1.5 MB)', budgetMs: 2000, ...time(quick ? 2 : 7, () => readSurvey(text)) },
    { name: 'summarise it: means, covariances, 200 bootstrap means per item and wave', budgetMs: 2000, ...time(quick ? 2 : 7, () => summariseSurvey(survey.data, reading)) },
    { name: '200 resamples of 100 products × 10 persona groups (the zones found again)', budgetMs: 300, ...time(quick ? 2 : 7, () => zoneStability(packed.input, board.gapSettings, resampled, resamples)) },
  ];
  writeFileSync(process.env.BENCH_OUT ?? 'bench/.evidence.json', JSON.stringify(rows, null, 2));
  for (const row of rows) console.log(`${row.name}: median ${row.medianMs.toFixed(0)} ms, max ${row.maxMs.toFixed(0)} ms (budget ${row.budgetMs})`);
});
