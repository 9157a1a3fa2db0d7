import type { Board, EvidenceView, Item, Quadrant } from '../model/types';
import { readItem } from './readItem';
import { readZone } from './readZone';
import type { RecordCollection } from '../model/records';
import { displayOptions, limits, quadrants, ranges } from '../model/rules';
import { Validator, type Strictness } from './Validator';
import { readId } from './readPoint';
import { recordTypes } from './recordTypes';

/** An item a reader left out, by its place in the stored or imported list, with what was wrong. */
export interface SkippedItem {
  readonly index: number;
  readonly errors: readonly string[];
}

export type BoardRead =
  | {
      readonly ok: true;
      readonly board: Board;
      /** Bad items, left out; the rest of the board is read. */
      readonly skipped: readonly SkippedItem[];
      /** Read, but worth telling: text over a limit kept as it is, control characters removed. */
      readonly flags: readonly string[];
      /** Control characters removed in all. */
      readonly removed: number;
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Each item's problems are listed up to this many. */
const maxItemErrors = 10;

/** The fields of the board's own parts as this schema writes them (`items` included); each record type's are in its module. */
const fields = {
  board: ['id', 'title', 'axes', 'quadrants', 'bands', 'display', 'items', 'pinnedZones', 'notes', 'evidence', 'evidenceView', 'rounds', 'timers', 'votes', 'ballots', 'gapSettings', 'locked', 'createdAt', 'updatedAt'],
  axes: ['x', 'y'],
  axis: ['title', 'min', 'max'],
  evidenceView: ['wave', 'lens'],
  gapSettings: ['coverage', 'threshold', 'maxZones'],
} as const;

/**
 * Reads a version-1 board from untrusted data into fresh objects (unknown fields are
 * dropped, or refused when `strict`), each item once. A problem outside the item list refuses
 * the board; a bad item is left out and listed. Linear in the size of the data.
 */
export function readBoardV1(value: unknown, strictness: Strictness = 'lenient'): BoardRead {
  const v = new Validator(strictness);
  const o = v.object(value, 'board');
  if (!o) return { ok: false, errors: v.errors };
  const list = v.array(o.items, 'board.items', limits.items) ?? [];
  const items: Item[] = [];
  const skipped: SkippedItem[] = [];
  const flags: string[] = [];
  let removed = 0;
  const ids = new Set<string>();
  list.forEach((raw, index) => {
    const iv = new Validator(strictness);
    const path = `board.items[${index}]`;
    const item = readItem(iv, raw, path);
    if (iv.errors.length === 0 && ids.has(item.id)) iv.fail(`${path}.id`, `"${item.id}" appears twice`);
    if (iv.errors.length > 0) {
      skipped.push({ index, errors: iv.errors.slice(0, maxItemErrors) });
      return;
    }
    ids.add(item.id);
    items.push(item);
    flags.push(...iv.flags);
    removed += iv.removed;
  });
  const board = readBoard(v, o, items);
  if (v.errors.length > 0) return { ok: false, errors: v.errors };
  return { ok: true, board, skipped, flags: [...v.flags, ...flags], removed: removed + v.removed };
}



/** A collection of records: each checked as itself by its type's one validator, ids unique; absent (an older peer's): none. */
function readRecords<C extends RecordCollection>(v: Validator, value: unknown, path: string, collection: C): Board[C] {
  if (value === undefined) return [] as unknown as Board[C];
  const type = recordTypes[collection];
  const records = (v.array(value, path, type.limit) ?? []).map((record, i) => type.read(v, record, `${path}[${i}]`));
  const ids = new Set<string>();
  records.forEach((record, i) => {
    if (ids.has(record.id)) v.fail(`${path}[${i}].id`, `"${record.id}" appears twice`);
    ids.add(record.id);
  });
  return records as unknown as Board[C];
}

function readEvidenceView(v: Validator, value: unknown, path: string): EvidenceView {
  if (value === undefined) return { wave: '', lens: '' };
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.evidenceView);
  return { wave: v.string(o.wave, `${path}.wave`, limits.label), lens: v.string(o.lens, `${path}.lens`, limits.label) };
}


