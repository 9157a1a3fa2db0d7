import { describe, expect, it } from 'vitest';
import { assignLetters } from './assignLetters';

describe('assignLetters', () => {
  it('letters a first answer A, B, C in order of size', () => {
    expect(assignLetters([], [{ x: 0, y: 0, radius: 0.5 }, { x: 1, y: 1, radius: 0.4 }, { x: 0.5, y: 1, radius: 0.3 }])).toEqual(['A', 'B', 'C']);
  });

  it('a circle that moves a little keeps its letter, even when the ranking changes', () => {
    const before = [{ x: 0, y: 0, letter: 'A' }, { x: 1, y: 1, letter: 'B' }, { x: 0.5, y: 1, letter: 'C' }];
    // B grew past A and A moved a little: the letters stay with the places, not the ranks.
    expect(assignLetters(before, [{ x: 1, y: 1, radius: 0.6 }, { x: 0.02, y: 0.03, radius: 0.5 }, { x: 0.5, y: 1, radius: 0.3 }])).toEqual(['B', 'A', 'C']);
  });

  it('a new circle takes the first letter not kept by another; a letter is never given twice', () => {
    const before = [{ x: 0, y: 0, letter: 'A' }, { x: 1, y: 1, letter: 'C' }];
    expect(assignLetters(before, [{ x: 0.01, y: 0, radius: 0.5 }, { x: 0, y: 0.02, radius: 0.4 }, { x: 1, y: 0.99, radius: 0.3 }])).toEqual(['A', 'B', 'C']);
  });
});
