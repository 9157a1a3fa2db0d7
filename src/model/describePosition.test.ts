import { describe, expect, it } from 'vitest';
import { describeItem, positionPercent } from './describePosition';
import { createBlankBoard } from './board';
import { mapPoint } from './mapPoint';

const axes = createBlankBoard('2025-01-01T00:00:00.000Z').axes;

describe('describePosition', () => {
  it('positionPercent shows a half percent when there is one, a whole one otherwise', () => {
    expect(positionPercent(0.775)).toBe('77.5');
    expect(positionPercent(0.825)).toBe('82.5');
    expect(positionPercent(0.78)).toBe('78');
    expect(positionPercent(0.77)).toBe('77');
  });

  it('describeItem names a marker with its half percents: "interactivity 77.5 %"', () => {
    expect(describeItem(axes, 'Pour-over kit', mapPoint(0.775, 0.35))).toMatch(/^Pour-over kit: \S+ 77\.5 %, \S+ 35 %, /);
  });
});
