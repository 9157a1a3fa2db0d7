import { describe, expect, it } from 'vitest';
import { readSurvey } from './readSurvey';
import type { SurveyData } from './surveyData';
import { testAnswers } from './testAnswers';

const read = (text: string, options?: Parameters<typeof readSurvey>[1]): SurveyData => {
  const result = readSurvey(text, options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
};
const errorsOf = (text: string) => {
  const result = readSurvey(text);
  return result.ok ? [] : result.errors;
};

describe('readSurvey: units, waves and segments', () => {
  it('makes a panel respondent in two waves two units, lists waves chronologically and keeps each unit’s first segment', () => {
    const data = read(['respondent,wave,segment,item,interactivity,need', 'P1,2025-09-01,Students,Capsule machine,5,4', 'P1,2025-09-01,,Drip machine,2,2', 'P1,2024-03-01,Parents,Capsule machine,4,4', 'P2,2024-03-01,,Capsule machine,1,1', 'P2,2024-03-01,Parents,Drip machine,1,2'].join('\n'));
    expect(data.waves).toEqual(['2024-03-01', '2025-09-01']);
    expect(data.segments).toEqual(['Students', 'Parents']);
    expect(data.units).toEqual([
      { respondent: 'P1', wave: 1, segment: 0 },
      { respondent: 'P1', wave: 0, segment: 1 },
      { respondent: 'P2', wave: 0, segment: 1 },
    ]);
  });

  it('sorts years and wave numbers numerically, slashed dates by date, other wave names as first seen', () => {
    const waves = (cells: string[]) => read(['respondent,wave,Capsule machine – need', ...cells.map((wave, i) => `R${i},${wave},3`)].join('\n')).waves;
    expect(waves(['2025', '2023', '2024'])).toEqual(['2023', '2024', '2025']);
    expect(waves(['10', '9', '1'])).toEqual(['1', '9', '10']);
    expect(waves(['3/14/2025', '12/1/2024', '1/2/2025'])).toEqual(['12/1/2024', '1/2/2025', '3/14/2025']);
    expect(waves(['spring', 'autumn', 'spring'])).toEqual(['spring', 'autumn']);
  });

  it('leaves out a row whose wave cell is blank', () => {
    const data = read('respondent,wave,Capsule machine – need\nR1,2024,3\nR2,,4\n');
    expect(data.problems).toEqual([{ row: 3, reason: 'has no wave' }]);
    expect(data.units.map((u) => u.respondent)).toEqual(['R1']);
  });

  it('has no segments, and every unit segment −1, without a segment column', () => {
    const data = read('respondent,Capsule machine – need\nR1,3\n');
    expect(data.segments).toEqual([]);
    expect(data.units).toEqual([{ respondent: 'R1', wave: 0, segment: -1 }]);
  });

  it('takes a column named "id" as the respondent only when no other column names one', () => {
    expect(read('id,Capsule machine – need\n7,3\n').units.map((u) => u.respondent)).toEqual(['7']);
    const both = read('id,Respondent ID,Capsule machine – need\n7,R1,3\n');
    expect(both.units.map((u) => u.respondent)).toEqual(['R1']);
    expect(both.unusedColumns).toEqual(['id']);
  });

  it('recognises the board’s own axis words in headers and axis cells', () => {
    const axisWords = { x: ['Price', 'Cheap', 'Premium'], y: ['Usefulness'] };
    expect(testAnswers(read('respondent,Capsule machine – price,Capsule machine (usefulness)\nR1,3,4\n', { axisWords }))).toEqual(['R1 · Capsule machine · interactivity = 3', 'R1 · Capsule machine · need = 4']);
    expect(testAnswers(read('respondent,item,axis,rating\nR1,Capsule machine,Premium,5\n', { axisWords }))).toEqual(['R1 · Capsule machine · interactivity = 5']);
  });

  it('makes each row its own unit in a long-item table without a respondent column', () => {
    const data = read('product,interactivity,need\nCapsule machine,5,4\nCapsule machine,3,3\n');
    expect(data.units.map((u) => u.respondent)).toEqual(['row 2', 'row 3']);
  });

  it('treats item names differing only in case and spacing as one item', () => {
    const data = read('respondent,Capsule machine – need,capsule  Machine: interactivity,Drip machine – need\nR1,3,4,5\n');
    expect(data.items).toEqual(['Capsule machine', 'Drip machine']);
    expect(testAnswers(data)).toEqual(['R1 · Capsule machine · interactivity = 4', 'R1 · Capsule machine · need = 3', 'R1 · Drip machine · need = 5']);
  });

  it('cuts item names to 200 characters and removes control characters', () => {
    const long = `Capsule${'x'.repeat(300)}`;
    const data = read(`respondent,item,interactivity,need\nR1,"${long}",3,3\nR1,"Drip\u0007 machine",2,2\n`);
    expect(data.items).toEqual([long.slice(0, 200), 'Drip machine']);
  });
});

describe('readSurvey: the ideal', () => {
  it('reads an item named "ideal" in a long table as the respondent’s ideal (item −1)', () => {
    const data = read('respondent,item,axis,rating\nR1,Capsule machine,need,3\nR1,My ideal,need,6\nR1,Ideal product,interactivity,5\n');
    expect(data.items).toEqual(['Capsule machine']);
    expect(data.hasIdeal).toBe(true);
    expect(testAnswers(data)).toEqual(['R1 · Capsule machine · need = 3', 'R1 · ideal · interactivity = 5', 'R1 · ideal · need = 6']);
    expect([...data.answers.item]).toEqual([0, -1, -1]);
  });

  it('reads ideal columns in a wide table', () => {
    const data = read('respondent,Capsule machine – need,ideal interactivity,Ideal – need,Ideal: x\nR1,3,5,6,7\n');
    expect(data.hasIdeal).toBe(true);
    expect(testAnswers(data)).toEqual(['R1 · Capsule machine · need = 3', 'R1 · ideal · interactivity = 5', 'R1 · ideal · need = 6']);
    expect(data.unusedColumns).toEqual(['Ideal: x']);
  });

  it('has no ideal when no answer places one', () => {
    expect(read('respondent,Capsule machine – need\nR1,3\n').hasIdeal).toBe(false);
  });
});

describe('readSurvey: scales', () => {
  const scales = (values: number[]) => read(['respondent,Capsule machine – interactivity,Capsule machine – need', ...values.map((v, i) => `R${i},${v},3`)].join('\n')).scales;

  it('detects the smallest scale holding every value on an axis', () => {
    expect(scales([1, 3, 5])).toEqual(['1-5', '1-5']);
    expect(scales([1, 6, 7])).toEqual(['1-7', '1-5']);
    expect(scales([2, 9.5, 10])).toEqual(['1-10', '1-5']);
    expect(scales([0, 5, 10])).toEqual(['0-10', '1-5']);
    expect(scales([0, 55, 100])).toEqual(['percent', '1-5']);
  });

  it('counts the ideal’s values and says 1–5 for an axis with none', () => {
    expect(read('respondent,Capsule machine – need,Ideal – need\nR1,3,7\n').scales).toEqual(['1-5', '1-7']);
  });
});

describe('readSurvey: problems', () => {
  it('leaves out text ratings and values off every scale, and counts blanks without calling them problems', () => {
    const data = read('respondent,Capsule machine – need,Drip machine – need\nR1,Don\'t know,\nR2,150,N/A\nR3,4, \n');
    expect(data.problems).toEqual([
      { row: 2, reason: '"Capsule machine – need": "Don\'t know" is not a rating' },
      { row: 3, reason: '"Capsule machine – need": 150 is not on any rating scale' },
      { row: 3, reason: '"Drip machine – need": "N/A" is not a rating' },
    ]);
    expect(data.blanks).toBe(2);
    expect(data.answers.count).toBe(1);
    expect(data.units.map((u) => u.respondent)).toEqual(['R3']);
  });

  it('leaves out a negative value', () => {
    expect(read('respondent,Capsule machine – need\nR1,-1\nR2,3\n').problems).toEqual([{ row: 2, reason: '"Capsule machine – need": -1 is not on any rating scale' }]);
  });

  it('keeps the first rating when a unit rates an item on an axis twice', () => {
    const data = read('respondent,item,axis,rating\nR1,Capsule machine,need,3\nR1,Capsule machine,need,5\nR1,Ideal,need,4\nR1,ideal,need,6\n');
    expect(data.problems).toEqual([
      { row: 3, reason: "rated Capsule machine's need twice (first in row 2)" },
      { row: 5, reason: "rated the ideal's need twice (first in row 4)" },
    ]);
    expect([...data.answers.value]).toEqual([3, 4]);
  });

  it('leaves out a row whose axis is neither interactivity nor need, or that has no item or respondent', () => {
    const data = read('respondent,item,axis,rating\nR1,Capsule machine,colour,3\nR1,,need,3\n,Capsule machine,need,3\nR1,Capsule machine,need,3\n');
    expect(data.problems).toEqual([
      { row: 2, reason: 'axis "colour" is neither interactivity nor need' },
      { row: 3, reason: 'has no item' },
      { row: 4, reason: 'has no respondent' },
    ]);
  });

  it('keeps the first 20 problems in row order and counts them all', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `R${i},x${i},y${i}`);
    const data = read(['respondent,Capsule machine – need,Drip machine – need', ...rows, 'R99,3,3'].join('\n'));
    expect(data.problemCount).toBe(60);
    expect(data.problems).toHaveLength(20);
    expect(data.problems.map((p) => p.row)).toEqual([2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11]);
  });

  it('lists the columns it did not use', () => {
    const data = read('Timestamp,respondent,Email,Capsule machine – need,Capsule machine – need (again),Age\nx,R1,a@b.c,3,4,30\n');
    expect(data.unusedColumns).toEqual(['Timestamp', 'Email', 'Age']);
    expect(read('respondent,Capsule machine – need,capsule machine: need\nR1,3,4\n').unusedColumns).toEqual(['capsule machine: need']);
  });

  it('counts data rows, skipping blank lines', () => {
    expect(read('respondent,Capsule machine – need\nR1,3\n\n,\nR2,4\n').rows).toBe(2);
  });

  it('reports progress as a share done, ending at 1', () => {
    const shares: number[] = [];
    read(['respondent,Capsule machine – need', ...Array.from({ length: 45_000 }, (_, i) => `R${i},3`)].join('\n'), { onProgress: (done) => shares.push(done) });
    expect(shares).toHaveLength(3);
    expect(shares[0]).toBeCloseTo(20_000 / 45_000, 3);
    expect(shares.at(-1)).toBe(1);
  });
});

