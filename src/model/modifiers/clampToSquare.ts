import type { Modifier } from './Modifier';

const clampUnit = (value: number) => Math.min(1, Math.max(0, value));

/** Keeps a point inside the closed unit square, axis by axis (a point past an edge stops on it). */
export const clampToSquare: Modifier = ({ x, y }) => ({ x: clampUnit(x), y: clampUnit(y) });
