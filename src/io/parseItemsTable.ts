import { dsvFormat } from 'd3-dsv';
import type { Item, ItemKind, MapPoint } from '../model/types';
import { createItem, defaultReach } from '../model/board';
import { mapPoint } from '../model/mapPoint';
import { maxItems, maxLabelLength, maxNotesLength } from '../model/checks';
import { matchColumn, type Column } from './columns';
import { readNumber, unguardFormula } from './readCell';

/** A row that could not become an item, numbered as the spreadsheet numbers it (the header is row 1). */
export interface RowProblem {
  readonly row: number;
  readonly reason: string;
}

export interface ItemsTable {
  /** Good rows, in order; rows without a position have `position: null` (the "to place" tray). */
  readonly items: readonly Item[];
  readonly problems: readonly RowProblem[];
  /** False when the text had no recognisable header: then every line is one label. */
  readonly hasHeader: boolean;
}

const kindWords: Readonly<Record<string, ItemKind>> = {
  product: 'product', products: 'product', brand: 'product', offering: 'product', p: 'product',
  persona: 'persona', personas: 'persona', personagroup: 'persona', segment: 'persona', customer: 'persona',
  customers: 'persona', user: 'persona', users: 'persona', people: 'persona',
};

const columnName: Readonly<Record<Column, string>> = {
  label: 'label', kind: 'kind', interactivity: 'interactivity', need: 'need', weight: 'weight', reach: 'reach', notes: 'notes',
};

/** Tab when the first line has one (a spreadsheet paste), semicolon for a European CSV, else comma. */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const firstLine = end < 0 ? text : text.slice(0, end);
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';') && !firstLine.includes(',')) return ';';
  return ',';
}

/**
 * Reads CSV, TSV or a spreadsheet paste into items. Columns are matched by header (case and
 * common synonyms tolerated); a position column is read as 0–100 % when any value in it is
 * over 1 or carries a % sign, else as 0–1. No kind column means products; no header means
 * one label per line. Bad rows are listed with their reason; good rows still come in.
 */
export function parseItemsTable(text: string, room = maxItems): ItemsTable {
  const rows = dsvFormat(delimiterOf(text)).parseRows(text.replace(/^\uFEFF/, ''));
  const header = rows[0]?.map(matchColumn) ?? [];
  const matched = header.filter((column) => column !== undefined);
  const hasHeader = matched.includes('label') || matched.length >= 2;
  if (!hasHeader) return { items: labelsPerLine(rows, room), problems: [], hasHeader };
  if (!matched.includes('label')) {
    return { items: [], problems: [{ row: 1, reason: 'no label column: name one column "label" or "name"' }], hasHeader };
  }

  const at = (column: Column) => header.indexOf(column);
  const cell = (row: readonly string[], column: Column) => (at(column) >= 0 ? (row[at(column)] ?? '').trim() : '');
  const body = rows.slice(1);
  const percent = (column: Column) =>
    body.some((row) => {
      const { value, percent: sign } = readNumber(cell(row, column));
      return sign || value > 1;
    });
  const scale = { interactivity: percent('interactivity'), need: percent('need'), reach: percent('reach'), weight: false };

  const items: Item[] = [];
  const problems: RowProblem[] = [];
  body.forEach((row, i) => {
    const rowNumber = i + 2;
    if (row.every((value) => value.trim() === '')) return;
    if (items.length >= room) {
      if (items.length === room) problems.push({ row: rowNumber, reason: `the board is full (${maxItems} items); this row and the rest were left out` });
      return;
    }
    const problem: string[] = [];
    const number = (column: 'interactivity' | 'need' | 'weight' | 'reach', min: number, max: number, exclusiveMin = false) => {
      const raw = cell(row, column);
      if (raw === '') return null;
      const { value, percent: sign } = readNumber(raw);
      const scaled = scale[column] || (column === 'weight' && sign) ? value / 100 : value;
      if (!Number.isFinite(value)) problem.push(`${columnName[column]} "${raw.slice(0, 30)}" is not a number`);
      else if (scaled < min || scaled > max || (exclusiveMin && scaled === min)) {
        problem.push(`${columnName[column]} ${raw} is outside ${scale[column] ? `${min * 100}–${max * 100} %` : `${min}–${max}`}`);
      } else return scaled;
      return null;
    };
    const label = unguardFormula(cell(row, 'label'));
    if (label === '') problem.push('no label');
    else if (label.length > maxLabelLength) problem.push(`label is longer than ${maxLabelLength} characters`);
    const kindCell = cell(row, 'kind');
    const kind = kindCell === '' ? 'product' : kindWords[kindCell.toLowerCase().replace(/[^a-z]/g, '')];
    if (!kind) problem.push(`kind "${kindCell.slice(0, 30)}" is neither product nor persona`);
    const x = number('interactivity', 0, 1);
    const y = number('need', 0, 1);
    const weight = number('weight', 0, 1000);
    const reach = number('reach', 0, 1, true);
    const notes = unguardFormula(at('notes') >= 0 ? row[at('notes')] ?? '' : '');
    if (notes.length > maxNotesLength) problem.push(`notes are longer than ${maxNotesLength} characters`);
    const hasX = cell(row, 'interactivity') !== '';
    const hasY = cell(row, 'need') !== '';
    if (hasX !== hasY) problem.push(hasX ? 'has an interactivity but no need' : 'has a need but no interactivity');
    if (problem.length > 0 || !kind) {
      problems.push({ row: rowNumber, reason: problem.join('; ') });
      return;
    }
    const position: MapPoint | null = x !== null && y !== null ? mapPoint(x, y) : null;
    items.push(
      createItem(kind, label, position, {
        weight: weight ?? 1,
        reach: kind === 'persona' ? reach ?? defaultReach : null,
        notes,
      }),
    );
  });
  return { items, problems, hasHeader };
}

/** A paste without a header: the first filled cell of each line is a label; all wait in the tray. */
function labelsPerLine(rows: readonly (readonly string[])[], room: number): Item[] {
  return rows
    .map((row) => unguardFormula(row.find((value) => value.trim() !== '')?.trim() ?? ''))
    .filter((label) => label !== '')
    .slice(0, room)
    .map((label) => createItem('product', label.slice(0, maxLabelLength), null));
}
