import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSurvey } from '../survey/readSurvey';
import { summariseSurvey, type SurveyReading } from './summariseSurvey';
import { planSurveyImport } from './planSurveyImport';
import { applyCommand } from '../model/applyCommand';
import { createBlankBoard } from '../model/board';
import type { Board } from '../model/types';

/** A study: respondents (with a segment) rating items on 1–7, both axes each. */
const study = fc
  .record({
    items: fc.uniqueArray(fc.constantFrom('Capsule machine', 'Drip machine', 'Moka pot', 'Pour-over kit', 'Instant coffee'), { minLength: 1, maxLength: 4 }),
    respondents: fc.integer({ min: 4, max: 25 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .chain(({ items, respondents, seed }) =>
    fc.record({
      items: fc.constant(items),
      seed: fc.constant(seed),
      rows: fc.array(
        fc.record({ segment: fc.constantFrom('Young families', 'Students'), ratings: fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })), { minLength: items.length, maxLength: items.length }) }),
        { minLength: respondents, maxLength: respondents },
      ),
    }),
  );

type Study = { items: string[]; rows: { segment: string; ratings: [number, number][] }[]; seed: number };

const long = ({ items, rows }: Study) =>
  ['respondent,segment,item,axis,rating', ...rows.flatMap((row, r) => items.flatMap((item, i) => [`r${r},${row.segment},${item},interactivity,${row.ratings[i]![0]}`, `r${r},${row.segment},${item},need,${row.ratings[i]![1]}`]))].join('\n');
const perItem = ({ items, rows }: Study) =>
  ['respondent,segment,item,interactivity,need', ...rows.flatMap((row, r) => items.map((item, i) => `r${r},${row.segment},${item},${row.ratings[i]![0]},${row.ratings[i]![1]}`))].join('\n');
const wide = ({ items, rows }: Study) =>
  [['Respondent', 'Segment', ...items.flatMap((item) => [`${item} – interactivity`, `${item}: need`])].join(','), ...rows.map((row, r) => [`r${r}`, row.segment, ...row.ratings.flat()].join(','))].join('\n');

const reading = (seed: number, reversed: [boolean, boolean] = [false, false]): SurveyReading => ({ scales: ['1-7', '1-7'], reversed, wave: '2026', seed });

function importInto(board: Board, text: string, read: SurveyReading): Board {
  const survey = readSurvey(text);
  if (!survey.ok) throw new Error(survey.errors.join('; '));
  const summary = summariseSurvey(survey.data, read);
  let ids = 0;
  const plan = planSurveyImport(board, summary, 'study.csv', '2026-12-07T00:00:00.000Z');
  // Ids as a counter: three reads of one study give comparable boards.
  const old = new Set(board.evidence.map((e) => e.id));
  const rename = new Map([...plan.items.map((item) => item.id), ...plan.evidence.map((e) => e.id).filter((id) => !old.has(id))].map((id) => [id, `${id.split(':')[0]}:n${ids++}`]));
  const items = plan.items.map((item) => ({ ...item, id: rename.get(item.id)! }));
  const evidence = plan.evidence.map((e) => ({ ...e, id: rename.get(e.id) ?? e.id, itemId: rename.get(e.itemId) ?? e.itemId }));
  return applyCommand(board, { type: 'putEvidence', items, evidence }).board;
}

const blank = () => createBlankBoard('2026-12-07T00:00:00.000Z');
const unit = (v: number) => (v - 1) / 6;

