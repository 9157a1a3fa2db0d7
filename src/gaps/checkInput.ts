import type { GapInput, GapOptions } from './types';
import { GapInputError } from './GapInputError';

export const defaultOptions = { maxZones: 3, coverage: 0.1, threshold: 0.5 } as const;
export const defaultReach = 0.15;

export interface CheckedPersona {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly weight: number;
  readonly reach: number;
}

const inSquare = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;

/** Validates everything up front: after this, no NaN can reach the maths. */
export function checkInput(input: GapInput, options: GapOptions = {}) {
  const maxZones = options.maxZones ?? defaultOptions.maxZones;
  const coverage = options.coverage ?? defaultOptions.coverage;
  const threshold = options.threshold ?? defaultOptions.threshold;
  if (!Number.isInteger(maxZones) || maxZones < 0) throw new GapInputError(`maxZones must be a whole number ≥ 0, got ${maxZones}`);
  if (!Number.isFinite(coverage) || coverage <= 0) throw new GapInputError(`coverage must be a finite number > 0, got ${coverage}`);
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) throw new GapInputError(`threshold must be in (0, 1], got ${threshold}`);
  for (const p of input.products) {
    if (!inSquare(p.x) || !inSquare(p.y)) throw new GapInputError(`product ${p.id}: position (${p.x}, ${p.y}) is not in the unit square`);
    if (p.weight !== undefined && !(Number.isFinite(p.weight) && p.weight >= 0)) throw new GapInputError(`product ${p.id}: weight must be a finite number ≥ 0, got ${p.weight}`);
  }
  const personas: CheckedPersona[] = input.personas.map((p) => {
    const weight = p.weight ?? 1;
    const reach = p.reach ?? defaultReach;
    if (!inSquare(p.x) || !inSquare(p.y)) throw new GapInputError(`persona ${p.id}: position (${p.x}, ${p.y}) is not in the unit square`);
    if (!(Number.isFinite(weight) && weight >= 0)) throw new GapInputError(`persona ${p.id}: weight must be a finite number ≥ 0, got ${weight}`);
    if (!(Number.isFinite(reach) && reach > 0)) throw new GapInputError(`persona ${p.id}: reach must be a finite number > 0, got ${reach}`);
    return { id: p.id, x: p.x, y: p.y, weight, reach };
  });
  return { maxZones, coverage, threshold, personas };
}
