import fc from 'fast-check';
import type { Board, Item, MapPoint, MapUnit, Note, PinnedZone } from '../model/types';
import { createBlankBoard } from '../model/board';
import { cleanText } from '../model/cleanText';
import { limits } from '../model/rules';

/** Test support: any valid board, markup, spreadsheet-formula and hostile-character text included. */

const unit = fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (v || 0) as MapUnit);
const point: fc.Arbitrary<MapPoint> = fc.record({ x: unit, y: unit });
const rawText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength, unit: 'binary' }),
    fc.string({ maxLength }),
    fc.constantFrom('<script>alert(1)</script>', '" onload="x', "'=SUM(A1)", '=1+1', 'a,b;"c"\n\td', 'Ünïcødé ☕', 'nul\u0000\u001f\ufffe\ud800!'),
  );
/** Text as every reader and command leaves it: the rule book's characters only. */
const text = (maxLength: number) => rawText(maxLength).map((s) => cleanText(s, 'text').text);
const label = rawText(200).map((s) => cleanText(s, 'label').text.trim()).filter((s) => s.length > 0 && s.length <= 200);
const id = (prefix: string) => fc.stringMatching(/^[a-z0-9]{1,12}$/).map((s) => `${prefix}:${s}`);
const colour = fc.stringMatching(/^#[0-9a-f]{6}$/);

/** Key attractors as a command keeps them: non-blank, no repeats ignoring case. */
const attractors = fc.uniqueArray(label.map((s) => s.slice(0, limits.attractor).trim()).filter((s) => s !== ''), { maxLength: 3, selector: (s) => s.toLowerCase() });

const item: fc.Arbitrary<Omit<Item, 'id'>> = fc.oneof(
  fc.record({
    kind: fc.constant('product' as const),
    label,
    position: fc.option(point, { nil: null }),
    colour,
    notes: text(300),
    tags: fc.array(label.map((s) => s.slice(0, 20).trim()), { maxLength: 3 }),
    attractors,
    weight: fc.double({ min: 0, max: 1000, noNaN: true }).map((v) => v || 0),
    reach: fc.constant(null),
    locked: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('persona' as const),
    label,
    position: fc.option(point, { nil: null }),
    colour,
    notes: text(300),
    tags: fc.array(label.map((s) => s.slice(0, 20).trim()), { maxLength: 3 }),
    attractors,
    weight: fc.double({ min: 0, max: 1000, noNaN: true }).map((v) => v || 0),
    reach: fc.double({ min: 1e-6, max: 1, noNaN: true }),
    locked: fc.boolean(),
  }),
);

/** A note as a command keeps it: text at most 500 characters, offsets in [−1, 1], attached to nothing or to item 0. */
const note: fc.Arbitrary<Omit<Note, 'id'>> = fc.record({
  text: text(500),
  position: point,
  attachedTo: fc.constant(null),
  offset: fc.record({ dx: fc.double({ min: -1, max: 1, noNaN: true }).map((v) => v || 0), dy: fc.double({ min: -1, max: 1, noNaN: true }).map((v) => v || 0) }),
  author: label.map((s) => s.slice(0, 40).trim()),
  createdAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
});

const zone: fc.Arbitrary<Omit<PinnedZone, 'id'>> = fc.record({
  label,
  position: point,
  index: fc.integer({ min: 0, max: 100 }),
  note: text(100),
  pinnedAt: fc.constant('2026-01-01T00:00:00.000Z'),
});

export const arbitraryBoard: fc.Arbitrary<Board> = fc
  .record({
    id: id('board'),
    title: label,
    items: fc.array(item, { maxLength: 12 }),
    zones: fc.array(zone, { maxLength: 2 }),
    notes: fc.array(note, { maxLength: 3 }),
    showZones: fc.boolean(),
    locked: fc.boolean(),
    coverage: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .map(({ id: boardId, title, items, zones, notes, showZones, locked, coverage }) => {
    const blank = createBlankBoard('2026-01-01T00:00:00.000Z', title);
    return {
      ...blank,
      id: boardId,
      locked,
      display: { ...blank.display, showZones, showWhiteSpace: !showZones },
      gapSettings: { ...blank.gapSettings, coverage },
      items: items.map((fields, i) => ({ ...fields, id: `item:i${i}` })),
      pinnedZones: zones.map((fields, i) => ({ ...fields, id: `zone:z${i}` })),
      // Sorted as a shared board reads them: by createdAt, then id.
      notes: notes.map((fields, i) => ({ ...fields, id: `note:n${i}` })).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1)),
    };
  });
