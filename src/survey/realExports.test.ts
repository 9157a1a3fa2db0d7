import { describe, expect, it } from 'vitest';
import { dsvFormat } from 'd3-dsv';
import { readSurvey } from './readSurvey';
import type { SurveyData } from './surveyData';
import { testAnswers } from './testAnswers';
import { summariseSurvey } from '../evidence/summariseSurvey';

const read = (text: string): SurveyData => {
  const result = readSurvey(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
};
const errorsOf = (text: string) => {
  const result = readSurvey(text);
  return result.ok ? [] : result.errors;
};
const table = (rows: (string | number)[][], delimiter = ',', newline = '\n') => dsvFormat(delimiter).formatRows(rows.map((row) => row.map(String))).replace(/\n/g, newline) + newline;
const products = ['Capsule machine', 'Drip machine'];

/** Qualtrics' "Download data table" CSV: ids, question texts, ImportIds, then a row per response. */
const qualtricsMeta = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'RecipientEmail', 'LocationLatitude', 'DistributionChannel', 'UserLanguage'];
const qualtricsTexts = ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'Recipient Email', 'Location Latitude', 'Distribution Channel', 'User Language'];
const qualtricsRow = (id: string) => ['2025-03-01 10:00:00', '2025-03-01 10:04:00', 'IP Address', '10.0.0.1', 100, 245, 'True', '2025-03-01 10:04:01', id, '', 40.7, 'anonymous', 'EN'];
function qualtrics(questions: string[], ids: string[], rows: (string | number)[][]): string {
  const importIds = [...qualtricsMeta, ...ids].map((id) => `{"ImportId":"${id}"}`);
  return table([[...qualtricsMeta, ...ids], [...qualtricsTexts, ...questions], importIds, ...rows], ',', '\r\n');
}

