import { describe, expect, it } from 'vitest';
import { readRating } from './readRating';

describe('readRating', () => {
  it('reads a number as written, with a decimal point or comma', () => {
    expect(readRating('6')).toBe(6);
    expect(readRating(' 6.5 ')).toBe(6.5);
    expect(readRating('6,5')).toBe(6.5);
    expect(readRating('100')).toBe(100);
    expect(readRating('-1')).toBe(-1);
  });

  it('reads the leading number of a labelled answer', () => {
    expect(readRating('7 - Very immersive')).toBe(7);
    expect(readRating('1 = Passive')).toBe(1);
    expect(readRating('10 (extremely)')).toBe(10);
    expect(readRating('3. Somewhat')).toBe(3);
  });

  it('is null for a blank cell and NaN for text that is no rating', () => {
    expect(readRating('')).toBeNull();
    expect(readRating('  ')).toBeNull();
    for (const cell of ["Don't know", 'N/A', 'Very immersive', '3/14/2025', '1.2.3', 'NaN', 'Infinity', '3\nR2,4']) expect(readRating(cell), cell).toBeNaN();
  });

  it('reads numbers a spreadsheet may write, leaving the range to the caller', () => {
    expect(readRating('-0')).toBe(-0);
    expect(readRating('1e308')).toBe(1e308);
    expect(readRating('.5')).toBe(0.5);
    expect(readRating('7\u00a0- Very')).toBe(7);
  });
});
