/**
 * Positions counted in whole millionths of an axis, so that steps add exactly: 0.775 + 5 × 0.01
 * is 0.825, never 0.82499…. A millionth of the map is far below a pixel at any screen size.
 */
export const microPerUnit = 1_000_000;

/** Whole micro-units of a map coordinate. */
export const toMicro = (value: number): number => Math.round(value * microPerUnit);

/** The map coordinate nearest to a whole number of micro-units. */
export const fromMicro = (micro: number): number => micro / microPerUnit;