describe('readSurvey: errors', () => {
  it('refuses an empty file', () => {
    expect(errorsOf('')).toEqual(['The file is empty.']);
    expect(errorsOf(' \n\n')).toEqual(['The file is empty.']);
  });

  it('refuses a table with no survey columns, saying what it expected and what it recognised', () => {
    const errors = errorsOf('label,kind,interactivity,need\nCapsule machine,product,0.4,0.6\n');
    expect(errors[0]).toMatch(/^No column names an item and an axis\. Expected one of: .*"Capsule machine – interactivity".*"item", "interactivity" and "need".*"respondent", "item", "axis"/);
    expect(errors[1]).toBe('Columns recognised: "interactivity" (interactivity), "need" (need).');
  });

  it('refuses one row per rating without a respondent column', () => {
    expect(errorsOf('item,axis,rating\nCapsule machine,need,3\n')[0]).toMatch(/^A table with one row per rating needs a respondent column/);
  });

  it('refuses a file with more ratings than the limit, saying how many it has', () => {
    const row = ',3'.repeat(100);
    const header = `respondent${Array.from({ length: 100 }, (_, i) => `,Item ${i} – need`).join('')}`;
    const text = [header, ...Array.from({ length: 12_000 }, (_, i) => `R${i}${row}`)].join('\n');
    expect(errorsOf(text)).toEqual(['The file has 1,200,000 ratings; at most 1,000,000 are read per file.']);
  });

  it('refuses a file with no answer at all, giving the first problems', () => {
    expect(errorsOf('respondent,Capsule machine – need\n')).toEqual(['The file has column names but no rows of answers.']);
    expect(errorsOf('respondent,Capsule machine – need\nR1,\nR2,n/a\n')).toEqual(['No rating could be read: every rating cell is blank or left out.', 'row 3: "Capsule machine – need": "n/a" is not a rating']);
  });
});
