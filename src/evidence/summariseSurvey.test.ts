import { describe, expect, it } from 'vitest';
import { readSurvey } from '../survey/readSurvey';
import type { SurveyData } from '../survey/surveyData';
import { summariseSurvey, type SurveyReading } from './summariseSurvey';
import { resamples } from './bootstrapMeans';

const read = (lines: string[]): SurveyData => {
  const result = readSurvey(lines.join('\n'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
};
const onFive: SurveyReading = { scales: ['1-5', '1-5'], reversed: [false, false], wave: '2025' };
const thing = (summary: ReturnType<typeof summariseSurvey>, name: string) => summary.things.find((t) => t.name === name)!;

describe('summariseSurvey', () => {
  it('places an item at the mean of its ratings, with the sample covariance (divisor n − 1)', () => {
    // On 1–5, x 1, 3, 5 → 0, ½, 1 and y 2, 2, 4 → ¼, ¼, ¾.
    const summary = summariseSurvey(read(['respondent,item,interactivity,need', 'R1,Capsule machine,1,2', 'R2,Capsule machine,3,2', 'R3,Capsule machine,5,4']), onFive);
    const cell = thing(summary, 'Capsule machine').cells[0]!;
    expect(cell.n).toBe(3);
    expect(cell.wave).toBe('2025');
    expect(cell.mean.x).toBeCloseTo(0.5, 12);
    expect(cell.mean.y).toBeCloseTo(5 / 12, 12);
    expect(cell.cov[0]).toBeCloseTo(0.25, 12);
    expect(cell.cov[1]).toBeCloseTo(0.125, 12);
    expect(cell.cov[2]).toBeCloseTo(1 / 12, 12);
  });

  it('pairs ratings per respondent, leaving out one without its other axis and saying which is missing', () => {
    const summary = summariseSurvey(read(['respondent,item,axis,rating', 'R1,Capsule machine,interactivity,5', 'R1,Capsule machine,need,3', 'R2,Capsule machine,interactivity,4']), onFive);
    expect(thing(summary, 'Capsule machine').cells[0]!.n).toBe(1);
    expect(summary.ratings).toBe(2);
    expect(summary.problems).toEqual([{ row: 4, reason: 'Capsule machine has an interactivity rating but no need rating' }]);
  });

  it('mirrors a reversed axis: v ↦ 1 − (v − lo)/(hi − lo)', () => {
    const summary = summariseSurvey(read(['respondent,item,interactivity,need', 'R1,Capsule machine,2,5']), { ...onFive, reversed: [true, false] });
    expect(thing(summary, 'Capsule machine').cells[0]!.mean).toEqual({ x: 0.75, y: 1 });
  });

  it('gives each item’s share as n over the respondents of its wave', () => {
    const data = read(['respondent,wave,item,interactivity,need', 'R1,2024,Capsule machine,3,3', 'R2,2024,Capsule machine,3,3', 'R3,2024,Capsule machine,3,3', 'R4,2024,Drip machine,3,3', 'R1,2025,Capsule machine,3,3', 'R2,2025,Capsule machine,3,3']);
    const cells = thing(summariseSurvey(data, onFive), 'Capsule machine').cells;
    expect(cells.map((c) => [c.wave, c.n, c.share])).toEqual([
      ['2024', 3, 0.75],
      ['2025', 2, 1],
    ]);
  });

  it('resamples respondents once per wave for every item: an item rated as another’s mirror moves as its mirror in every resample', () => {
    const rows = Array.from({ length: 30 }, (_, r) => {
      const [x, y] = [1 + (r % 5), 1 + ((r * 3) % 5)];
      return [`R${r},Capsule machine,${x},${y}`, `R${r},Drip machine,${6 - x},${6 - y}`];
    }).flat();
    const summary = summariseSurvey(read(['respondent,item,interactivity,need', ...rows]), { ...onFive, seed: 7 });
    const a = thing(summary, 'Capsule machine').cells[0]!.boot;
    const b = thing(summary, 'Drip machine').cells[0]!.boot;
    expect(a).toHaveLength(2 * resamples);
    a.forEach((v, k) => expect(b[k]).toBeCloseTo(1 - v, 3));
    // The draws differ from one resample to the next.
    expect(new Set(a.filter((_, k) => k % 2 === 0)).size).toBeGreaterThan(20);
  });

  it('makes each segment’s ideals its persona, and everyone’s one persona when there are no segments', () => {
    const withSegments = summariseSurvey(read(['Respondent,Segment,Capsule machine – interactivity,Capsule machine – need,Ideal interactivity,Ideal need', 'R1,Students,5,3,5,5', 'R2,Students,4,2,3,5', 'R3,Parents,1,1,1,2']), onFive);
    expect(withSegments.things.map((t) => [t.name, t.measure, t.cells.map((c) => [c.segment, c.n, c.mean])])).toEqual([
      ['Capsule machine', 'rating', [['', 3, expect.anything()], ['Students', 2, expect.anything()], ['Parents', 1, expect.anything()]]],
      ['Students', 'ideal', [['', 2, { x: 0.75, y: 1 }]]],
      ['Parents', 'ideal', [['', 1, { x: 0, y: 0.25 }]]],
    ]);
    const everyone = summariseSurvey(read(['Respondent,Ideal interactivity,Ideal need', 'R1,5,5', 'R2,3,5']), onFive);
    expect(everyone.things.map((t) => [t.name, t.measure, t.cells[0]!.n])).toEqual([['Respondents’ ideal', 'ideal', 2]]);
  });

  it('lists a rating off the chosen scale once, with its item, and keeps 20 problems of a hundred thousand', () => {
    const data = read(['respondent,Capsule machine – interactivity,Capsule machine – need', ...Array.from({ length: 100_000 }, (_, r) => `R${r},7,3`)]);
    const start = performance.now();
    const summary = summariseSurvey(data, onFive);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(summary.problemCount).toBe(100_000);
    expect(summary.problems).toHaveLength(20);
    expect(summary.problems[0]).toEqual({ row: 2, reason: "Capsule machine's interactivity: 7 is off the 1–5 scale" });
    expect(summary.things).toEqual([]);
  });

  it('merges the reader’s problems with its own in row order', () => {
    const summary = summariseSurvey(read(['respondent,item,interactivity,need', 'R1,Capsule machine,9,3', 'R2,Capsule machine,n/a,3', 'R3,Capsule machine,2,']), onFive);
    expect(summary.problems).toEqual([
      { row: 2, reason: "Capsule machine's interactivity: 9 is off the 1–5 scale" },
      { row: 3, reason: '"interactivity": "n/a" is not a rating' },
      { row: 3, reason: 'Capsule machine has a need rating but no interactivity rating' },
      { row: 4, reason: 'Capsule machine has an interactivity rating but no need rating' },
    ]);
    expect(summary.problemCount).toBe(4);
  });
});
