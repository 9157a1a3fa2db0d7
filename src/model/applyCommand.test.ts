import { describe, expect, it } from 'vitest';
import { applyCommand } from './applyCommand';
import { CommandError } from './CommandError';
import { createBlankBoard, createItem } from './board';
import { mapPoint } from './mapPoint';
import { testBoard } from './testBoard';
import { isGuessed, notPlacedTag } from './guessedPosition';

const item = (board: ReturnType<typeof testBoard>, id: string) => board.items.find((i) => i.id === id)!;

describe('applyCommand', () => {
  it('addItems appends items and clamps their positions into the unit square', () => {
    const board = testBoard();
    const added = createItem('product', 'Delta', { x: 1.4, y: -2 } as never);
    const { board: next, patches } = applyCommand(board, { type: 'addItems', items: [added] });
    expect(next.items).toHaveLength(4);
    expect(next.items[3]!.position).toEqual({ x: 1, y: 0 });
    expect(patches.length).toBeGreaterThan(0);
  });

  it('replaceItems replaces items whole, in place, by id; an unknown id or a bad item changes nothing', () => {
    const board = testBoard();
    const [first, second] = board.items;
    const changed = { ...first!, kind: 'persona' as const, label: 'Read again', weight: 3, reach: 0.2 };
    const { board: next } = applyCommand(board, { type: 'replaceItems', items: [changed] });
    expect(next.items[0]).toEqual(changed);
    expect(next.items[1]).toBe(board.items[1]);
    expect(() => applyCommand(board, { type: 'replaceItems', items: [changed, { ...second!, id: 'item:nope' }] })).toThrow(/No item with id item:nope/);
    expect(() => applyCommand(board, { type: 'replaceItems', items: [{ ...first!, label: '' }] })).toThrow();
  });

  it('addItems refuses an empty label and a duplicate id, changing nothing', () => {
    const board = testBoard();
    expect(() => applyCommand(board, { type: 'addItems', items: [createItem('product', '   ', null)] })).toThrow(CommandError);
    expect(() => applyCommand(board, { type: 'addItems', items: [{ ...createItem('product', 'X', null), id: 'item:alpha' }] })).toThrow(/already/);
    expect(board.items).toHaveLength(3);
  });

  it('moveItem and addItems refuse a position that is not a finite number instead of putting it at 0', () => {
    const board = testBoard();
    const before = item(board, 'item:alpha').position;
    expect(() => applyCommand(board, { type: 'moveItem', id: 'item:alpha', position: { x: Number.NaN, y: 0.5 } as never })).toThrow(/finite/);
    expect(() => applyCommand(board, { type: 'addItems', items: [createItem('product', 'Nowhere', { x: 0.5, y: Number.POSITIVE_INFINITY } as never)] })).toThrow(CommandError);
    expect(item(board, 'item:alpha').position).toBe(before);
    expect(board.items).toHaveLength(3);
  });

  it('updateItem edits label, colour, notes, weight and reach', () => {
    const { board } = applyCommand(testBoard(), {
      type: 'updateItem',
      id: 'item:gamma',
      changes: { label: ' Renamed ', colour: '#ABCDEF', notes: 'n', weight: 2.5, reach: 0.2 },
    });
    expect(item(board, 'item:gamma')).toMatchObject({ label: 'Renamed', colour: '#abcdef', notes: 'n', weight: 2.5, reach: 0.2 });
  });

  it('updateItem refuses NaN weight, negative weight, a reach on a product and a bad colour', () => {
    const board = testBoard();
    expect(() => applyCommand(board, { type: 'updateItem', id: 'item:alpha', changes: { weight: Number.NaN } })).toThrow(/Weight/);
    expect(() => applyCommand(board, { type: 'updateItem', id: 'item:alpha', changes: { weight: -1 } })).toThrow(/Weight/);
    expect(() => applyCommand(board, { type: 'updateItem', id: 'item:alpha', changes: { reach: 0.2 } })).toThrow(/persona/);
    expect(() => applyCommand(board, { type: 'updateItem', id: 'item:alpha', changes: { colour: 'red' } })).toThrow(/Colour/);
    expect(() => applyCommand(board, { type: 'updateItem', id: 'item:gamma', changes: { reach: 0 } })).toThrow(/Reach/);
    expect(() => applyCommand(board, { type: 'updateItem', id: 'item:nope', changes: { label: 'x' } })).toThrow(/No item/);
  });

  it('moveItem clamps to the square and is a no-op when the item does not move', () => {
    const board = testBoard();
    const moved = applyCommand(board, { type: 'moveItem', id: 'item:alpha', position: { x: 2, y: 0.5 } as never });
    expect(item(moved.board, 'item:alpha').position).toEqual({ x: 1, y: 0.5 });
    const same = applyCommand(board, { type: 'moveItem', id: 'item:alpha', position: mapPoint(0.2, 0.3) });
    expect(same.patches).toEqual([]);
  });

  it('deleteItems removes the named items only', () => {
    const { board } = applyCommand(testBoard(), { type: 'deleteItems', ids: ['item:alpha', 'item:gamma'] });
    expect(board.items.map((i) => i.id)).toEqual(['item:beta']);
  });

  it('edits the title, axis words, quadrant and band labels', () => {
    let board = testBoard();
    board = applyCommand(board, { type: 'setTitle', title: 'Tea' }).board;
    board = applyCommand(board, { type: 'setAxisLabel', axis: 'x', field: 'max', text: 'Hands-on' }).board;
    board = applyCommand(board, { type: 'setQuadrantLabel', quadrant: 'topRight', text: 'Magic' }).board;
    board = applyCommand(board, { type: 'setBandLabel', index: 4, text: 'Meaning' }).board;
    expect(board.title).toBe('Tea');
    expect(board.axes.x.max).toBe('Hands-on');
    expect(board.quadrants.topRight).toBe('Magic');
    expect(board.bands[4]).toBe('Meaning');
    expect(() => applyCommand(board, { type: 'setTitle', title: ' ' })).toThrow(CommandError);
    expect(() => applyCommand(board, { type: 'setBandLabel', index: 9, text: 'x' })).toThrow(CommandError);
  });

  it('setGapSettings accepts valid settings and refuses invalid ones', () => {
    const board = applyCommand(testBoard(), { type: 'setGapSettings', changes: { coverage: 0.2, threshold: 0.4, maxZones: 5 } }).board;
    expect(board.gapSettings).toEqual({ coverage: 0.2, threshold: 0.4, maxZones: 5 });
    expect(() => applyCommand(board, { type: 'setGapSettings', changes: { coverage: 0 } })).toThrow();
    expect(() => applyCommand(board, { type: 'setGapSettings', changes: { threshold: 1.5 } })).toThrow();
    expect(() => applyCommand(board, { type: 'setGapSettings', changes: { maxZones: 2.5 } })).toThrow();
  });

  it('setDisplay toggles a layer', () => {
    const { board } = applyCommand(testBoard(), { type: 'setDisplay', changes: { showPersonas: false, showBands: true } });
    expect(board.display).toMatchObject({ showPersonas: false, showBands: true });
  });

  it('pinZone and unpinZone add and remove an annotation', () => {
    const zone = { id: 'zone:z1', label: 'Zone 1', position: mapPoint(0.4, 0.4), index: 100, note: '', pinnedAt: '2026-01-01' };
    const pinned = applyCommand(testBoard(), { type: 'pinZone', zone }).board;
    expect(pinned.pinnedZones).toHaveLength(1);
    expect(() => applyCommand(pinned, { type: 'pinZone', zone })).toThrow(/already/);
    expect(applyCommand(pinned, { type: 'unpinZone', id: 'zone:z1' }).board.pinnedZones).toEqual([]);
    expect(() => applyCommand(pinned, { type: 'unpinZone', id: 'zone:none' })).toThrow(CommandError);
  });

  it('moveItems with guessed positions marks the items "not placed by anyone"; any later move clears the mark', () => {
    const board = testBoard();
    const guessed = applyCommand(board, { type: 'moveItems', moves: [{ id: 'item:alpha', position: mapPoint(0.3, 0.3) }], guessed: true }).board;
    expect(item(guessed, 'item:alpha').tags).toContain(notPlacedTag);
    expect(isGuessed(item(guessed, 'item:alpha'))).toBe(true);
    const moved = applyCommand(guessed, { type: 'moveItem', id: 'item:alpha', position: mapPoint(0.4, 0.3) }).board;
    expect(item(moved, 'item:alpha').tags).not.toContain(notPlacedTag);
    // Back to the tray: no mark either.
    const back = applyCommand(guessed, { type: 'moveItems', moves: [{ id: 'item:alpha', position: null }], guessed: true }).board;
    expect(item(back, 'item:alpha').tags).not.toContain(notPlacedTag);
  });

  it('moveItems moves several items as one change, and refuses the lot when one id is unknown', () => {
    const board = testBoard();
    const moved = applyCommand(board, { type: 'moveItems', moves: [{ id: 'item:alpha', position: mapPoint(0.9, 0.9) }, { id: 'item:beta', position: null }] });
    expect(moved.board.items.find((i) => i.id === 'item:alpha')!.position).toEqual({ x: 0.9, y: 0.9 });
    expect(moved.board.items.find((i) => i.id === 'item:beta')!.position).toBeNull();
    expect(() => applyCommand(board, { type: 'moveItems', moves: [{ id: 'item:alpha', position: mapPoint(0.9, 0.9) }, { id: 'item:nope', position: null }] })).toThrow(CommandError);
  });
});
