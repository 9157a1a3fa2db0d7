import { dsvFormat } from 'd3-dsv';
import type { Item, MapPoint } from '../model/types';
import { createItem } from '../model/board';
import { defaultReach } from '../gaps/checkInput';
import { mapPoint } from '../model/mapPoint';
import { kindFromWord, limits, ranges, type Range } from '../model/rules';
import { cleanText } from '../model/cleanText';
import { conceptColour, conceptTag, isConceptWord } from '../model/concept';
import { readHeader, type Column } from './columns';
import { readNumber, unguardFormula } from './readCell';
import { detectScale, isRatingScale, scaleRange, toUnit, type PositionScale } from './positionScale';

/** A row numbered as the spreadsheet numbers it (the header is row 1), and what happened to it. */
export interface RowProblem {
  readonly row: number;
  readonly reason: string;
}

/** A row that came in, changed. */
export interface RowChange {
  readonly row: number;
  /** Control characters removed from its text. */
  readonly removed: number;
  /** The label's length before it was cut to the limit; null when it was not cut. */
  readonly cutFrom: number | null;
}

export interface ItemsTable {
  /** Good rows, in order; rows without a position have `position: null` (the "to place" tray). */
  readonly items: readonly Item[];
  /** The spreadsheet row number each item came from (the header is row 1), aligned with `items`. */
  readonly rows: readonly number[];
  /** A table with no header row whose lines hold more than one column: how many columns were not read. */
  readonly unreadColumns: number;
  /** Rows that could not become an item, with the reason. */
  readonly problems: readonly RowProblem[];
  /** Rows that came in changed: control characters removed, a label cut to the limit. */
  readonly changes: readonly RowChange[];
  /** Filled rows past the room left on the board, not read. */
  readonly leftOut: number;
  /** False when the text had no recognisable header: then every line is one label. */
  readonly hasHeader: boolean;
  /** The scale the interactivity and need columns were read on; null without position columns. */
  readonly positionScale: PositionScale | null;
  /** Columns with a header that were not read (an unknown name, or a second column of one kind), by index. */
  readonly unused: readonly { readonly index: number; readonly header: string }[];
  /** Rows that came in without a position (they wait in the tray), and what they lack. */
  readonly waiting: readonly { readonly row: number; readonly missing: string }[];
}

/** How the user asked to read a table: the position scale, and columns assigned by hand (index → column, null: not read). */
export interface TableReading {
  readonly scale?: PositionScale | undefined;
  readonly assign?: Readonly<Record<number, Column | null>> | undefined;
}

type NumberColumn = 'interactivity' | 'need' | 'weight' | 'reach';
const numberRange: Readonly<Record<NumberColumn, Range>> = { interactivity: ranges.position, need: ranges.position, weight: ranges.weight, reach: ranges.reach };

/** Tab when the first line has one (a spreadsheet paste), semicolon for a European CSV, else comma. */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const firstLine = end < 0 ? text : text.slice(0, end);
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';') && !firstLine.includes(',')) return ';';
  return ',';
}

const isBlank = (row: readonly string[]) => row.every((value) => value.trim() === '');

/** A cell's label: control characters out, one line, cut to the limit, and what that changed. */
function readLabel(raw: string): { label: string; removed: number; cutFrom: number | null } {
  const { text, removed } = cleanText(unguardFormula(raw.trim()), 'label');
  const label = text.trim();
  const cut = label.length > limits.label;
  return { label: cut ? label.slice(0, limits.label).trim() : label, removed, cutFrom: cut ? label.length : null };
}

const changeOf = (row: number, removed: number, cutFrom: number | null): RowChange[] => (removed > 0 || cutFrom !== null ? [{ row, removed, cutFrom }] : []);

/**
 * Reads CSV, TSV or a spreadsheet paste into items, checked by the rule book. Columns are
 * matched by header (case and common synonyms tolerated); position columns are read on the
 * scale `detectScale` finds (survey scores as 1–5, 1–7, 1–10 or 0–10; a % sign or values
 * above 10 as 0–100 %; else 0–1), both on one rating scale when both are ratings, or on
 * `scale` when the user chose one. No kind column means products; no header means one
 * label per line. Bad rows are listed with their reason; good rows still come in, at most
 * `room` of them (the rest are counted).
 */
