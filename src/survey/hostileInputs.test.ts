import { describe, expect, it } from 'vitest';
import { readSurvey } from './readSurvey';
import type { SurveyRead } from './surveyData';
import { testAnswers } from './testAnswers';
import { summariseSurvey } from '../evidence/summariseSurvey';

/** Reads and summarises `text`, failing the test when that takes 2 s or more. */
function timed(text: string): SurveyRead {
  const start = performance.now();
  const result = readSurvey(text);
  if (result.ok) summariseSurvey(result.data, { scales: result.data.scales, reversed: [false, false], wave: '' });
  expect(performance.now() - start).toBeLessThan(2000);
  return result;
}
const dataOf = (result: SurveyRead) => {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
};
const errorsOf = (result: SurveyRead) => (result.ok ? [] : result.errors);

describe('readSurvey on hostile files: nothing throws, nothing hangs, every message is clear', () => {
  it('reads items named like Object’s own keys, and leaves Object.prototype alone', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];
    const header = [...Array.from({ length: 48 }, (_, i) => names[i % names.length]!), ...names.flatMap((name) => [`${name} – interactivity`, `${name} – need`])];
    const data = dataOf(timed(`${header.join(',')}\n${header.map((_, i) => 1 + (i % 5)).join(',')}\n`));
    expect(data.items).toEqual(['proto', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf']);
    expect(data.unusedColumns).toHaveLength(48);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('keeps formula-like item names as text, taking off a spreadsheet’s guard apostrophe', () => {
    const data = dataOf(timed('respondent,item,interactivity,need\nR1,"=HYPERLINK(""x"")",3,4\nR1,+Capsule,3,4\nR1,@SUM(A1),2,2\nR1,\'=guarded,2,2\n'));
    expect(data.items).toEqual(['=HYPERLINK("x")', '+Capsule', '@SUM(A1)', '=guarded']);
  });

  it('reads 10,000 distinct items, long or wide, in under 2 s', () => {
    const long = ['respondent,item,interactivity,need', ...Array.from({ length: 10_000 }, (_, i) => `R${i % 50},Item ${i},${1 + (i % 7)},${1 + ((i * 3) % 7)}`)].join('\n');
    expect(dataOf(timed(long)).items).toHaveLength(10_000);
    const header = ['respondent', ...Array.from({ length: 10_000 }, (_, i) => `Item ${i} – interactivity,Item ${i} – need`)].join(',');
    const rows = Array.from({ length: 5 }, (_, r) => [`R${r}`, ...Array.from({ length: 20_000 }, (_, i) => 1 + ((i + r) % 7))].join(','));
    expect(dataOf(timed([header, ...rows].join('\n'))).items).toHaveLength(10_000);
  });

  it('says a file of column names alone, or of blank rows, has no answers', () => {
    expect(errorsOf(timed('Respondent,Capsule machine – interactivity,Capsule machine – need\n'))).toEqual(['The file has column names but no rows of answers.']);
    expect(errorsOf(timed('Respondent,Capsule machine – interactivity,Capsule machine – need\n,,\n , ,\n'))).toEqual(['The file has column names but no rows of answers.']);
  });

  it('leaves out ratings of 1e308, NaN and Infinity with their reasons, and reads -0 as 0', () => {
    const data = dataOf(timed('respondent,Capsule machine – need,Capsule machine – interactivity\nR1,1e308,NaN\nR2,-0,Infinity\nR3,3,4\n'));
    expect(data.problems).toEqual([
      { row: 2, reason: '"Capsule machine – need": 1e308 is not on any rating scale' },
      { row: 2, reason: '"Capsule machine – interactivity": "NaN" is not a rating' },
      { row: 3, reason: '"Capsule machine – interactivity": "Infinity" is not a rating' },
    ]);
    expect(testAnswers(data)).toEqual(['R2 · Capsule machine · need = 0', 'R3 · Capsule machine · interactivity = 4', 'R3 · Capsule machine · need = 3']);
  });

  it('reads lines of megabytes, and quotes a long cell or header short, on one line', () => {
    const data = dataOf(timed(`respondent,"${'Any comment on the products? '.repeat(40_000)}",Capsule machine – need\nR1,"${'9'.repeat(5_000_000)}",4\nR2,"${'x\n'.repeat(1_000_000)}",3\n`));
    expect(data.unusedColumns[0]).toHaveLength(200);
    expect(data.problems).toEqual([]);
    expect(data.answers.count).toBe(2);
    const wide = dataOf(timed(`respondent,Capsule machine – need\nR1,"${'x\n'.repeat(1_000_000)}"\nR2,3\n`));
    expect(wide.problems).toEqual([{ row: 2, reason: `"Capsule machine – need": "${'x '.repeat(15)}…" is not a rating` }]);
  });

  it('reads headers of thousands of spaces or brackets in under 2 s', () => {
    for (const cell of [`need${' '.repeat(200_000)}x-`, `${'('.repeat(200_000)}need`, `${'['.repeat(200_000)}need`, `Capsule ${'[x]'.repeat(100_000)} – need`]) {
      timed(`respondent,"${cell}",Capsule machine – need\nR1,3,4\n`);
    }
  });

  it('names ten of the columns it recognised when no layout fits, and counts the rest', () => {
    const errors = errorsOf(timed(`${Array.from({ length: 5_000 }, () => 'need').join(',')}\n${Array.from({ length: 5_000 }, () => '3').join(',')}\n`));
    expect(errors[1]).toBe(`Columns recognised: ${Array.from({ length: 10 }, () => '"need" (need)').join(', ')} and 4990 more.`);
  });
});
