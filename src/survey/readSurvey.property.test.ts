import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dsvFormat } from 'd3-dsv';
import { readSurvey } from './readSurvey';
import { testAnswers } from './testAnswers';
import { propertyRuns } from '../gaps/testRuns';

const itemPool = ['Capsule machine', 'Drip machine', 'French press', 'Moka pot', 'Pour-over cone', 'Cold brew kit', 'Espresso bar'];
const axisWord = ['Interactivity', 'Need'] as const;

/** Wide headers as tools and people write them: item and axis in any order, with any separator. */
const wideHeaders: readonly ((item: string, axis: 0 | 1) => string)[] = [
  (item, axis) => `${item} – ${axisWord[axis].toLowerCase()}`,
  (item, axis) => `${item}: ${axisWord[axis]}`,
  (item, axis) => `${item} (${axisWord[axis]})`,
  (item, axis) => `${axisWord[axis]} - ${item}`,
  (item, axis) => `${item}_${axisWord[axis].toLowerCase()}`,
  (item, axis) => (axis === 0 ? `How interactive is each product? [${item}]` : `How much is each a need? [${item}]`),
  (item, axis) => `Q${axis + 3} ${axisWord[axis]}: ${item}`,
];

/** Respondents rate items (and maybe their ideal, "Ideal") on both axes; null is a blank cell. */
interface Survey {
  readonly respondents: readonly string[];
  readonly rated: readonly string[];
  readonly delimiter: string;
  /** By respondent, then item, then axis. */
  readonly ratings: readonly (number | null)[];
  /** The wide header of each item and axis. */
  readonly headers: readonly ((item: string, axis: 0 | 1) => string)[];
  readonly order: number;
}

const survey: fc.Arbitrary<Survey> = fc
  .record({
    respondents: fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,7}$/), { minLength: 1, maxLength: 8 }),
    items: fc.shuffledSubarray(itemPool, { minLength: 1, maxLength: 5 }),
    ideal: fc.boolean(),
    delimiter: fc.constantFrom(',', '\t', ';'),
    seed: fc.integer(),
  })
  .chain(({ respondents, items, ideal, delimiter, seed }) => {
    const rated = [...items, ...(ideal ? ['Ideal'] : [])];
    const cells = respondents.length * rated.length * 2;
    return fc.record({
      respondents: fc.constant(respondents),
      rated: fc.constant(rated),
      delimiter: fc.constant(delimiter),
      ratings: fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 4 }), { minLength: cells, maxLength: cells }),
      headers: fc.array(fc.constantFrom(...wideHeaders), { minLength: rated.length * 2, maxLength: rated.length * 2 }),
      order: fc.constant(seed),
    });
  });

const ratingOf = (s: Survey, r: number, i: number, axis: 0 | 1) => s.ratings[(r * s.rated.length + i) * 2 + axis] ?? null;
const cell = (value: number | null) => (value === null ? '' : String(value));
const write = (s: Survey, rows: string[][]) => dsvFormat(s.delimiter).formatRows(rows);
/** Long rows in an order that depends on the seed: readers must not rely on row order. */
const shuffled = <T,>(rows: T[], seed: number) => rows.map((row, k) => [row, Math.sin(seed + k * 7919)] as const).sort((a, b) => a[1] - b[1]).map(([row]) => row);

function wide(s: Survey): string {
  const header = ['Respondent ID', ...s.rated.flatMap((item, i) => [0, 1].map((axis) => s.headers[i * 2 + axis]!(item, axis as 0 | 1)))];
  return write(s, [header, ...s.respondents.map((respondent, r) => [respondent, ...s.rated.flatMap((_, i) => [cell(ratingOf(s, r, i, 0)), cell(ratingOf(s, r, i, 1))])])]);
}

function longItem(s: Survey): string {
  const rows = s.respondents.flatMap((respondent, r) => s.rated.map((item, i) => [respondent, item, cell(ratingOf(s, r, i, 0)), cell(ratingOf(s, r, i, 1))]));
  return write(s, [['participant', 'product', 'Interactivity score', 'Need'], ...shuffled(rows, s.order)]);
}

function longRating(s: Survey): string {
  const rows = s.respondents.flatMap((respondent, r) => s.rated.flatMap((item, i) => ([0, 1] as const).map((axis) => [respondent, item, axis === 0 ? 'interactivity' : 'NEED', cell(ratingOf(s, r, i, axis))])));
  return write(s, [['respondent_id', 'item', 'axis', 'rating'], ...shuffled(rows, s.order)]);
}

/** What every layout must give: one line per filled cell. */
function expected(s: Survey): string[] {
  return s.respondents
    .flatMap((respondent, r) => s.rated.flatMap((item, i) => ([0, 1] as const).flatMap((axis) => {
      const value = ratingOf(s, r, i, axis);
      return value === null ? [] : [`${respondent} · ${item === 'Ideal' ? 'ideal' : item} · ${axis === 0 ? 'interactivity' : 'need'} = ${value}`];
    })))
    .sort();
}

describe('readSurvey properties', () => {
  it('reads the same answers from the long-rating, long-item and wide forms of one survey', () => {
    fc.assert(
      fc.property(survey, (s) => {
        const want = expected(s);
        for (const [layout, text] of [['wide', wide(s)], ['long-item', longItem(s)], ['long-rating', longRating(s)]] as const) {
          const result = readSurvey(text);
          if (want.length === 0) {
            expect(result.ok, layout).toBe(false);
            continue;
          }
          if (!result.ok) throw new Error(`${layout}: ${result.errors.join('; ')}\n${text}`);
          const { data } = result;
          expect(data.layout).toBe(layout);
          expect(testAnswers(data), `${layout}\n${text}`).toEqual(want);
          expect(new Set(data.units.map((u) => u.respondent))).toEqual(new Set(want.map((line) => line.split(' · ')[0])));
          expect(data.problemCount).toBe(0);
          expect(data.hasIdeal).toBe(want.some((line) => line.includes(' · ideal · ')));
        }
      }),
      propertyRuns(300),
    );
  });
});