export function parseItemsTable(text: string, room: number = limits.items, reading: TableReading = {}): ItemsTable {
  const { scale, assign = {} } = reading;
  const rows = dsvFormat(delimiterOf(text)).parseRows(text.replace(/^\uFEFF/, ''));
  const headings = rows[0] ?? [];
  const read = headings.map(readHeader);
  // The first column of each kind is read (or the one the user assigned); the others are not.
  const header: (Column | undefined)[] = [];
  headings.forEach((_, i) => {
    const column = i in assign ? (assign[i] ?? undefined) : read[i]!.column;
    const taken = column !== undefined && (header.includes(column) || Object.entries(assign).some(([j, c]) => Number(j) !== i && c === column));
    header.push(taken ? undefined : column);
  });
  // A first row of words above rows with numbers is a header, even in words we do not know:
  // its first unknown column is then read as the label.
  const looksLikeHeader = rows.length > 1 && headings.every((cell) => !isNumber(cell)) && rows.slice(1).some((row) => row.some(isNumber));
  if (looksLikeHeader && !header.includes('label') && !Object.values(assign).includes('label')) {
    const first = header.findIndex((column, i) => column === undefined && !(i in assign) && headings[i]!.trim() !== '');
    if (first >= 0) header[first] = 'label';
  }
  const matched = header.filter((column) => column !== undefined);
  const hasHeader = matched.includes('label') || matched.length >= 2 || looksLikeHeader;
  const unused = hasHeader ? headings.flatMap((name, index) => (header[index] === undefined && name.trim() !== '' ? [{ index, header: name.trim().slice(0, 60) }] : [])) : [];
  const none = { rows: [], unreadColumns: 0, changes: [], leftOut: 0, hasHeader, positionScale: null, unused, waiting: [] };
  if (!hasHeader) {
    const unreadColumns = Math.max(0, ...rows.map((row) => row.length)) - 1;
    return { ...labelsPerLine(rows, room), problems: [], hasHeader, positionScale: null, unused: [], waiting: [], unreadColumns };
  }
  if (!matched.includes('label')) return { ...none, items: [], problems: [{ row: 1, reason: 'no label column: name one column "label" or "name"' }] };

  const at = (column: Column) => header.indexOf(column);
  const cell = (row: readonly string[], column: Column) => (at(column) >= 0 ? (row[at(column)] ?? '').trim() : '');
  const body = rows.slice(1);
  const cells = (column: Column) => body.map((row) => cell(row, column));
  const positions = at('interactivity') >= 0 || at('need') >= 0;
  const both = detectScale([...cells('interactivity'), ...cells('need')]);
  // Ratings only when both columns read as ratings together; else each column on its own, as 0–1 or percent.
  // A scale the user picked, else the one a header names ("Need (1-10)"), else the one the numbers show.
  const named = (column: Column) => (at(column) >= 0 && !(at(column) in assign) ? read[at(column)]!.scale : undefined);
  const shared = named('interactivity') ?? named('need');
  // The user's pick, else the column's own header, else: a scale the other header names, when
  // this column's numbers read as ratings too (else its own reading); with no header naming
  // one, ratings only when both columns read as ratings together.
  const each = (column: Column): PositionScale => {
    const own = detectScale(cells(column));
    if (scale) return scale;
    const mine = named(column);
    if (mine) return mine;
    if (shared) return isRatingScale(shared) && isRatingScale(own) ? shared : own;
    return isRatingScale(both) ? both : isRatingScale(own) ? 'percent' : own;
  };
  const scales: Readonly<Record<NumberColumn, PositionScale>> = {
    interactivity: each('interactivity'),
    need: each('need'),
    reach: cells('reach').some((c) => readNumber(c).percent || readNumber(c).value > 1) ? 'percent' : '0-1',
    weight: '0-1',
  };
  const positionScale = !positions ? null : scales.interactivity === scales.need || at('need') < 0 ? scales.interactivity : at('interactivity') < 0 ? scales.need : null;

  const items: Item[] = [];
  const problems: RowProblem[] = [];
  const changes: RowChange[] = [];
  const waiting: { row: number; missing: string }[] = [];
  const itemRows: number[] = [];
  let leftOut = 0;
  body.forEach((row, i) => {
    const rowNumber = i + 2;
    if (isBlank(row)) return;
    if (items.length >= room) {
      leftOut++;
      return;
    }
    const problem: string[] = [];
    const number = (column: NumberColumn) => {
      const raw = cell(row, column);
      if (raw === '') return null;
      const range = numberRange[column];
      const { value, percent: sign } = readNumber(raw);
      const scaled = column === 'weight' ? (sign ? value / 100 : value) : toUnit(value, scales[column]);
      if (!Number.isFinite(value)) problem.push(`${column} "${raw.slice(0, 30)}" is not a number`);
      else if (scaled < range.min || scaled > range.max || (range.minExclusive && scaled === range.min)) {
        problem.push(`${column} ${raw.slice(0, 30)} is outside ${column === 'weight' ? `${range.min}–${range.max}` : scaleRange(scales[column])}`);
      } else return scaled;
      return null;
    };
    const { label, removed, cutFrom } = readLabel(cell(row, 'label'));
    if (label === '') problem.push('no label');
    const kindCell = cell(row, 'kind');
    // A concept is a product to be: a product in the concept colour.
    const concept = isConceptWord(kindCell);
    const kind = kindCell === '' || concept ? 'product' : kindFromWord(kindCell);
    if (!kind) problem.push(`kind "${kindCell.slice(0, 30)}" is neither product, persona nor concept`);
    const x = number('interactivity');
    const y = number('need');
    const weight = number('weight');
    const reach = number('reach');
    const cleanNotes = cleanText(unguardFormula(at('notes') >= 0 ? row[at('notes')] ?? '' : ''), 'text');
    const notes = cleanNotes.text;
    if (notes.length > limits.notes) problem.push(`notes are ${notes.length} characters long; at most ${limits.notes} fit`);
    const hasX = cell(row, 'interactivity') !== '';
    const hasY = cell(row, 'need') !== '';
    if (hasX !== hasY) problem.push(hasX ? 'has an interactivity but no need' : 'has a need but no interactivity');
    if (problem.length > 0 || !kind) {
      problems.push({ row: rowNumber, reason: problem.join('; ') });
      return;
    }
    changes.push(...changeOf(rowNumber, removed + cleanNotes.removed, cutFrom));
    const position: MapPoint | null = x !== null && y !== null ? mapPoint(x, y) : null;
    if (!position) waiting.push({ row: rowNumber, missing: positions ? 'no interactivity and need values' : 'no interactivity or need column' });
    itemRows.push(rowNumber);
    items.push(
      createItem(kind, label, position, {
        weight: weight ?? 1,
        reach: kind === 'persona' ? reach ?? defaultReach : null,
        notes,
        ...(concept ? { colour: conceptColour, tags: [conceptTag] } : {}),
      }),
    );
  });
  return { items, rows: itemRows, unreadColumns: 0, problems, changes, leftOut, hasHeader, positionScale, unused, waiting };
}

/** A cell that holds a number (a rating, a %, a decimal with a comma). */
const isNumber = (cell: string) => cell.trim() !== '' && Number.isFinite(readNumber(cell).value);

/** A paste without a header: the first filled cell of each line is a label; all wait in the tray. */
function labelsPerLine(rows: readonly (readonly string[])[], room: number): Pick<ItemsTable, 'items' | 'rows' | 'changes' | 'leftOut'> {
  const items: Item[] = [];
  const itemRows: number[] = [];
  const changes: RowChange[] = [];
  let leftOut = 0;
  rows.forEach((row, i) => {
    const first = row.find((value) => value.trim() !== '');
    if (first === undefined) return;
    const { label, removed, cutFrom } = readLabel(first);
    if (label === '') return;
    if (items.length >= room) {
      leftOut++;
      return;
    }
    changes.push(...changeOf(i + 1, removed, cutFrom));
    items.push(createItem('product', label, null));
    itemRows.push(i + 1);
  });
  return { items, rows: itemRows, changes, leftOut };
}
