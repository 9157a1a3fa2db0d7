import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

/** Every character 10 px wide. */
const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('breaks at spaces so no line is wider than the width', () => {
    const lines = wrapText('Couch gamers: 91 % of their demand is unmet.', 150, measure);
    expect(lines).toEqual(['Couch gamers:', '91 % of their', 'demand is', 'unmet.']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(150);
  });

  it('breaks a word wider than a line between characters, and drops nothing', () => {
    const lines = wrapText('Supercalifragilistic espresso', 80, measure);
    expect(lines.join('')).toBe('Supercalifragilisticespresso');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(80);
  });

  it('gives no line for empty text', () => {
    expect(wrapText('  ', 100, measure)).toEqual([]);
  });
});
