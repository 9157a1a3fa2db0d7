import { describe, expect, it } from 'vitest';
import { readSurvey } from './readSurvey';
import type { SurveyData } from './surveyData';
import { testAnswers } from './testAnswers';

const read = (text: string): SurveyData => {
  const result = readSurvey(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
};

describe('readSurvey reads the exports of survey tools', () => {
  it('reads a Qualtrics export: ids over question text, the ImportId row skipped, metadata columns listed as unused', () => {
    const text = [
      'StartDate,EndDate,Progress,IPAddress,ResponseId,Q1_1,Q1_2,Q2_1,Q2_2,Segment',
      'Start Date,End Date,Progress,IP Address,Response ID,How immersive is each product? - Capsule machine,How immersive is each product? - Drip machine,How much is each a need? - Capsule machine,How much is each a need? - Drip machine,Which segment are you in?',
      '"{""ImportId"":""startDate"",""timeZone"":""America/Denver""}","{""ImportId"":""endDate""}","{""ImportId"":""progress""}","{""ImportId"":""ipAddress""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1_1""}","{""ImportId"":""QID1_2""}","{""ImportId"":""QID2_1""}","{""ImportId"":""QID2_2""}","{""ImportId"":""QID3""}"',
      '2025-03-01 10:00:00,2025-03-01 10:04:00,100,10.0.0.1,R_1a,6,3,2,5,Students',
      '2025-03-01 11:00:00,2025-03-01 11:03:00,100,10.0.0.2,R_2b,7,,1,4,Parents',
    ].join('\r\n');
    const data = read(text);
    expect(data.layout).toBe('wide');
    expect(data.items).toEqual(['Capsule machine', 'Drip machine']);
    expect(testAnswers(data)).toEqual([
      'R_1a · Capsule machine · interactivity = 6',
      'R_1a · Capsule machine · need = 2',
      'R_1a · Drip machine · interactivity = 3',
      'R_1a · Drip machine · need = 5',
      'R_2b · Capsule machine · interactivity = 7',
      'R_2b · Capsule machine · need = 1',
      'R_2b · Drip machine · need = 4',
    ]);
    expect([...data.answers.row.slice(0, 4)]).toEqual([4, 4, 4, 4]);
    expect(data.rows).toBe(2);
    expect(data.blanks).toBe(1);
    expect(data.segments).toEqual(['Students', 'Parents']);
    expect(data.units.map((u) => u.segment)).toEqual([0, 1]);
    expect(data.unusedColumns).toEqual(['StartDate', 'EndDate', 'Progress', 'IPAddress']);
    expect(data.usedColumns).toEqual([
      { header: 'Response ID', as: 'respondent' },
      { header: 'How immersive is each product? - Capsule machine', as: 'Capsule machine · interactivity' },
      { header: 'How immersive is each product? - Drip machine', as: 'Drip machine · interactivity' },
      { header: 'How much is each a need? - Capsule machine', as: 'Capsule machine · need' },
      { header: 'How much is each a need? - Drip machine', as: 'Drip machine · need' },
      { header: 'Segment', as: 'segment' },
    ]);
    expect(data.scales).toEqual(['1-7', '1-5']);
  });

  it('reads a legacy Qualtrics export with two header rows and no ImportId row', () => {
    const text = 'ResponseId,Q1_1,Q1_2\nResponse ID,Capsule machine - Interactivity,Capsule machine - Need\nR_1,6,2\nR_2,5,3\n';
    const data = read(text);
    expect(testAnswers(data)).toEqual(['R_1 · Capsule machine · interactivity = 6', 'R_1 · Capsule machine · need = 2', 'R_2 · Capsule machine · interactivity = 5', 'R_2 · Capsule machine · need = 3']);
    expect(data.answers.row[0]).toBe(3);
  });

  it('says a Qualtrics export with no responses has no rows of answers', () => {
    const text = 'ResponseId,Q1_1\nResponse ID,Capsule machine - Need\n"{""ImportId"":""_recordId""}","{""ImportId"":""QID1_1""}"\n';
    expect(readSurvey(text)).toEqual({ ok: false, errors: ['The file has column names but no rows of answers.'] });
  });

  it('reads a SurveyMonkey export: a question over its first sub-answer, carried across the blanks after it', () => {
    const text = [
      'Respondent ID,Collector ID,Start Date,IP Address,How immersive is each?,,How much of a need is each?,,Which segment are you in?',
      ',,,,Capsule machine,Drip machine,Capsule machine,Drip machine,Response',
      '11490,4321,03/01/2025,10.0.0.1,5,2,4,4,Students',
      '11491,4321,03/01/2025,10.0.0.2,1,2,3,5,Parents',
    ].join('\n');
    const data = read(text);
    expect(testAnswers(data)).toEqual([
      '11490 · Capsule machine · interactivity = 5',
      '11490 · Capsule machine · need = 4',
      '11490 · Drip machine · interactivity = 2',
      '11490 · Drip machine · need = 4',
      '11491 · Capsule machine · interactivity = 1',
      '11491 · Capsule machine · need = 3',
      '11491 · Drip machine · interactivity = 2',
      '11491 · Drip machine · need = 5',
    ]);
    expect(data.answers.row[0]).toBe(3);
    expect(data.usedColumns.map((c) => c.header)).toEqual(['Respondent ID', 'How immersive is each? – Capsule machine', 'How immersive is each? – Drip machine', 'How much of a need is each? – Capsule machine', 'How much of a need is each? – Drip machine']);
    expect(data.unusedColumns).toEqual(['Collector ID', 'Start Date', 'IP Address', 'Which segment are you in?']);
  });

  it('reads a Google Forms export: grid columns with the item in brackets, the Timestamp unused, each row its own respondent', () => {
    const text = [
      'Timestamp,How interactive is each product? [Capsule machine],How interactive is each product? [Drip machine],How much is each a need? [Capsule machine],How much is each a need? [Drip machine]',
      '3/14/2025 10:00:00,7 - Very interactive,2,5,3',
      '3/14/2025 10:05:00,1 = Passive,3,4,4',
    ].join('\n');
    const data = read(text);
    expect(data.unusedColumns).toEqual(['Timestamp']);
    expect(data.waves).toEqual(['']);
    expect(data.units.map((u) => u.respondent)).toEqual(['row 2', 'row 3']);
    expect(testAnswers(data)).toContain('row 2 · Capsule machine · interactivity = 7');
    expect(testAnswers(data)).toContain('row 3 · Capsule machine · interactivity = 1');
    expect(data.answers.count).toBe(8);
  });

  it('reads a semicolon CSV with decimal commas', () => {
    const data = read('Respondent;Product;Interactivity;Need\nR1;Capsule machine;5,5;3\nR1;Drip machine;2;4,25\n');
    expect(data.layout).toBe('long-item');
    expect(testAnswers(data)).toEqual(['R1 · Capsule machine · interactivity = 5.5', 'R1 · Capsule machine · need = 3', 'R1 · Drip machine · interactivity = 2', 'R1 · Drip machine · need = 4.25']);
  });

  it('reads a TSV with one row per rating', () => {
    const data = read('Respondent\tItem\tDimension\tScore\nA\tCapsule machine\tInteractivity\t4\nA\tCapsule machine\tNeed\t2\nB\tCapsule machine\tx\t5\n');
    expect(data.layout).toBe('long-rating');
    expect(testAnswers(data)).toEqual(['A · Capsule machine · interactivity = 4', 'A · Capsule machine · need = 2', 'B · Capsule machine · interactivity = 5']);
    expect(data.usedColumns.map((c) => c.as)).toEqual(['respondent', 'item', 'axis', 'rating']);
  });
});