function readAxis(v: Validator, value: unknown, path: string) {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.axis);
  return {
    title: v.string(o.title, `${path}.title`, limits.label, { required: true }),
    min: v.string(o.min, `${path}.min`, limits.label, { required: true }),
    max: v.string(o.max, `${path}.max`, limits.label, { required: true }),
  };
}

/** Own fields only: a missing field never falls through to a prototype. */
const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

function readBoard(v: Validator, o: Record<string, unknown>, items: Item[]): Board {
  const path = 'board';
  const axes = v.object(o.axes, `${path}.axes`) ?? {};
  const q = v.object(o.quadrants, `${path}.quadrants`) ?? {};
  const display = v.object(o.display, `${path}.display`) ?? {};
  const gaps = v.object(o.gapSettings, `${path}.gapSettings`) ?? {};
  v.onlyKnown(o, path, fields.board);
  v.onlyKnown(axes, `${path}.axes`, fields.axes);
  v.onlyKnown(q, `${path}.quadrants`, quadrants);
  v.onlyKnown(display, `${path}.display`, displayOptions);
  v.onlyKnown(gaps, `${path}.gapSettings`, fields.gapSettings);
  return {
    id: readId(v, o.id, `${path}.id`),
    title: v.string(o.title, `${path}.title`, limits.label, { required: true }),
    axes: { x: readAxis(v, own(axes, 'x'), `${path}.axes.x`), y: readAxis(v, own(axes, 'y'), `${path}.axes.y`) },
    quadrants: Object.fromEntries(quadrants.map((k) => [k, v.string(own(q, k), `${path}.quadrants.${k}`, limits.label)])) as Record<Quadrant, string>,
    bands: (v.array(o.bands, `${path}.bands`, limits.bands) ?? []).map((band, i) => v.string(band, `${path}.bands[${i}]`, limits.label)),
    display: {
      showBands: v.boolean(display.showBands, `${path}.display.showBands`),
      showProducts: v.boolean(display.showProducts, `${path}.display.showProducts`),
      showPersonas: v.boolean(display.showPersonas, `${path}.display.showPersonas`),
      showZones: v.boolean(display.showZones, `${path}.display.showZones`),
      showWhiteSpace: v.boolean(display.showWhiteSpace, `${path}.display.showWhiteSpace`),
      countConcepts: v.boolean(display.countConcepts, `${path}.display.countConcepts`),
      // Absent: shown (a shared board written before its room's schema moved to 4).
      showNotes: display.showNotes === undefined ? true : v.boolean(display.showNotes, `${path}.display.showNotes`),
      // Absent: shown (a shared board written before its room's schema moved to 5).
      showUncertainty: display.showUncertainty === undefined ? true : v.boolean(display.showUncertainty, `${path}.display.showUncertainty`),
    },
    items,
    pinnedZones: (v.array(o.pinnedZones, `${path}.pinnedZones`, limits.pinnedZones) ?? []).map((zone, i) => readZone(v, zone, `${path}.pinnedZones[${i}]`)),
    notes: readRecords(v, own(o, 'notes'), `${path}.notes`, 'notes'),
    evidence: readRecords(v, own(o, 'evidence'), `${path}.evidence`, 'evidence'),
    evidenceView: readEvidenceView(v, own(o, 'evidenceView'), `${path}.evidenceView`),
    rounds: readRecords(v, own(o, 'rounds'), `${path}.rounds`, 'rounds'),
    timers: readRecords(v, own(o, 'timers'), `${path}.timers`, 'timers'),
    votes: readRecords(v, own(o, 'votes'), `${path}.votes`, 'votes'),
    ballots: readRecords(v, own(o, 'ballots'), `${path}.ballots`, 'ballots'),
    gapSettings: {
      coverage: v.number(gaps.coverage, `${path}.gapSettings.coverage`, ranges.coverage),
      threshold: v.number(gaps.threshold, `${path}.gapSettings.threshold`, ranges.threshold),
      maxZones: v.number(gaps.maxZones, `${path}.gapSettings.maxZones`, ranges.maxZones),
    },
    locked: own(o, 'locked') === undefined ? false : v.boolean(o.locked, `${path}.locked`),
    createdAt: v.string(o.createdAt, `${path}.createdAt`, limits.timestamp),
    updatedAt: v.string(o.updatedAt, `${path}.updatedAt`, limits.timestamp),
  };
}
