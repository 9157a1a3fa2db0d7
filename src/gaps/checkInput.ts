import type { GapOptions, PackedGapInput } from './types';
import { GapInputError } from './GapInputError';
import { gapDefaults, rangeProblem, ranges, type Range } from '../model/rules';

/** The defaults of the rule book (the one source; the model's board uses them too). */
export const defaultOptions = gapDefaults;
export { defaultReach } from '../model/rules';

/**
 * Validates everything up front, by the rule book's own ranges (`model/rules`): after this no
 * NaN can reach the maths, and what a board may hold is exactly what the gap-finder takes.
 * Errors name an item by its id when `ids` are given, else by its index.
 */
export function checkInput(input: PackedGapInput, options: GapOptions = {}, ids?: { readonly products: readonly string[]; readonly personas: readonly string[] }) {
  const maxZones = options.maxZones ?? defaultOptions.maxZones;
  const coverage = options.coverage ?? defaultOptions.coverage;
  const threshold = options.threshold ?? defaultOptions.threshold;
  check(maxZones, ranges.maxZones, 'maxZones');
  check(coverage, ranges.coverage, 'coverage');
  check(threshold, ranges.threshold, 'threshold');
  const { products, personas } = input;
  if (products.y.length !== products.x.length) throw new GapInputError('products: x and y differ in length');
  for (let i = 0; i < products.x.length; i++) {
    const x = products.x[i]!;
    const y = products.y[i]!;
    if (rangeProblem(x, ranges.position) || rangeProblem(y, ranges.position)) throw new GapInputError(`product ${ids?.products[i] ?? i}: position (${x}, ${y}) is not in the unit square`);
  }
  const m = personas.x.length;
  if (personas.y.length !== m || personas.weight.length !== m || personas.reach.length !== m) throw new GapInputError('personas: x, y, weight and reach differ in length');
  for (let i = 0; i < m; i++) {
    const name = `persona ${ids?.personas[i] ?? i}`;
    const [x, y] = [personas.x[i]!, personas.y[i]!];
    if (rangeProblem(x, ranges.position) || rangeProblem(y, ranges.position)) throw new GapInputError(`${name}: position (${x}, ${y}) is not in the unit square`);
    check(personas.weight[i]!, ranges.weight, `${name}: weight`);
    check(personas.reach[i]!, ranges.reach, `${name}: reach`);
  }
  return { maxZones, coverage, threshold };
}

function check(value: number, range: Range, what: string): void {
  const problem = rangeProblem(value, range);
  if (problem) throw new GapInputError(`${what}: ${problem}`);
}
