import { describe, expect, it } from 'vitest';
import { waveOrder } from './waveOrder';

const sorted = (waves: string[]) => waveOrder(waves).map((k) => waves[k]);

describe('waveOrder', () => {
  it('sorts numbers numerically', () => {
    expect(sorted(['2025', '2023', '2024'])).toEqual(['2023', '2024', '2025']);
    expect(sorted(['10', '2', '1'])).toEqual(['1', '2', '10']);
  });

  it('sorts ISO, slashed and dotted dates chronologically', () => {
    expect(sorted(['2025-03-14', '2024-11-02', '2025-01-05T10:00'])).toEqual(['2024-11-02', '2025-01-05T10:00', '2025-03-14']);
    expect(sorted(['3/14/2025', '12/1/2024'])).toEqual(['12/1/2024', '3/14/2025']);
    expect(sorted(['14/3/2025', '1/12/2024', '2/1/2025'])).toEqual(['1/12/2024', '2/1/2025', '14/3/2025']);
    expect(sorted(['14.03.2025', '02.11.2024'])).toEqual(['02.11.2024', '14.03.2025']);
  });

  it('keeps first-seen order for names, and for a mix of numbers and names', () => {
    expect(sorted(['Wave B', 'Wave A'])).toEqual(['Wave B', 'Wave A']);
    expect(sorted(['2025', 'pilot', '2024'])).toEqual(['2025', 'pilot', '2024']);
    expect(sorted([''])).toEqual(['']);
  });
});
