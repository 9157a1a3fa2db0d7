import { describe, expect, it } from 'vitest';
import { looksLikeSurvey } from './looksLikeSurvey';

describe('looksLikeSurvey', () => {
  it('is true for one row per rating, per respondent and item, or per respondent', () => {
    expect(looksLikeSurvey('respondent,item,axis,rating\nR1,Capsule machine,need,3\n')).toBe(true);
    expect(looksLikeSurvey('Respondent\tItem\tDimension\tScore\nA\tCapsule machine\tInteractivity\t4\n')).toBe(true);
    expect(looksLikeSurvey('Respondent;Product;Interactivity;Need\nR1;Capsule machine;5,5;3\n')).toBe(true);
    expect(looksLikeSurvey('respondent,Capsule machine – interactivity,Capsule machine – need\nR1,3,4\n')).toBe(true);
  });

  it('is true for the exports of Qualtrics, SurveyMonkey and Google Forms', () => {
    const qualtrics = 'StartDate,ResponseId,Q1_1,Q1_2\nStart Date,Response ID,How immersive is each? - Capsule machine,How much is each a need? - Capsule machine\n"{""ImportId"":""startDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1_1""}","{""ImportId"":""QID1_2""}"\nx,R_1,3,4\n';
    const surveyMonkey = 'Respondent ID,How immersive is each?,,How much of a need is each?,\n,Capsule machine,Drip machine,Capsule machine,Drip machine\n11490,5,2,4,4\n';
    const googleForms = 'Timestamp,How interactive is each product? [Capsule machine],How much is each a need? [Capsule machine]\n3/14/2025 10:00:00,5,3\n';
    expect(looksLikeSurvey(qualtrics)).toBe(true);
    expect(looksLikeSurvey(surveyMonkey)).toBe(true);
    expect(looksLikeSurvey(googleForms)).toBe(true);
  });

  it('is true for a question holding its scale’s legend, and for SurveyMonkey’s answers as words', () => {
    expect(looksLikeSurvey('ResponseId,Q1_1,Q2_1\nResponse ID,"How interactive is each? (1 = Not at all, 7 = Extremely) - Capsule machine","How much is each a need? (1 = Not at all, 7 = Essential) - Capsule machine"\nR_1,3,4\n')).toBe(true);
    expect(looksLikeSurvey('Respondent ID,How immersive is each?,,How much of a need is each?,\n,Capsule machine,Drip machine,Capsule machine,Drip machine\n11490,Very,Not at all,Essential,Somewhat\n')).toBe(true);
  });

  it('decides on a pasted line of 256 kB of spaces or brackets at once (it runs on the page’s thread)', () => {
    for (const line of [`need${' '.repeat(256 * 1024)}x-`, '('.repeat(256 * 1024)]) {
      const start = performance.now();
      expect(looksLikeSurvey(`respondent,"${line}"\nR1,3\n`)).toBe(false);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });

  it('is false for an items table, even with an item column, unless it has a respondent column', () => {
    expect(looksLikeSurvey('label,kind,interactivity,need\nCapsule machine,product,0.4,0.6\n')).toBe(false);
    expect(looksLikeSurvey('item,interactivity,need\nCapsule machine,0.4,0.6\n')).toBe(false);
    expect(looksLikeSurvey('respondent,item,interactivity,need\nR1,Capsule machine,4,6\n')).toBe(true);
  });

  it('is false for one wide rating column, JSON, and text that is no table', () => {
    expect(looksLikeSurvey('respondent,Capsule machine – need\nR1,3\n')).toBe(false);
    expect(looksLikeSurvey('{"format":"pa-map","items":[]}')).toBe(false);
    expect(looksLikeSurvey('[1,2,3]')).toBe(false);
    expect(looksLikeSurvey('Capsule machine\nDrip machine\n')).toBe(false);
    expect(looksLikeSurvey('')).toBe(false);
  });
});
