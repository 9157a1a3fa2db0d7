import type { PositionScale } from '../io/positionScale';
import type { SurveyAxis, SurveyData, SurveyProblem, SurveyUnit } from './surveyData';
import type { ItemName } from './itemName';
import { readRating } from './readRating';
import { ratingScale } from './ratingScale';
import { waveOrder } from './waveOrder';
import { axisNames } from './axisNames';
import { createPairTable } from './createPairTable';
import { noAnswerWords } from './surveyWords';
import { squash } from './headerWords';

/** Problems kept with their reasons; the rest are counted. */
const keptProblems = 20;

/** A cell in quotes for a problem, on one line, cut to `length`. */
const quoted = (cell: string, length: number) => {
  const text = cell.trim();
  return `"${text.slice(0, length).replace(/\s+/g, ' ')}${text.length > length ? '…' : ''}"`;
};

/** A header in quotes for a problem, cut in the middle: a question's start and the item at its end ("How interactive is…ive) - Capsule machine"). */
const quotedHeader = (header: string) => {
  const text = header.trim();
  return `"${(text.length > 80 ? `${text.slice(0, 40).trimEnd()}…${text.slice(-40).trimStart()}` : text).replace(/\s+/g, ' ')}"`;
};

export interface SurveyCollector {
  /** A wave's index, in first-seen order until `finish` sorts them; `text` is trimmed and not blank. */
  wave(text: string): number;
  /** A segment's index, −1 for a blank cell. */
  segment(text: string): number;
  /** The unit of a respondent in a wave (the first non-blank segment sticks); a fresh one when `respondent` is null (no respondent column: "row N"). */
  unit(respondent: string | null, row: number, wave: number, segment: number): number;
  /** An item's index in first-seen order; −1 for the ideal. */
  item(name: ItemName): number;
  /** Reads a rating cell: an answer, a blank, or a problem (not a number, off every scale, rated twice). */
  rate(unit: number, item: number, axis: SurveyAxis, cell: string, row: number, header: string): void;
  problem(row: number, reason: string): void;
  /** Units with no answer are dropped; waves are sorted. */
  finish(): Omit<SurveyData, 'layout' | 'usedColumns' | 'unusedColumns' | 'rows'>;
}

/**
 * Gathers a survey's answers into typed arrays of `capacity` (the ratings counted before),
 * with its units, items, waves and segments. `checkTwice` is false when no unit can rate an
 * item on an axis twice (one unit per row and one column per item and axis). `stated`: each
 * axis's scale as the headers state it, kept when every value fits it.
 */
