import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countVotes, dotsProblem } from './votes';
import type { Ballot, Vote } from './types';

const vote: Vote = {
  id: 'vote:v1',
  number: 1,
  question: 'Which zone first?',
  options: [
    { id: 'zone:r1', label: 'Zone 1', at: null },
    { id: 'zone:r2', label: 'Zone 2', at: null },
    { id: 'space:A', label: 'White space A', at: null },
  ],
  dots: 3,
  onePerOption: false,
  status: 'closed',
  endsAt: null,
  createdAt: '',
};
const ballot = (option: string, dots: number, i = 0): Ballot => ({ id: `ballot:b${i}`, voteId: 'vote:v1', option, dots, createdAt: '' });

describe('dotsProblem', () => {
  it('keeps a person to their dots, the vote’s options, and one per option when asked', () => {
    expect(dotsProblem(vote, { 'zone:r1': 2, 'space:A': 1 })).toBeNull();
    expect(dotsProblem(vote, { 'zone:r1': 4 })).toBe('Each person has 3 dots.');
    expect(dotsProblem(vote, { 'zone:r9': 1 })).toMatch(/not one of this vote’s options/);
    expect(dotsProblem({ ...vote, onePerOption: true }, { 'zone:r1': 2 })).toMatch(/at most one dot per option/);
    expect(dotsProblem(vote, { 'zone:r1': -1 })).toMatch(/whole numbers/);
  });
});

describe('countVotes', () => {
  it('ranks options by their dots, ties in the order offered, and counts the people', () => {
    const tally = countVotes(vote, [ballot('zone:r2', 2, 1), ballot('space:A', 1, 2), ballot('zone:r2', 1, 3), ballot('zone:r1', 1, 4), ballot('space:A', 2, 5)]);
    expect(tally.map((t) => [t.id, t.dots, t.people])).toEqual([
      ['zone:r2', 3, 2],
      ['space:A', 3, 2],
      ['zone:r1', 1, 1],
    ]);
  });

  it('gives the same result whatever order the ballots of many people come in', () => {
    const ballots = fc.array(fc.record({ option: fc.constantFrom('zone:r1', 'zone:r2', 'space:A'), dots: fc.integer({ min: 1, max: 3 }) }), { maxLength: 60 });
    fc.assert(
      fc.property(ballots, fc.integer(), (list, seed) => {
        const all = list.map((b, i) => ballot(b.option, b.dots, i));
        const shuffled = [...all].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) || (a.id < b.id ? 1 : -1));
        expect(countVotes(vote, shuffled)).toEqual(countVotes(vote, all));
        expect(countVotes(vote, all).reduce((sum, t) => sum + t.dots, 0)).toBe(list.reduce((sum, b) => sum + b.dots, 0));
      }),
    );
  });
});
