import { describe, expect, it } from 'vitest';
import { workshopProgress } from './workshopProgress';

describe('workshopProgress', () => {
  it('counts who placed anything and every participant here; names those not done', () => {
    const held = new Map([
      ['a', { name: 'Ana', started: true, done: true }],
      ['b', { name: 'Ben', started: true, done: false }],
      ['gone', { name: 'Gus', started: true, done: true }],
      ['idle', { name: 'Ida', started: false, done: false }],
    ]);
    const here = new Map([
      ['a', 'Ana'],
      ['c', 'Chi'],
    ]);
    expect(workshopProgress(held, here)).toEqual({ done: 2, total: 4, waiting: ['Ben', 'Chi'] });
  });

  it('says nothing is done of nobody', () => {
    expect(workshopProgress(new Map(), new Map())).toEqual({ done: 0, total: 0, waiting: [] });
  });
});