describe('readSurvey reads Qualtrics exports', () => {
  const legendX = 'How interactive is each of these products? (1 = Not at all interactive, 7 = Extremely interactive)';
  const legendY = 'How much do you need each of these products? (1 = Not at all, 7 = Essential)';
  const questions = [...products.map((p) => `${legendX} - ${p}`), ...products.map((p) => `${legendY} - ${p}`), 'Which of these best describes you? - Selected Choice', 'Persona'];
  const ids = ['Q1_1', 'Q1_2', 'Q2_1', 'Q2_2', 'Q3', 'Persona'];

  it('takes the item from a matrix question whose text holds the scale’s legend, and the scale from the legend', () => {
    const data = read(qualtrics(questions, ids, [[...qualtricsRow('R_1a'), 5, 3, 2, 4, 'Student', 'Explorer'], [...qualtricsRow('R_2b'), 4, 2, 1, 5, 'Parent', 'Pragmatist']]));
    expect(data.items).toEqual(products);
    expect(testAnswers(data)).toContain('R_1a · Capsule machine · interactivity = 5');
    expect(testAnswers(data)).toContain('R_2b · Drip machine · need = 5');
    // No one answered above 5: the legend says 1–7.
    expect(data.scales).toEqual(['1-7', '1-7']);
    expect(data.segments).toEqual(['Explorer', 'Pragmatist']);
    expect(data.unusedColumns).toEqual(['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'RecipientEmail', 'LocationLatitude', 'DistributionChannel', 'UserLanguage', 'Q3']);
    expect(data.usedColumns.at(1)).toEqual({ header: `${legendX} - Capsule machine`, as: 'Capsule machine · interactivity' });
  });

  it('reads a "choice text" export whose answers carry their number ("7 - Extremely interactive")', () => {
    const data = read(qualtrics(questions, ids, [[...qualtricsRow('R_1a'), '7 - Extremely interactive', '2', '1 - Not at all', '4', '', '']]));
    expect(testAnswers(data)).toEqual(['R_1a · Capsule machine · interactivity = 7', 'R_1a · Capsule machine · need = 1', 'R_1a · Drip machine · interactivity = 2', 'R_1a · Drip machine · need = 4']);
  });

  it('refuses a "choice text" export of words alone, saying to export numeric values', () => {
    const errors = errorsOf(qualtrics(questions, ids, [[...qualtricsRow('R_1a'), 'Extremely interactive', 'Slightly interactive', 'Essential', 'Not at all', '', '']]));
    expect(errors[0]).toBe('No rating could be read: every rating cell is blank or left out.');
    expect(errors[1]).toMatch(/^The ratings are words, not numbers: export the survey with numeric values \(Qualtrics: "Use numeric values"/);
    // A long question is cut in its middle: the item at its end still names the column.
    expect(errors[2]).toBe('row 4: "How interactive is each of these product…Extremely interactive) - Capsule machine": "Extremely interactive" is not a rating');
  });

  it('takes the item after the axis in a side-by-side question ("Rate each product - Interactivity - Capsule machine")', () => {
    const sideBySide = products.flatMap((p) => [`Rate each product - Interactivity - ${p}`, `Rate each product - Need - ${p}`]);
    const data = read(qualtrics(sideBySide, ['Q5#1_1', 'Q5#2_1', 'Q5#1_2', 'Q5#2_2'], [[...qualtricsRow('R_1'), 5, 3, 2, 4]]));
    expect(testAnswers(data)).toEqual(['R_1 · Capsule machine · interactivity = 5', 'R_1 · Capsule machine · need = 3', 'R_1 · Drip machine · interactivity = 2', 'R_1 · Drip machine · need = 4']);
  });

  it('leaves a matrix’s "Other - Text" box unused, not an item', () => {
    const data = read(qualtrics(['How interactive is each? - Capsule machine', 'How interactive is each? - Other - Text', 'How much of a need is each? - Capsule machine'], ['Q1_1', 'Q1_4_TEXT', 'Q2_1'], [[...qualtricsRow('R_1'), 5, 'nice design', 3]]));
    expect(data.items).toEqual(['Capsule machine']);
    expect(data.problems).toEqual([]);
    expect(data.unusedColumns.at(-1)).toBe('Q1_4_TEXT');
  });

  it('reads sliders of 0–100 with decimals as percent', () => {
    const sliders = [...products.map((p) => `Interactivity (0-100) - ${p}`), ...products.map((p) => `Need (0-100) - ${p}`)];
    const data = read(qualtrics(sliders, ['Q1_1', 'Q1_2', 'Q2_1', 'Q2_2'], [[...qualtricsRow('R_1'), 63.5, 8.25, 9, 7.5]]));
    expect(data.scales).toEqual(['percent', 'percent']);
    expect(testAnswers(data)).toContain('R_1 · Capsule machine · interactivity = 63.5');
    const summary = summariseSurvey(data, { scales: data.scales, reversed: [false, false], wave: '2025' });
    expect(summary.things.map((t) => [t.name, t.cells[0]!.mean])).toEqual([
      ['Capsule machine', { x: 0.635, y: 0.09 }],
      ['Drip machine', { x: 0.0825, y: 0.075 }],
    ]);
  });
});

describe('readSurvey reads SurveyMonkey exports', () => {
  const header = ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1'];
  const legendX = 'How interactive is each product? (1 = passive, 7 = very interactive)';
  const legendY = 'How much of a need is each product? (1 = not needed, 7 = essential)';
  const first = [...header, legendX, '', legendY, '', 'Which group are you in?', ''];
  const second = [...header.map(() => ''), ...products, ...products, 'Response', 'Other (please specify)'];
  const meta = (id: number) => [id, 4321, '03/01/2025 10:02:11 AM', '03/01/2025 10:05:40 AM', '10.0.0.1', '', '', '', ''];

  it('reads a question over its sub-answers, the legend off the item and the scale from it', () => {
    const data = read(table([first, second, [...meta(114901), 5, 3, 2, 4, 'Students', ''], [...meta(114902), 4, 2, 1, 5, 'Other (please specify)', 'Retirees']]));
    expect(data.items).toEqual(products);
    expect(data.scales).toEqual(['1-7', '1-7']);
    expect(testAnswers(data)).toContain('114902 · Drip machine · need = 5');
    expect(data.unusedColumns).toEqual(['Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1', 'Which group are you in?', 'Which group are you in? – Other (please specify)']);
  });

  it('leaves the "Other (please specify)" box under a rating matrix unused, not an item', () => {
    const data = read(table([['Respondent ID', 'How interactive is each product?', '', 'How much of a need is each?'], ['', 'Capsule machine', 'Other (please specify)', 'Capsule machine'], [114901, 5, 'I like the design', 4]]));
    expect(data.items).toEqual(['Capsule machine']);
    expect(data.problems).toEqual([]);
    expect(data.unusedColumns).toEqual(['How interactive is each product? – Other (please specify)']);
  });

  it('finds the header rows of an "actual answer text" export, and says to export numerical values', () => {
    const errors = errorsOf(table([first, second, [...meta(114901), 'Very interactive', 'Passive', 'Essential', 'Not needed', 'Students', '']]));
    expect(errors[1]).toMatch(/SurveyMonkey: "Numerical value"/);
    expect(errors[2]).toBe('row 3: "How interactive is each product? (1 = pa…7 = very interactive) – Capsule machine": "Very interactive" is not a rating');
  });
});

describe('readSurvey reads Google Forms exports', () => {
  it('reads grid questions with the item in brackets, the Timestamp and the Email unused, each response its own respondent', () => {
    const data = read(
      table([
        ['Timestamp', 'Email Address', "Rate each product's interactivity [Capsule machine]", "Rate each product's interactivity [Drip machine]", 'How much do you need each? [Capsule machine]', 'How much do you need each? [Drip machine]', 'Persona'],
        ['2025/03/14 10:02:11 AM GMT+1', 'a@b.c', 5, 2, 4, 3, 'Students'],
        ['2025/03/14 10:05:11 AM GMT+1', 'd@e.f', 4, 1, 5, 3, 'Parents'],
      ]),
    );
    expect(data.items).toEqual(products);
    expect(data.units).toEqual([
      { respondent: 'row 2', wave: 0, segment: 0 },
      { respondent: 'row 3', wave: 0, segment: 1 },
    ]);
    expect(data.unusedColumns).toEqual(['Timestamp', 'Email Address']);
  });

  it('reads the scale a question states ("On a scale of 1 to 10") when no answer went above 5', () => {
    const data = read(table([['Timestamp', 'On a scale of 1 to 10, how interactive is each? [Capsule machine]', 'On a scale of 1 to 10, how much do you need each? [Capsule machine]'], ['3/14/2025 10:02:11', 3, 2]]));
    expect(data.scales).toEqual(['1-10', '1-10']);
  });
});

describe('readSurvey reads spreadsheet-saved files', () => {
  it('reads an Excel CSV: semicolons, CRLF, decimal commas, a quoted comment over two lines, trailing empty columns and rows', () => {
    const text = table(
      [
        ['Respondent', 'Group', 'Comment', 'Capsule machine – interactivity', 'Capsule machine: need', '', ''],
        ['R1', 'Students', 'Likes it;\nbut "pricey"', '5,5', '3', '', ''],
        ['R2', 'Parents', 'no', '4', '6,5', '', ''],
        ['', '', '', '', '', '', ''],
        ['', '', '', '', '', '', ''],
      ],
      ';',
      '\r\n',
    );
    const data = read(text);
    expect(testAnswers(data)).toEqual(['R1 · Capsule machine · interactivity = 5.5', 'R1 · Capsule machine · need = 3', 'R2 · Capsule machine · interactivity = 4', 'R2 · Capsule machine · need = 6.5']);
    expect(data.segments).toEqual(['Students', 'Parents']);
    expect(data.unusedColumns).toEqual(['Comment']);
    expect(data.rows).toBe(2);
    expect(data.problems).toEqual([]);
  });

  it('reads a semicolon file whose quoted headers hold commas, and takes off Excel’s "sep=" line', () => {
    const data = read('Respondent;"Capsule machine, large – interactivity";"Capsule machine, large – need"\r\nR1;5;3\r\n');
    expect(testAnswers(data)).toEqual(['R1 · Capsule machine, large · interactivity = 5', 'R1 · Capsule machine, large · need = 3']);
    const excel = read('sep=,\r\nRespondent,Capsule machine – interactivity,Capsule machine – need\r\nR1,5,3\r\n');
    expect(excel.answers.row[0]).toBe(2);
    expect(excel.unusedColumns).toEqual([]);
  });

  it('reads a TSV with one row per respondent and item, a wave, a "Persona" segment and scales in the headers', () => {
    const data = read(table([['Respondent ID', 'Wave', 'Persona', 'Product', 'Interactivity (1-7)', 'Need (1-7)'], ['A', '2025', 'Student', 'Capsule machine', 5, 3], ['A', '2024', 'Student', 'Capsule machine', 4, 4], ['B', '2024', 'Parent', 'Drip machine', 2, 3]], '\t'));
    expect(data.layout).toBe('long-item');
    expect(data.waves).toEqual(['2024', '2025']);
    expect(data.segments).toEqual(['Student', 'Parent']);
    expect(data.scales).toEqual(['1-7', '1-7']);
    expect(data.units).toEqual([
      { respondent: 'A', wave: 1, segment: 0 },
      { respondent: 'A', wave: 0, segment: 0 },
      { respondent: 'B', wave: 0, segment: 1 },
    ]);
  });

  it('makes a respondent in two dated waves two units, the "Date" column the wave, in date order', () => {
    const data = read(table([['Respondent', 'Date', 'Capsule machine – interactivity', 'Capsule machine – need'], ['R1', '14.03.2025', 5, 3], ['R1', '01.09.2024', 6, 4], ['R2', '01.09.2024', 2, 3]]));
    expect(data.waves).toEqual(['01.09.2024', '14.03.2025']);
    expect(testAnswers(data)).toContain('R1 · 01.09.2024 · Capsule machine · interactivity = 6');
    expect(testAnswers(data)).toContain('R1 · 14.03.2025 · Capsule machine · interactivity = 5');
  });

  it('leaves out a second export pasted below the first as one problem: the repeated header', () => {
    const header = ['Respondent', 'Capsule machine – interactivity', 'Capsule machine – need'];
    const data = read(table([header, ['R1', 5, 3], header, ['R2', 4, 2]]));
    expect(data.problems).toEqual([{ row: 3, reason: 'repeats header row 1' }]);
    expect(data.units.map((u) => u.respondent)).toEqual(['R1', 'R2']);
  });

  it('says where a quote opens that never closes, rather than losing the rows after it', () => {
    const data = read('respondent,Capsule machine – need,Comment\nR1,3,ok\nR2,4,"great\nR3,5,fine\n');
    expect(data.problems).toEqual([{ row: 3, reason: 'opens a quote (") that is never closed: every line after it was read as one cell' }]);
  });
});

describe('readSurvey: scales stated in headers', () => {
  const scales = (x: string, y: string, values: number[]) => read(table([['Respondent', `Capsule machine – interactivity ${x}`, `Capsule machine – need ${y}`], ...values.map((v, i) => [`R${i}`, v, v])])).scales;

  it('takes a stated 0–10 when no one answered 0, and a stated 1–7 when no one answered above 5', () => {
    expect(scales('(0-10)', '(0–10)', [9, 7, 3])).toEqual(['0-10', '0-10']);
    expect(scales('(1-7)', '[1 to 7]', [2, 5])).toEqual(['1-7', '1-7']);
  });

  it('keeps the scale the values show when a stated scale cannot hold them', () => {
    expect(scales('(1-5)', '', [2, 7])).toEqual(['1-7', '1-7']);
  });

  it('reads the legend of a reversed scale for its ends; the direction is the user’s to set', () => {
    const data = read(table([['Respondent', 'Capsule machine – interactivity (1 = very interactive, 5 = passive)', 'Capsule machine – need'], ['R1', 1, 2], ['R2', 2, 4]]));
    expect(data.items).toEqual(['Capsule machine']);
    expect(data.scales).toEqual(['1-5', '1-5']);
    const summary = summariseSurvey(data, { scales: data.scales, reversed: [true, false], wave: '' });
    expect(summary.things[0]!.cells[0]!.mean).toEqual({ x: 0.875, y: 0.5 });
  });
});
