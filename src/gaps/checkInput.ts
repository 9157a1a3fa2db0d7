import type { GapOptions, PackedGapInput } from './types';
import { GapInputError } from './GapInputError';

export const defaultOptions = { maxZones: 3, coverage: 0.1, threshold: 0.5 } as const;
/** Reach of a persona group that has none, in map units (the σ of its demand): the one source, the model reads it too. */
export const defaultReach = 0.15;

const inSquare = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;

/**
 * Validates everything up front: after this, no NaN can reach the maths. Errors name an item
 * by its id when `ids` are given, else by its index.
 */
export function checkInput(input: PackedGapInput, options: GapOptions = {}, ids?: { readonly products: readonly string[]; readonly personas: readonly string[] }) {
  const maxZones = options.maxZones ?? defaultOptions.maxZones;
  const coverage = options.coverage ?? defaultOptions.coverage;
  const threshold = options.threshold ?? defaultOptions.threshold;
  if (!Number.isInteger(maxZones) || maxZones < 0) throw new GapInputError(`maxZones must be a whole number ≥ 0, got ${maxZones}`);
  if (!Number.isFinite(coverage) || coverage <= 0) throw new GapInputError(`coverage must be a finite number > 0, got ${coverage}`);
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) throw new GapInputError(`threshold must be in (0, 1], got ${threshold}`);
  const { products, personas } = input;
  if (products.y.length !== products.x.length) throw new GapInputError('products: x and y differ in length');
  for (let i = 0; i < products.x.length; i++) {
    if (!inSquare(products.x[i]!) || !inSquare(products.y[i]!)) throw new GapInputError(`product ${ids?.products[i] ?? i}: position (${products.x[i]}, ${products.y[i]}) is not in the unit square`);
  }
  const m = personas.x.length;
  if (personas.y.length !== m || personas.weight.length !== m || personas.reach.length !== m) throw new GapInputError('personas: x, y, weight and reach differ in length');
  for (let i = 0; i < m; i++) {
    const weight = personas.weight[i]!;
    const reach = personas.reach[i]!;
    if (!inSquare(personas.x[i]!) || !inSquare(personas.y[i]!)) throw new GapInputError(`persona ${ids?.personas[i] ?? i}: position (${personas.x[i]}, ${personas.y[i]}) is not in the unit square`);
    if (!(Number.isFinite(weight) && weight >= 0)) throw new GapInputError(`persona ${ids?.personas[i] ?? i}: weight must be a finite number ≥ 0, got ${weight}`);
    if (!(Number.isFinite(reach) && reach > 0)) throw new GapInputError(`persona ${ids?.personas[i] ?? i}: reach must be a finite number > 0, got ${reach}`);
  }
  return { maxZones, coverage, threshold };
}
