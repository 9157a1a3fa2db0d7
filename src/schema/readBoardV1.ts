import type { Board, Item, MapPoint, MapUnit, PinnedZone, Quadrant } from '../model/types';
import { maxItems, maxLabelLength, maxNotesLength } from '../model/checks';
import { Validator } from './Validator';

const quadrants: readonly Quadrant[] = ['bottomLeft', 'topLeft', 'bottomRight', 'topRight'];
const idPattern = /^[a-z]+:[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads a version-1 board from untrusted data into fresh objects (unknown fields are
 * dropped). Returns the board, or the problems with their field paths.
 */
export function readBoardV1(value: unknown): { board: Board } | { errors: string[] } {
  const v = new Validator();
  const board = readBoard(v, value, 'board');
  return v.errors.length > 0 || !board ? { errors: v.errors } : { board };
}

function readId(v: Validator, value: unknown, path: string): string {
  const id = v.string(value, path, 80);
  if (id && !idPattern.test(id)) v.fail(path, `"${id.slice(0, 40)}" is not an id like "item:abc123"`);
  return id;
}

function readPoint(v: Validator, value: unknown, path: string): MapPoint {
  const o = v.object(value, path);
  return {
    x: v.number(o?.x, `${path}.x`, 0, 1) as MapUnit,
    y: v.number(o?.y, `${path}.y`, 0, 1) as MapUnit,
  };
}

function readItem(v: Validator, value: unknown, path: string): Item {
  const o = v.object(value, path) ?? {};
  const kind = v.oneOf(o.kind, `${path}.kind`, ['product', 'persona'] as const);
  const colour = v.string(o.colour, `${path}.colour`, 7);
  if (!/^#[0-9a-f]{6}$/i.test(colour)) v.fail(`${path}.colour`, 'expected a colour like "#1a2b3c"');
  const tags = (v.array(o.tags, `${path}.tags`, 50) ?? []).map((tag, i) => v.string(tag, `${path}.tags[${i}]`, 100));
  return {
    id: readId(v, o.id, `${path}.id`),
    kind,
    label: v.string(o.label, `${path}.label`, maxLabelLength, false).trim(),
    position: o.position === null ? null : readPoint(v, o.position, `${path}.position`),
    colour: colour.toLowerCase(),
    notes: v.string(o.notes, `${path}.notes`, maxNotesLength),
    tags,
    weight: v.number(o.weight, `${path}.weight`, 0, 1000),
    reach: kind === 'persona' ? v.number(o.reach, `${path}.reach`, 0, 1, { minExclusive: true }) : nullOnly(v, o.reach, `${path}.reach`),
  };
}

function nullOnly(v: Validator, value: unknown, path: string): null {
  if (value !== null && value !== undefined) v.fail(path, 'only persona groups have a reach; expected null');
  return null;
}

function readZone(v: Validator, value: unknown, path: string): PinnedZone {
  const o = v.object(value, path) ?? {};
  return {
    id: readId(v, o.id, `${path}.id`),
    label: v.string(o.label, `${path}.label`, maxLabelLength, false),
    position: readPoint(v, o.position, `${path}.position`),
    index: v.number(o.index, `${path}.index`, 0, 100),
    note: v.string(o.note, `${path}.note`, maxNotesLength),
    pinnedAt: v.string(o.pinnedAt, `${path}.pinnedAt`, 40),
  };
}

function readAxis(v: Validator, value: unknown, path: string) {
  const o = v.object(value, path) ?? {};
  return {
    title: v.string(o.title, `${path}.title`, maxLabelLength, false),
    min: v.string(o.min, `${path}.min`, maxLabelLength, false),
    max: v.string(o.max, `${path}.max`, maxLabelLength, false),
  };
}

function readBoard(v: Validator, value: unknown, path: string): Board | undefined {
  const o = v.object(value, path);
  if (!o) return undefined;
  const axes = v.object(o.axes, `${path}.axes`) ?? {};
  const q = v.object(o.quadrants, `${path}.quadrants`) ?? {};
  const display = v.object(o.display, `${path}.display`) ?? {};
  const gaps = v.object(o.gapSettings, `${path}.gapSettings`) ?? {};
  const items = (v.array(o.items, `${path}.items`, maxItems) ?? []).map((item, i) => readItem(v, item, `${path}.items[${i}]`));
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) v.fail(`${path}.items[${i}].id`, `"${item.id}" appears twice`);
    ids.add(item.id);
  });
  return {
    id: readId(v, o.id, `${path}.id`),
    title: v.string(o.title, `${path}.title`, maxLabelLength, false),
    axes: { x: readAxis(v, axes.x, `${path}.axes.x`), y: readAxis(v, axes.y, `${path}.axes.y`) },
    quadrants: Object.fromEntries(quadrants.map((k) => [k, v.string(q[k], `${path}.quadrants.${k}`, maxLabelLength)])) as Record<Quadrant, string>,
    bands: (v.array(o.bands, `${path}.bands`, 12) ?? []).map((band, i) => v.string(band, `${path}.bands[${i}]`, maxLabelLength)),
    display: {
      showBands: v.boolean(display.showBands, `${path}.display.showBands`),
      showProducts: v.boolean(display.showProducts, `${path}.display.showProducts`),
      showPersonas: v.boolean(display.showPersonas, `${path}.display.showPersonas`),
      showZones: v.boolean(display.showZones, `${path}.display.showZones`),
    },
    items,
    pinnedZones: (v.array(o.pinnedZones, `${path}.pinnedZones`, 100) ?? []).map((zone, i) => readZone(v, zone, `${path}.pinnedZones[${i}]`)),
    gapSettings: {
      coverage: v.number(gaps.coverage, `${path}.gapSettings.coverage`, 0, 1, { minExclusive: true }),
      threshold: v.number(gaps.threshold, `${path}.gapSettings.threshold`, 0, 1, { minExclusive: true }),
      maxZones: v.integer(gaps.maxZones, `${path}.gapSettings.maxZones`, 0, 10),
    },
    createdAt: v.string(o.createdAt, `${path}.createdAt`, 40),
    updatedAt: v.string(o.updatedAt, `${path}.updatedAt`, 40),
  };
}
