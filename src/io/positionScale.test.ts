import { describe, expect, it } from 'vitest';
import { detectScale, toUnit } from './positionScale';

describe('detectScale', () => {
  it('reads survey scores without a % sign as the smallest rating scale that holds them', () => {
    expect(detectScale(['1', '3', '5'])).toBe('1-5');
    expect(detectScale(['2', '6.5', '4'])).toBe('1-7');
    expect(detectScale(['2', '8', '10'])).toBe('1-10');
    expect(detectScale(['3.4', '7.25', '9.9'])).toBe('1-10');
  });

  it('reads a 0 (or any value below 1) among scores as 0–10', () => {
    expect(detectScale(['0', '4', '9'])).toBe('0-10');
    expect(detectScale(['0.5', '4'])).toBe('0-10');
  });

  it('keeps 0–1 for fractions, and percent for a % sign or values above 10', () => {
    expect(detectScale(['0.2', '1', '0'])).toBe('0-1');
    expect(detectScale(['5 %', '8'])).toBe('percent');
    expect(detectScale(['40', '75', '3'])).toBe('percent');
    expect(detectScale(['', ''])).toBe('0-1');
  });
});

describe('toUnit', () => {
  it('maps a scale onto the map: v ↦ (v − lo)/(hi − lo)', () => {
    expect(toUnit(1, '1-10')).toBe(0);
    expect(toUnit(10, '1-10')).toBe(1);
    expect(toUnit(5.5, '1-10')).toBeCloseTo(0.5);
    expect(toUnit(3, '1-5')).toBe(0.5);
    expect(toUnit(5, '0-10')).toBe(0.5);
    expect(toUnit(40, 'percent')).toBe(0.4);
    expect(toUnit(0.3, '0-1')).toBe(0.3);
  });
});
