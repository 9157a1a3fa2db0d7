import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDocument, toDocument } from './parseDocument';
import { migrate, type Migration } from './migrations';
import { currentVersion } from './format';
import { testBoard } from '../model/testBoard';
import { createSampleBoard } from '../model/sampleBoard';

const fixture = (version: number) => JSON.parse(readFileSync(new URL(`./fixtures/v${version}.json`, import.meta.url), 'utf8'));
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('parseDocument', () => {
  it('reads the frozen version-1 fixture, pinned zones and unplaced items included', () => {
    const result = parseDocument(fixture(1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.id).toBe('board:fixture1');
    expect(result.board.pinnedZones[0]!.label).toBe('Zone 1');
    expect(result.board.items.find((item) => item.id === 'item:tray')!.position).toBeNull();
  });

  it('migrates version 1 to 2: white space gets its own toggle, on; a pinned "Zone N: X" becomes "X"', () => {
    const doc = fixture(1);
    doc.board.pinnedZones[0].label = 'Zone 3: Remote workers';
    const result = parseDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.display.showWhiteSpace).toBe(true);
    expect(result.board.pinnedZones[0]!.label).toBe('Remote workers');
    // Everything else arrives as it was.
    expect(result.board.items.map((item) => item.id)).toEqual(doc.board.items.map((item: { id: string }) => item.id));
  });

  it('reads the frozen version-2 fixture', () => {
    const result = parseDocument(fixture(2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.id).toBe('board:fixture2');
    expect(result.board.display.showWhiteSpace).toBe(false);
    expect(result.board.pinnedZones[0]!.label).toBe('Coffee hobbyists');
  });

  it('reads the frozen version-2 fixture with no key attractors, and the version-3 fixture with them', () => {
    const two = parseDocument(fixture(2));
    expect(two.ok && two.board.items.every((item) => item.attractors.length === 0)).toBe(true);
    const three = parseDocument(fixture(3));
    expect(three.ok).toBe(true);
    if (!three.ok) return;
    expect(three.board.items.filter((item) => item.kind === 'persona').map((item) => item.attractors)).toContainEqual(['ritual', 'craft']);
  });

  it('version 3 → 4: nothing is locked; the version-4 fixture keeps its locked item and unlocked board', () => {
    const three = parseDocument(fixture(3));
    expect(three.ok && [three.board.locked, ...three.board.items.map((item) => item.locked)].every((locked) => locked === false)).toBe(true);
    const four = parseDocument(fixture(4));
    expect(four.ok && four.board.locked).toBe(false);
    expect(four.ok && four.board.items.filter((item) => item.locked).map((item) => item.label)).toEqual(['Alpha']);
    expect(three.ok && [three.board.notes, three.board.display.showNotes]).toEqual([[], true]);
    expect(four.ok && four.board.notes.map((note) => [note.text, note.attachedTo !== null, note.author])).toEqual([
      ['Why is nobody here?\nAsk the room.', false, ''],
      ['Too expensive for students', true, 'Ana'],
    ]);
  });

  it('refuses a note with no text field, a second note with the same id, an offset past the map; flags text over 500', () => {
    const doc = fixture(4);
    const withNotes = (notes: unknown) => parseDocument({ ...doc, board: { ...doc.board, notes } });
    const note = doc.board.notes[0];
    expect(withNotes([{ ...note, text: undefined }]).ok).toBe(false);
    expect(withNotes([note, note]).ok).toBe(false);
    expect(withNotes([{ ...note, offset: { dx: 2, dy: 0 } }]).ok).toBe(false);
    const long = withNotes([{ ...note, text: 'x'.repeat(501) }]);
    expect(long.ok && long.flags).toEqual([expect.stringMatching(/notes\[0\]\.text: 501 characters, over the 500 an edit takes/)]);
    expect(parseDocument({ ...doc, board: { ...doc.board, notes: [{ ...note, text: 'x'.repeat(501) }] } }, 'strict').ok).toBe(false);
  });

  it('version 4 → 5: no evidence, the latest wave for everyone, uncertainty shown; the version-5 fixture keeps its evidence', () => {
    const four = parseDocument(fixture(4));
    expect(four.ok && [four.board.evidence, four.board.evidenceView, four.board.display.showUncertainty]).toEqual([[], { wave: '', lens: '' }, true]);
    const five = parseDocument(fixture(5));
    expect(five.ok && five.board.evidenceView).toEqual({ wave: '2026', lens: '' });
    expect(five.ok && five.board.evidence.map((e) => [e.itemId, e.study, e.cells.map((c) => [c.wave, c.segment, c.n, c.names.length])])).toEqual([
      ['item:alpha', 'coffee-2026.csv', [['2025', '', 12, 0], ['2026', '', 14, 0], ['2026', 'Young families', 6, 0]]],
      ['item:alpha', 'Where does each sit for you?', [['Round 1', '', 4, 4]]],
    ]);
  });

  it('refuses evidence whose covariance is not one, whose cell repeats, or whose bootstrap is not pairs on the map', () => {
    const doc = fixture(5);
    const record = doc.board.evidence[0];
    const withCells = (cells: unknown) => parseDocument({ ...doc, board: { ...doc.board, evidence: [{ ...record, cells }] } });
    const cell = record.cells[0];
    expect(withCells([cell]).ok).toBe(true);
    expect(withCells([{ ...cell, cov: [0.01, 0.5, 0.01] }]).ok).toBe(false);
    expect(withCells([cell, cell]).ok).toBe(false);
    expect(withCells([{ ...cell, boot: [0.1, 0.2, 0.3] }]).ok).toBe(false);
    expect(withCells([{ ...cell, boot: [0.1, 1.2] }]).ok).toBe(false);
    expect(withCells([{ ...cell, n: 2.5 }]).ok).toBe(false);
    expect(withCells([{ ...cell, points: [0.1, 0.2], names: ['Ana', 'Ben'] }]).ok).toBe(false);
    expect(withCells([{ ...cell, points: [0.1, 0.2], names: ['Ana'] }]).ok).toBe(true);
    expect(parseDocument({ ...doc, board: { ...doc.board, evidence: [{ ...record, secret: 1 }] } }, 'strict').ok).toBe(false);
  });

  it('refuses a lock that is not yes or no, on the board or an item', () => {
    const doc = fixture(4);
    expect(parseDocument({ ...doc, board: { ...doc.board, locked: 'yes' } }).ok).toBe(false);
    const item = parseDocument({ ...doc, board: { ...doc.board, items: [{ ...doc.board.items[0], locked: 1 }] } });
    expect(item.ok && item.skipped.length).toBe(1);
  });

  it('version 2 → 3: a concept the app placed (its colour and its note) is tagged as one; a product merely painted green is not; concepts are not counted', () => {
    const doc = fixture(2);
    const product = doc.board.items.find((item: { kind: string }) => item.kind === 'product');
    const placed = { ...product, id: 'item:placed', colour: '#00805E', notes: 'Concept placed in the zone of Remote workers.' };
    const painted = { ...product, id: 'item:painted', colour: '#00805e', notes: 'Our green one' };
    const result = parseDocument({ ...doc, board: { ...doc.board, items: [...doc.board.items, placed, painted] } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byId = new Map(result.board.items.map((item) => [item.id, item]));
    expect(byId.get('item:placed')!.tags).toContain('concept');
    expect(byId.get('item:painted')!.tags).not.toContain('concept');
    expect(result.board.display.countConcepts).toBe(false);
  });

  it('refuses a blank key attractor, one too many, or not a list; flags one over the length an edit takes', () => {
    const doc = fixture(3);
    const withAttractors = (attractors: unknown) => ({ ...doc, board: { ...doc.board, items: [{ ...doc.board.items[0], attractors }] } });
    for (const bad of [[''], Array.from({ length: 9 }, (_, i) => `a${i}`), 'ritual']) {
      const result = parseDocument(withAttractors(bad));
      expect(result.ok && result.skipped.length === 1).toBe(true);
    }
    const long = parseDocument(withAttractors(['x'.repeat(41)]));
    expect(long.ok && long.flags).toEqual([expect.stringMatching(/attractors\[0\]: 41 characters, over the 40 an edit takes/)]);
  });

  it('a version-1 file with a broken display or pinned list is refused by the reader, not crashed by the migration', () => {
    const doc = fixture(1);
    doc.board.display = 7;
    doc.board.pinnedZones = 'none';
    const result = parseDocument(doc);
    expect(result.ok).toBe(false);
  });

  it('round-trips every board this build writes', () => {
    for (const board of [testBoard(), createSampleBoard('2026-01-01T00:00:00.000Z')]) {
      const result = parseDocument(clone(toDocument(board)));
      expect(result).toEqual({ ok: true, board, skipped: [], flags: [], removed: 0 });
    }
  });

  it('refuses a file from a newer version with a clear message', () => {
    const doc = { ...fixture(1), version: currentVersion + 1 };
    const result = parseDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/newer P\/A Map/);
  });

  it('refuses something that is not a board', () => {
    for (const value of [null, 42, 'x', [], {}, { format: 'other', version: 1, board: {} }]) {
      expect(parseDocument(value).ok).toBe(false);
    }
  });

  it('names the field of every problem; a problem outside the items refuses the board', () => {
    const doc = fixture(1);
    doc.board.items[1].position.x = 1.5;
    doc.board.gapSettings.coverage = -1;
    const result = parseDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(['board.gapSettings.coverage: expected a number > 0 and ≤ 1, got -1']);
  });

  it('opens a stored board with bad items, leaving them out and naming each by its field', () => {
    const doc = fixture(1);
    const count = doc.board.items.length;
    doc.board.items[1].position.x = 1.5;
    doc.board.items[2].kind = 'robot';
    const result = parseDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.items).toHaveLength(count - 2);
    expect(result.skipped.map((s) => s.index)).toEqual([1, 2]);
    expect(result.skipped[0]!.errors).toEqual(['board.items[1].position.x: expected a number ≥ 0 and ≤ 1, got 1.5']);
    expect(result.skipped[1]!.errors[0]).toMatch(/^board\.items\[2\]\.kind:/);
  });

  it('leaves out an item with NaN coordinates from storage (structured clone keeps NaN)', () => {
    const doc = fixture(1);
    doc.board.items[0].position.y = Number.NaN;
    const result = parseDocument(doc);
    expect(result.ok && result.skipped[0]!.errors[0]).toMatch(/items\[0\]\.position\.y: expected a finite number, got NaN/);
  });

  it('opens text over a limit intact and flags it: a new limit never shortens stored data', () => {
    const doc = fixture(1);
    doc.board.items[0].notes = 'n'.repeat(12_000);
    doc.board.items[1].label = 'L'.repeat(250);
    const result = parseDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.items[0]!.notes).toHaveLength(12_000);
    expect(result.board.items[1]!.label).toHaveLength(250);
    expect(result.flags).toEqual([
      'board.items[0].notes: 12000 characters, over the 10000 an edit takes; kept as it is',
      'board.items[1].label: 250 characters, over the 200 an edit takes; kept as it is',
    ]);
  });

  it('removes control characters, U+FFFE/U+FFFF and lone surrogates from text, and counts them', () => {
    const doc = fixture(1);
    doc.board.items[0].label = 'Bad\u0000 \u0007label\ttab';
    doc.board.items[0].notes = 'line\none\r\nline two\ufffe\ud800';
    doc.board.title = 'Title\u001b';
    const result = parseDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.board.items[0]!.label).toBe('Bad label tab');
    expect(result.board.items[0]!.notes).toBe('line\none\nline two');
    expect(result.board.title).toBe('Title');
    expect(result.removed).toBe(5);
  });

  it('reads no prototype: a quadrant missing from the file is an error, not a word from Object.prototype', () => {
    const doc = fixture(1);
    delete doc.board.quadrants.topLeft;
    doc.board.axes = { y: doc.board.axes.y };
    const result = parseDocument(doc);
    expect(result.ok).toBe(false);
  });

  it('refuses prototype keys and deep nesting without touching Object.prototype', () => {
    const hostile = JSON.parse('{"format":"pa-map/board","version":1,"board":{"__proto__":{"polluted":true}}}');
    const result = parseDocument(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const nested = parseDocument({ ...fixture(1), extra: deep });
    expect(nested.ok).toBe(false);
  });

  it('leaves out the second of two items with one id', () => {
    const doc = fixture(1);
    doc.board.items[1].id = doc.board.items[0].id;
    const result = parseDocument(doc);
    expect(result.ok && result.skipped).toEqual([{ index: 1, errors: [`board.items[1].id: "${doc.board.items[0].id}" appears twice`] }]);
  });

  it('never throws and never returns half a board, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDocument(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('items', 'axes', 'display', 'gapSettings', 'title', 'pinnedZones'), (value, field) => {
        const doc = fixture(1);
        doc.board[field] = value;
        const result = parseDocument(doc);
        if (result.ok) expect(parseDocument(clone(toDocument(result.board)))).toEqual({ ...result, skipped: [], flags: [], removed: 0 });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('migrate', () => {
  const steps: Migration[] = [
    { from: 1, migrate: (board) => ({ ...board, renamed: board.old, old: undefined }) },
    { from: 2, migrate: (board) => ({ ...board, third: true }) },
  ];

  it('runs each step from the saved version up to the target, in order', () => {
    expect(migrate({ old: 'x' }, 1, 3, steps)).toEqual({ renamed: 'x', old: undefined, third: true });
    expect(migrate({ old: 'x' }, 2, 3, steps)).toEqual({ old: 'x', third: true });
  });

  it('is the identity at the current version', () => {
    const board = fixture(currentVersion).board;
    expect(migrate(board, currentVersion, currentVersion)).toBe(board);
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrate({}, 0, 1, steps)).toThrow(/No migration from version 0/);
  });
});
