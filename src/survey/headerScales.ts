import type { PositionScale } from '../io/positionScale';
import type { HeaderColumn } from './surveyHeaders';
import type { SurveyColumns } from './surveyColumns';
import { statedScale } from './statedScale';

/**
 * The scale the headers state for each axis ("Capsule machine – need (1-7)", a question "on a
 * scale of 0 to 10", a legend "1 = Not at all, 7 = Extremely"): read over the columns of that
 * axis (a long table's rating column speaks for both); null where none states one or two differ.
 */
export function headerScales(columns: SurveyColumns, header: readonly HeaderColumn[]): [PositionScale | null, PositionScale | null] {
  const stated = [new Set<PositionScale>(), new Set<PositionScale>()] as const;
  const add = (index: number, axes: readonly (0 | 1)[]) => {
    const scale = statedScale(header[index]!.text);
    if (scale) for (const axis of axes) stated[axis].add(scale);
  };
  if (columns.layout === 'wide') for (const column of columns.rated) add(column.index, [column.axis]);
  else if (columns.layout === 'long-item') columns.position.forEach((index, axis) => add(index, [axis as 0 | 1]));
  else add(columns.rating, [0, 1]);
  return [stated[0].size === 1 ? [...stated[0]][0]! : null, stated[1].size === 1 ? [...stated[1]][0]! : null];
}
