import { describe, expect, it } from 'vitest';
import { statedScale } from './statedScale';

describe('statedScale', () => {
  it('reads a range in brackets or in words', () => {
    expect(statedScale('Need (1-7)')).toBe('1-7');
    expect(statedScale('Capsule machine – need [0–10]')).toBe('0-10');
    expect(statedScale('On a scale of 1 to 10, how interactive is each? [Capsule machine]')).toBe('1-10');
    expect(statedScale('Interactivity, from 1 to 5')).toBe('1-5');
    expect(statedScale('Interactivity 0–100')).toBe('percent');
  });

  it('reads the ends of a legend', () => {
    expect(statedScale('How interactive is each? (1 = Not at all interactive, 7 = Extremely interactive) - Capsule machine')).toBe('1-7');
    expect(statedScale('where 0 is not at all likely and 10 is extremely likely')).toBe('0-10');
    expect(statedScale('(1 = very interactive, 5 = passive)')).toBe('1-5');
  });

  it('reads a percent sign in brackets, or the word', () => {
    expect(statedScale('Need (%)')).toBe('percent');
    expect(statedScale('Need in percent')).toBe('percent');
  });

  it('states nothing for numbers glued to words, ranges off the rating scales, a single labelled point, or two scales', () => {
    for (const text of ['Q1-5 Capsule machine', 'Model v1-10 – need', 'Need (2-9)', 'Wave 2024-2025', 'Capsule machine – need', 'Q3: need', '3 = neutral', 'Need (1-5) or (1-7)']) {
      expect(statedScale(text), text).toBeNull();
    }
  });
});
