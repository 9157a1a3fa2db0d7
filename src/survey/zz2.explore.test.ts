import { it } from 'vitest';
import { readColumnHeader } from './readColumnHeader';
import { readHeaderAxis } from './readHeaderAxis';
import { axisPhrases } from './axisPhrases';
import { itemName } from './itemName';
import { readRating } from './readRating';
const phrases = axisPhrases();
it('times', () => {
  const inputs = { spaces: `need${' '.repeat(50_000)}x-`, parens: '('.repeat(50_000) + 'need', squares: '['.repeat(50_000) + 'need', tabs: `need${'\t'.repeat(50_000)}x` };
  for (const [name, s] of Object.entries(inputs)) {
    for (const [fn, f] of Object.entries({ readColumnHeader: () => readColumnHeader(s, phrases), readHeaderAxis: () => readHeaderAxis(s, phrases), itemName: () => itemName(s), readRating: () => readRating(s) })) {
      const t = performance.now(); f(); console.log(name, fn, (performance.now() - t).toFixed(0));
    }
  }
});
