import { describe, expect, it } from 'vitest';
import { limits } from '../../src/model/rules';
import { heldPeopleLimit, readHeldWorkshop, roundFull, voteFull, writeHeld } from './heldWorkshop';

/** `count` people held, by made-up person id. */
const crowd = (count: number) => new Map(Array.from({ length: count }, (_, i) => [`person-${i}`, {}]));
const vote = { dots: 3, options: [{ id: 'zone:a', label: 'A', at: null }, { id: 'zone:b', label: 'B', at: null }] };

describe('roundFull', () => {
  it('takes a newcomer below heldPeopleLimit, someone held at any size, and no newcomer at the limit', () => {
    expect(roundFull(crowd(heldPeopleLimit - 1), 'newcomer-1')).toBeNull();
    expect(roundFull(crowd(heldPeopleLimit), 'person-7')).toBeNull();
    expect(roundFull(crowd(heldPeopleLimit), 'newcomer-1')).toMatch(/its most/);
  });
});

describe('voteFull', () => {
  it('counts each newcomer as a ballot per option they could give (dots or options, the fewer): none past the board’s limit', () => {
    // Two options, three dots: at most two ballots each.
    expect(voteFull(crowd(9), 'newcomer-1', vote, limits.ballots - 20)).toBeNull();
    expect(voteFull(crowd(10), 'newcomer-1', vote, limits.ballots - 20)).toMatch(/limit/);
    expect(voteFull(crowd(10), 'person-3', vote, limits.ballots)).toBeNull();
    expect(voteFull(crowd(heldPeopleLimit), 'newcomer-1', vote, 0)).toMatch(/its most/);
  });
});

describe('the held column', () => {
  it('reads back what it wrote, and reads nothing from text that is not it (never throws)', () => {
    const held = new Map([['round:r1', new Map([['person-0001', { name: 'Ana', done: true, placements: { 'item:a': [0.25, 0.75] as const } }]])]]);
    const votes = new Map([['vote:v1', new Map([['person-0001', { name: 'Ana', dots: { 'zone:a': 2 } }]])]]);
    const json = writeHeld(held, votes);
    expect(readHeldWorkshop(json)).toEqual({ held, votes });
    for (const bad of ['{"rounds":', '[]', 'null', '{"rounds":{"__proto__":{"person-0001":{}}}}', `${'['.repeat(20_000)}${']'.repeat(20_000)}`]) {
      expect([readHeldWorkshop(bad).held.size, readHeldWorkshop(bad).votes.size]).toEqual([0, 0]);
    }
  });
});
