import { describe, expect, it } from 'vitest';
import { describeMovement } from './describeMovement';
import type { MapPoint, MapUnit } from '../model/types';

const axes = { x: { title: 'Interactivity', min: 'Passive', max: 'Immersive' }, y: { title: 'Need', min: 'Essential', max: 'Aspirational' } };
const at = (x: number, y: number) => ({ x: x as MapUnit, y: y as MapUnit }) satisfies MapPoint;

describe('describeMovement', () => {
  it('names the larger move first, in the axis words', () => {
    expect(describeMovement(at(0.3, 0.5), at(0.42, 0.51), '2025', axes)).toBe('moved 12 % toward immersive since 2025');
    expect(describeMovement(at(0.5, 0.6), at(0.48, 0.4), '2024', axes)).toBe('moved 20 % toward essential since 2024');
  });

  it('adds the other axis when it moved at least a third as far', () => {
    expect(describeMovement(at(0.5, 0.5), at(0.4, 0.55), 'Wave 1', axes)).toBe('moved 10 % toward passive and 5 % toward aspirational since Wave 1');
  });

  it('says so when it has not moved', () => {
    expect(describeMovement(at(0.5, 0.5), at(0.502, 0.498), '2025', axes)).toBe('has not moved since 2025');
  });
});
