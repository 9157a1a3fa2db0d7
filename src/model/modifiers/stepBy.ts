import type { Modifier } from './Modifier';
import { fromMicro, toMicro } from './microUnits';

/** Micro-units in one hundredth (1 %) of an axis. */
const microPerHundredth = 10_000;

/**
 * Moves by whole hundredths of each axis (1 = 1 %), counted in micro-units: the start is kept
 * as it is (77.5 % + 1 % is 78.5 %), and any number of steps adds up exactly.
 */
export function stepBy(hundredthsX: number, hundredthsY: number): Modifier {
  return ({ x, y }) => ({
    x: fromMicro(toMicro(x) + Math.round(hundredthsX) * microPerHundredth),
    y: fromMicro(toMicro(y) + Math.round(hundredthsY) * microPerHundredth),
  });
}