describe('a survey read as evidence', () => {
  it('gives the same board from the long, per-item and wide layouts of the same data', () => {
    fc.assert(
      fc.property(study, (s) => {
        const board = blank();
        const a = importInto(board, long(s), reading(s.seed));
        const b = importInto(board, perItem(s), reading(s.seed));
        const c = importInto(board, wide(s), reading(s.seed));
        expect(b.items).toEqual(a.items);
        expect(c.items).toEqual(a.items);
        expect(b.evidence).toEqual(a.evidence);
        expect(c.evidence).toEqual(a.evidence);
      }),
      { numRuns: 40 },
    );
  });

  it('puts each item at the mean of its ratings, with the sample covariance, computed here by hand', () => {
    fc.assert(
      fc.property(study, (s) => {
        const board = importInto(blank(), long(s), reading(s.seed));
        s.items.forEach((name, i) => {
          const item = board.items.find((candidate) => candidate.label === name)!;
          const xs = s.rows.map((row) => unit(row.ratings[i]![0]));
          const ys = s.rows.map((row) => unit(row.ratings[i]![1]));
          const n = xs.length;
          const mx = xs.reduce((a, b) => a + b) / n;
          const my = ys.reduce((a, b) => a + b) / n;
          expect(item.position!.x).toBeCloseTo(mx, 9);
          expect(item.position!.y).toBeCloseTo(my, 9);
          const cell = board.evidence.find((e) => e.itemId === item.id)!.cells.find((c) => c.segment === '')!;
          expect(cell.n).toBe(n);
          let sxy = 0;
          for (let k = 0; k < n; k++) sxy += (xs[k]! - mx) * (ys[k]! - my);
          expect(cell.cov[1]).toBeCloseTo(sxy / (n - 1), 9);
          expect(cell.boot).toHaveLength(400);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('mirrors an axis read reversed', () => {
    fc.assert(
      fc.property(study, (s) => {
        const straight = importInto(blank(), wide(s), reading(s.seed));
        const mirrored = importInto(blank(), wide(s), reading(s.seed, [true, false]));
        straight.items.forEach((item, i) => {
          expect(mirrored.items[i]!.position!.x).toBeCloseTo(1 - item.position!.x, 9);
          expect(mirrored.items[i]!.position!.y).toBeCloseTo(item.position!.y, 9);
        });
      }),
      { numRuns: 20 },
    );
  });

  it('resamples the same way with the same seed, and differently with another', () => {
    const s: Study = { items: ['Moka pot'], seed: 7, rows: Array.from({ length: 12 }, (_, r) => ({ segment: 'Students', ratings: [[1 + (r % 7), 7 - (r % 5)]] })) };
    const a = importInto(blank(), long(s), reading(7)).evidence[0]!.cells[0]!.boot;
    const b = importInto(blank(), long(s), reading(7)).evidence[0]!.cells[0]!.boot;
    const c = importInto(blank(), long(s), reading(8)).evidence[0]!.cells[0]!.boot;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('keeps each segment’s view of an item, and imports a second file as a new wave beside the first', () => {
    const s: Study = { items: ['Moka pot'], seed: 3, rows: Array.from({ length: 10 }, (_, r) => ({ segment: r < 4 ? 'Students' : 'Young families', ratings: [[r < 4 ? 2 : 6, 4]] })) };
    const first = importInto(blank(), long(s), reading(3));
    const record = first.evidence[0]!;
    const bySegment = new Map(record.cells.map((c) => [c.segment, [c.n, Math.round(c.mean.x * 100)]]));
    expect(bySegment).toEqual(
      new Map([
        ['', [10, Math.round(((4 * unit(2) + 6 * unit(6)) / 10) * 100)]],
        ['Students', [4, Math.round(unit(2) * 100)]],
        ['Young families', [6, Math.round(unit(6) * 100)]],
      ]),
    );
    const second = importInto(first, long({ ...s, rows: s.rows.map((row) => ({ ...row, ratings: [[7, 4]] })) }), { ...reading(3), wave: '2027' });
    expect(second.items).toHaveLength(1);
    expect(second.evidence).toHaveLength(1);
    expect(new Set(second.evidence[0]!.cells.map((c) => c.wave))).toEqual(new Set(['2026', '2027']));
    expect(second.items[0]!.position!.x).toBeCloseTo(1, 9);
  });
});
