import { readNumber } from './readCell';

/** How a position column's numbers map onto the map's 0–1. */
export type PositionScale = '0-1' | 'percent' | '1-5' | '1-7' | '1-10' | '0-10';

/** Every scale a user may pick, in the picker's order, with its words. */
export const positionScales: readonly { readonly scale: PositionScale; readonly name: string }[] = [
  { scale: '1-5', name: '1–5' },
  { scale: '1-7', name: '1–7' },
  { scale: '1-10', name: '1–10' },
  { scale: '0-10', name: '0–10' },
  { scale: '0-1', name: '0–1' },
  { scale: 'percent', name: '%' },
];

const bounds: Readonly<Record<PositionScale, readonly [number, number]>> = {
  '0-1': [0, 1],
  percent: [0, 100],
  '1-5': [1, 5],
  '1-7': [1, 7],
  '1-10': [1, 10],
  '0-10': [0, 10],
};

export const isRatingScale = (scale: PositionScale) => scale !== '0-1' && scale !== 'percent';

/**
 * The scale a column's cells are on. A % sign: percent. No % sign, every value within
 * [0, 10] and some above 1: a rating scale, the smallest of 1–5, 1–7 and 1–10 that holds
 * them all (0–10 when a value is below 1); decimals allowed, as survey means are. Else any
 * value above 1: percent; else 0–1.
 */
export function detectScale(cells: readonly string[]): PositionScale {
  const read = cells.filter((cell) => cell.trim() !== '').map(readNumber);
  if (read.some((r) => r.percent)) return 'percent';
  const values = read.map((r) => r.value).filter(Number.isFinite);
  if (values.length === 0 || values.every((v) => v <= 1)) return '0-1';
  if (values.some((v) => v < 0 || v > 10)) return 'percent';
  if (values.some((v) => v < 1)) return '0-10';
  const max = Math.max(...values);
  return max <= 5 ? '1-5' : max <= 7 ? '1-7' : '1-10';
}

/** A value on `scale` as a map position: v ↦ (v − lo)/(hi − lo); outside [0, 1] when it is off the scale. */
export function toUnit(value: number, scale: PositionScale): number {
  const [lo, hi] = bounds[scale];
  return (value - lo) / (hi - lo);
}

/** One step of a rating scale as a share of the map ("1–10": 1/9, about 11 %); null for 0–1 and %. */
export function scaleStep(scale: PositionScale): number | null {
  if (!isRatingScale(scale)) return null;
  const [lo, hi] = bounds[scale];
  return 1 / (hi - lo);
}

/** "1–10", "%" */
export const scaleName = (scale: PositionScale) => positionScales.find((s) => s.scale === scale)!.name;

/** "0–100 %", "1–10": the range a value must be in, for a row's problem. */
export const scaleRange = (scale: PositionScale) => (scale === 'percent' ? '0–100 %' : scaleName(scale));
