import type { SurveyData } from '../survey/readSurvey';
import { scaleRange, toUnit } from '../io/positionScale';
import { axisNames } from '../survey/axisNames';
import type { SurveyReading } from './summariseSurvey';

/** Marks a rating left out for its scale (and listed): its pair is left out without a second reason. */
export const offScale = Number.POSITIVE_INFINITY;

/** Each unit's ratings of a thing (an item, or −1 its ideal), paired, on the map's 0–1: NaN where not given, `offScale` where off its scale. */
export interface RatingPairs {
  readonly x: number[];
  readonly y: number[];
  readonly unit: number[];
  readonly thing: number[];
  /** The row of the pair's first rating. */
  readonly row: number[];
}

/**
 * Pairs a survey's answers per unit and thing, each value on its axis's scale as the map's
 * 0–1 (v ↦ (v − lo)/(hi − lo), mirrored on a reversed axis). A value off its scale is handed
 * to `leaveOut` with its reason. Pairs come in the order of their first answer: row order.
 */
export function pairRatings(data: SurveyData, reading: Pick<SurveyReading, 'scales' | 'reversed'>, leaveOut: (row: number, reason: string) => void): RatingPairs {
  const { answers } = data;
  const things = data.items.length + 1;
  const pairAt = new Map<number, number>();
  const pairs: RatingPairs = { x: [], y: [], unit: [], thing: [], row: [] };
  for (let i = 0; i < answers.count; i++) {
    const axis = answers.axis[i]! as 0 | 1;
    const scale = reading.scales[axis];
    const raw = answers.value[i]!;
    const key = answers.unit[i]! * things + answers.item[i]! + 1;
    let p = pairAt.get(key);
    if (p === undefined) {
      p = pairs.x.length;
      pairAt.set(key, p);
      pairs.x.push(Number.NaN);
      pairs.y.push(Number.NaN);
      pairs.unit.push(answers.unit[i]!);
      pairs.thing.push(answers.item[i]!);
      pairs.row.push(answers.row[i]!);
    }
    let u = toUnit(raw, scale);
    if (!(u >= 0 && u <= 1)) {
      const item = answers.item[i]!;
      leaveOut(answers.row[i]!, `${item < 0 ? 'the ideal' : data.items[item]!}'s ${axisNames[axis]}: ${raw} is off the ${scaleRange(scale)} scale`);
      u = offScale;
    } else if (reading.reversed[axis]) u = 1 - u;
    (axis === 0 ? pairs.x : pairs.y)[p] = u;
  }
  return pairs;
}