export function createSurveyCollector(capacity: number, hasWaves: boolean, checkTwice: boolean, stated: readonly [PositionScale | null, PositionScale | null] = [null, null]): SurveyCollector {
  const units: { respondent: string; wave: number; segment: number }[] = [];
  const unitByKey = new Map<string, number>();
  const items: string[] = [];
  const itemByKey = new Map<string, number>();
  const waves: string[] = hasWaves ? [] : [''];
  const waveByText = new Map<string, number>();
  const segments: string[] = [];
  const segmentByText = new Map<string, number>();
  const unit = new Int32Array(capacity);
  const item = new Int32Array(capacity);
  const axis = new Uint8Array(capacity);
  const value = new Float64Array(capacity);
  const row = new Int32Array(capacity);
  let count = 0;
  const firstRow = createPairTable(checkTwice ? capacity : 0);
  const problems: SurveyProblem[] = [];
  let problemCount = 0;
  let blanks = 0;
  let wordRatings = 0;
  const min = [Infinity, Infinity];
  const max = [-Infinity, -Infinity];
  let lastWaveText: string | null = null;
  let lastWave = -1;
  let lastRespondent = '';
  let lastUnitWave = -1;
  let lastUnit = -1;

  const indexOf = (list: string[], byText: Map<string, number>, text: string) => {
    let index = byText.get(text);
    if (index === undefined) byText.set(text, (index = list.push(text) - 1));
    return index;
  };
  const problem = (at: number, reason: string) => {
    if (problemCount++ < keptProblems) problems.push({ row: at, reason });
  };

  return {
    wave(text) {
      // Long tables repeat a wave (and a respondent) over consecutive rows: the last one is checked first.
      if (text !== lastWaveText) {
        lastWaveText = text;
        lastWave = indexOf(waves, waveByText, text);
      }
      return lastWave;
    },
    segment: (text) => (text === '' ? -1 : indexOf(segments, segmentByText, text)),
    unit(respondent, at, wave, segment) {
      if (respondent === null) return units.push({ respondent: `row ${at}`, wave, segment }) - 1;
      let known = respondent === lastRespondent && wave === lastUnitWave ? lastUnit : unitByKey.get(`${wave}\u0000${respondent}`);
      if (known === undefined) {
        unitByKey.set(`${wave}\u0000${respondent}`, units.length);
        known = units.push({ respondent, wave, segment }) - 1;
      } else if (units[known]!.segment < 0) units[known]!.segment = segment;
      lastRespondent = respondent;
      lastUnitWave = wave;
      lastUnit = known;
      return known;
    },
    item(name) {
      if (name.ideal) return -1;
      let index = itemByKey.get(name.key);
      if (index === undefined) itemByKey.set(name.key, (index = items.push(name.name) - 1));
      return index;
    },
    rate(u, i, a, cell, at, header) {
      const rating = readRating(cell);
      if (rating === null) {
        blanks++;
        return;
      }
      if (Number.isNaN(rating)) {
        if (cell.length > 40 || !noAnswerWords.has(squash(cell))) wordRatings++;
        return problem(at, `${quotedHeader(header)}: ${quoted(cell, 30)} is not a rating`);
      }
      if (rating < 0 || rating > 100) return problem(at, `${quotedHeader(header)}: ${cell.trim().slice(0, 30)} is not on any rating scale`);
      if (checkTwice) {
        const earlier = firstRow.getOrSet(u * 2 + a, i + 1, at);
        if (earlier >= 0) return problem(at, `rated ${i < 0 ? 'the ideal' : items[i]}'s ${axisNames[a]} twice (first in row ${earlier})`);
      }
      unit[count] = u;
      item[count] = i;
      axis[count] = a;
      value[count] = rating;
      row[count] = at;
      count++;
      if (rating < min[a]!) min[a] = rating;
      if (rating > max[a]!) max[a] = rating;
    },
    problem,
    finish() {
      const order = waveOrder(waves);
      const waveAt = new Int32Array(waves.length);
      order.forEach((old, k) => (waveAt[old] = k));
      // Units with no answer are dropped; the rest keep their first-seen order.
      const unitAt = new Int32Array(units.length).fill(-1);
      for (let k = 0; k < count; k++) unitAt[unit[k]!] = 0;
      const kept: SurveyUnit[] = [];
      units.forEach((u, k) => {
        if (unitAt[k] === 0) unitAt[k] = kept.push({ respondent: u.respondent, wave: waveAt[u.wave]!, segment: u.segment }) - 1;
      });
      for (let k = 0; k < count; k++) unit[k] = unitAt[unit[k]!]!;
      let hasIdeal = false;
      for (let k = 0; k < count && !hasIdeal; k++) hasIdeal = item[k] === -1;
      const scales = [ratingScale(min[0]!, max[0]!, stated[0]), ratingScale(min[1]!, max[1]!, stated[1])] as const;
      return {
        items,
        waves: order.map((k) => waves[k]!),
        segments,
        units: kept,
        answers: { count, unit: unit.subarray(0, count), item: item.subarray(0, count), axis: axis.subarray(0, count), value: value.subarray(0, count), row: row.subarray(0, count) },
        hasIdeal,
        scales,
        scaleFrom: scales.map((scale, axis) => (stated[axis] === scale ? 'header' : 'answers')) as unknown as SurveyData['scaleFrom'],
        valueRange: [0, 1].map((axis) => (Number.isFinite(min[axis]!) ? [min[axis]!, max[axis]!] : null)) as unknown as SurveyData['valueRange'],
        problems,
        problemCount,
        blanks,
        wordRatings,
      };
    },
  };
}
