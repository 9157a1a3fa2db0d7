import type { SurveyAxis, SurveyLayout } from './surveyData';
import type { HeaderColumn } from './surveyHeaders';
import type { ColumnReading } from './readColumnHeader';
import type { ColumnRole } from './surveyWords';
import { itemName, type ItemName } from './itemName';
import { axisNames } from './axisNames';
import { limits } from '../model/rules';

/** A wide table's column: one item (or the ideal) rated on one axis. */
export interface RatedColumn {
  readonly index: number;
  readonly axis: SurveyAxis;
  readonly item: ItemName;
}

/** Which column holds what (−1: none), and what the summary says of each column. */
export interface SurveyColumns {
  readonly layout: SurveyLayout;
  readonly respondent: number;
  readonly wave: number;
  readonly segment: number;
  readonly item: number;
  readonly axis: number;
  readonly rating: number;
  /** A long-item table's interactivity and need columns. */
  readonly position: readonly [number, number];
  readonly rated: readonly RatedColumn[];
  /** Each column's header text, by index, for problems. */
  readonly headers: readonly string[];
  readonly used: readonly { readonly header: string; readonly as: string }[];
  readonly unused: readonly string[];
}

/** Columns named in a refusal; the rest are counted. */
const namedColumns = 10;

/** A header as the summary lists it: at most `limits.label` characters (a header may be a whole paragraph). */
const shortened = (text: string) => (text.length > limits.label ? `${text.slice(0, limits.label - 1)}…` : text);

export type PlannedColumns = { readonly ok: true; readonly columns: SurveyColumns } | { readonly ok: false; readonly errors: readonly string[] };

const expected =
  'No column names an item and an axis. Expected one of: a column per item and axis with one row per respondent ("Capsule machine – interactivity", "Capsule machine – need"); ' +
  'columns "item", "interactivity" and "need" with one row per respondent and item; or columns "respondent", "item", "axis" (interactivity or need) and "rating" with one row per rating.';

/**
 * Picks the layout from the headers read: one row per rating (item, axis and rating
 * columns), else one row per respondent and item (item, interactivity and need columns),
 * else one row per respondent (columns naming an item and an axis). The first column of
 * each kind is read; a second one, a second column for one item and axis, or a comment box
 * ("How interactive is each? – Other (please specify)") is not used.
 */
export function surveyColumns(header: readonly HeaderColumn[]): PlannedColumns {
  const first = new Map<ColumnRole | 'x' | 'y', number>();
  const rated: RatedColumn[] = [];
  const ratedKeys = new Set<string>();
  header.forEach(({ reading }, index) => {
    if (reading?.kind === 'role' && !first.has(reading.role)) first.set(reading.role, index);
    const position = reading?.kind === 'position' ? (reading.axis === 0 ? 'x' : 'y') : null;
    if (position && !first.has(position)) first.set(position, index);
    if (reading?.kind === 'rated') {
      const item = itemName(reading.item);
      const key = `${item.ideal ? '' : item.key}|${reading.axis}`;
      if (item.name !== '' && !item.textEntry && !ratedKeys.has(key)) rated.push({ index, axis: reading.axis, item });
      ratedKeys.add(key);
    }
  });
  const at = (role: ColumnRole | 'x' | 'y') => first.get(role) ?? -1;
  const layout: SurveyLayout | null =
    at('item') >= 0 && at('axis') >= 0 && at('rating') >= 0 ? 'long-rating' : at('item') >= 0 && at('x') >= 0 && at('y') >= 0 ? 'long-item' : rated.length > 0 ? 'wide' : null;
  if (!layout) {
    const found = header.flatMap(({ header: text, reading }) => (reading ? [`"${text.slice(0, 60)}" (${readingName(reading)})`] : []));
    const more = found.length > namedColumns ? ` and ${found.length - namedColumns} more` : '';
    return { ok: false, errors: [expected, ...(found.length > 0 ? [`Columns recognised: ${found.slice(0, namedColumns).join(', ')}${more}.`] : [])] };
  }
  const long = layout !== 'wide';
  const picked = {
    layout,
    respondent: at('respondent') >= 0 ? at('respondent') : at('id'),
    wave: at('wave'),
    segment: at('segment'),
    item: long ? at('item') : -1,
    axis: layout === 'long-rating' ? at('axis') : -1,
    rating: layout === 'long-rating' ? at('rating') : -1,
    position: layout === 'long-item' ? ([at('x'), at('y')] as const) : ([-1, -1] as const),
    rated: long ? [] : rated,
  };
  const roles = new Map<number, string>(
    (
      [
        [picked.respondent, 'respondent'],
        [picked.wave, 'wave'],
        [picked.segment, 'segment'],
        [picked.item, 'item'],
        [picked.axis, 'axis'],
        [picked.rating, 'rating'],
        [picked.position[0], axisNames[0]],
        [picked.position[1], axisNames[1]],
        ...picked.rated.map((column) => [column.index, `${column.item.name} · ${axisNames[column.axis]}`] as const),
      ] as const
    ).filter(([index]) => index >= 0),
  );
  return {
    ok: true,
    columns: {
      ...picked,
      headers: header.map((column) => column.header),
      used: [...roles].sort(([a], [b]) => a - b).map(([index, as]) => ({ header: shortened(header[index]!.header), as })),
      unused: header.flatMap((column, index) => (!roles.has(index) && column.shown !== '' ? [shortened(column.shown)] : [])),
    },
  };
}

/** "respondent", "need", "Capsule machine · need": what a header was read as. */
function readingName(reading: NonNullable<ColumnReading>): string {
  if (reading.kind === 'role') return reading.role === 'id' ? 'respondent' : reading.role;
  return reading.kind === 'position' ? axisNames[reading.axis] : `${reading.item} · ${axisNames[reading.axis]}`;
}
