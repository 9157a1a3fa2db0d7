import { describe, expect, it } from 'vitest';
import { readSurvey } from './readSurvey';

describe('readSurvey scaleFrom', () => {
  it('says a scale was stated in the headers, or found from the answers with their range', () => {
    const stated = readSurvey('Respondent,Capsule machine – interactivity (1-7),Capsule machine – need (1-7)\nr1,2,3\nr2,4,5\n');
    expect(stated.ok && [stated.data.scales, stated.data.scaleFrom]).toEqual([['1-7', '1-7'], ['header', 'header']]);
    const found = readSurvey('Respondent,Capsule machine – interactivity,Capsule machine – need\nr1,2,3\nr2,4,9\n');
    expect(found.ok && [found.data.scales, found.data.scaleFrom, found.data.valueRange]).toEqual([
      ['1-5', '1-10'],
      ['answers', 'answers'],
      [[2, 4], [3, 9]],
    ]);
  });
});
