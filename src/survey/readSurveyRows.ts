import type { SurveyAxis } from './surveyData';
import type { SurveyColumns } from './surveyColumns';
import type { SurveyCollector } from './createSurveyCollector';
import type { AxisPhrase } from './axisPhrases';
import { cleanText } from '../model/cleanText';
import { limits } from '../model/rules';
import { itemName } from './itemName';
import { readAxisCell } from './readAxisCell';
import { axisNames } from './axisNames';

type Rows = readonly (readonly string[])[];

/** Rows between two progress reports. */
const progressEvery = 20_000;

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell === '' || cell.trim() === '');

/** The same cells, trimmed, as a header row: a second export appended below the first. */
function isSameRow(row: readonly string[], header: readonly string[]): boolean {
  for (let j = 0; j < Math.max(row.length, header.length); j++) if ((row[j] ?? '').trim() !== (header[j] ?? '').trim()) return false;
  return true;
}

/** A respondent, wave or segment cell as a name: one line, trimmed, at most `limits.label` characters; '' when blank. */
const nameOf = (cell: string | undefined) => (cell === undefined || cell === '' ? '' : cleanText(cell, 'label').text.trim().slice(0, limits.label));

/**
 * Reads the data rows (from index `first`) into `collect`, by the layout `columns` found:
 * per row a unit (respondent and wave), then its ratings. A row without a wave (when there is
 * a wave column), item or axis is a problem; so is a long-rating row without a respondent,
 * while a wide or long-item row without one (no column, or a blank cell) is its own unit.
 * Returns how many rows were read (blank rows are skipped).
 */
export function readSurveyRows(rows: Rows, first: number, columns: SurveyColumns, phrases: readonly AxisPhrase[], collect: SurveyCollector, onProgress?: (done: number) => void): number {
  const { layout, headers } = columns;
  // Long tables repeat their items and axes: each distinct cell is read once.
  const itemByCell = new Map<string, number | null>();
  const itemOf = (cell: string) => {
    let index = itemByCell.get(cell);
    if (index === undefined) {
      const name = itemName(cell);
      itemByCell.set(cell, (index = name.name === '' ? null : collect.item(name)));
    }
    return index;
  };
  const axisByCell = new Map<string, SurveyAxis | null>();
  const axisOf = (cell: string) => {
    let axis = axisByCell.get(cell);
    if (axis === undefined) axisByCell.set(cell, (axis = readAxisCell(cell, phrases)));
    return axis;
  };
  const rated = columns.rated.map((column) => ({ ...column, at: collect.item(column.item), header: headers[column.index]! }));
  const headerRows = rows.slice(0, first);
  let read = 0;
  for (let r = first; r < rows.length; r++) {
    const row = rows[r]!;
    const at = r + 1;
    if (isBlankRow(row)) continue;
    if (++read % progressEvery === 0) onProgress?.((r - first) / (rows.length - first));
    const repeated = headerRows.findIndex((header) => isSameRow(row, header));
    if (repeated >= 0) {
      collect.problem(at, `repeats header row ${repeated + 1}`);
      continue;
    }
    let wave = 0;
    if (columns.wave >= 0) {
      const text = nameOf(row[columns.wave]);
      if (text === '') {
        collect.problem(at, 'has no wave');
        continue;
      }
      wave = collect.wave(text);
    }
    const segment = columns.segment >= 0 ? collect.segment(nameOf(row[columns.segment])) : -1;
    const respondent = columns.respondent >= 0 ? nameOf(row[columns.respondent]) : '';
    if (respondent === '' && layout === 'long-rating') {
      collect.problem(at, 'has no respondent');
      continue;
    }
    if (layout === 'wide') {
      const unit = collect.unit(respondent || null, at, wave, segment);
      for (const column of rated) collect.rate(unit, column.at, column.axis, row[column.index] ?? '', at, column.header);
      continue;
    }
    const itemCell = row[columns.item] ?? '';
    const item = itemOf(itemCell);
    if (item === null) {
      collect.problem(at, 'has no item');
      continue;
    }
    if (layout === 'long-item') {
      const unit = collect.unit(respondent || null, at, wave, segment);
      for (const axis of [0, 1] as const) collect.rate(unit, item, axis, row[columns.position[axis]] ?? '', at, headers[columns.position[axis]]!);
      continue;
    }
    const axisCell = row[columns.axis] ?? '';
    const axis = axisOf(axisCell);
    if (axis === null) {
      const text = axisCell.trim().slice(0, 30);
      collect.problem(at, text === '' ? 'has no axis' : `axis "${text}" is neither ${axisNames[0]} nor ${axisNames[1]}`);
      continue;
    }
    collect.rate(collect.unit(respondent, at, wave, segment), item, axis, row[columns.rating] ?? '', at, headers[columns.rating]!);
  }
  return read;
}
