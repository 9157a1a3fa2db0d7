import { describe, expect, it } from 'vitest';
import { lastRevealStep, moveRevealStep, revealShows, revealSteps } from './revealSteps';

describe('reveal steps', () => {
  it('tell the story products → persona groups → opportunity zones → white space', () => {
    expect(revealSteps.map((s) => s.name)).toEqual(['Products', 'Persona groups', 'Opportunity zones', 'White space']);
  });

  it('are cumulative: each step shows its own layer and every earlier one, none later', () => {
    expect(revealSteps.map((_, step) => revealSteps.filter((s) => revealShows(step, s.layer)).map((s) => s.layer))).toEqual([
      ['products'],
      ['products', 'personas'],
      ['products', 'personas', 'zones'],
      ['products', 'personas', 'zones', 'whiteSpace'],
    ]);
  });

  it('moveRevealStep stays between the first and the last step', () => {
    expect(moveRevealStep(0, -1)).toBe(0);
    expect(moveRevealStep(0, 1)).toBe(1);
    expect(moveRevealStep(lastRevealStep, 1)).toBe(lastRevealStep);
    expect(moveRevealStep(lastRevealStep, -1)).toBe(lastRevealStep - 1);
  });
});
