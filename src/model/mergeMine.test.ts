import { describe, expect, it } from 'vitest';
import { describeReplaced, mergeMine } from './mergeMine';
import { execute, openDocument } from './history';
import { testBoard } from './testBoard';
import { mapPoint } from './mapPoint';
import { createItem } from './board';
import type { Board } from './types';
import type { Command } from './commands';

const run = (board: Board, ...commands: Command[]) => commands.reduce((doc, c) => execute(doc, c), openDocument(board)).board;
const item = (board: Board, id: string) => board.items.find((i) => i.id === id);

describe('Keep mine after a conflict', () => {
  const base = testBoard();

  it('lays my changes over theirs item by item: both sides\' edits to different items and fields stay', () => {
    const added = createItem('product', 'Theirs, new', mapPoint(0.3, 0.3));
    const theirs = run(base, { type: 'updateItem', id: 'item:beta', changes: { label: 'Beta (theirs)' } }, { type: 'addItems', items: [added] });
    const mine = run(base, { type: 'moveItem', id: 'item:alpha', position: mapPoint(0.9, 0.9) }, { type: 'updateItem', id: 'item:beta', changes: { notes: 'mine' } });
    const { board, replaced } = mergeMine(base, mine, theirs);
    expect(item(board, 'item:alpha')!.position).toEqual(mapPoint(0.9, 0.9));
    expect(item(board, 'item:beta')).toMatchObject({ label: 'Beta (theirs)', notes: 'mine' });
    expect(item(board, added.id)).toBeDefined();
    expect(replaced).toEqual([]);
  });

  it('a field both changed takes mine, and is listed for the other side', () => {
    const theirs = run(base, { type: 'updateItem', id: 'item:beta', changes: { label: 'Theirs' } });
    const mine = run(base, { type: 'updateItem', id: 'item:beta', changes: { label: 'Mine' } });
    const { board, replaced } = mergeMine(base, mine, theirs);
    expect(item(board, 'item:beta')!.label).toBe('Mine');
    expect(replaced).toEqual([{ itemLabel: 'Theirs', field: 'label' }]);
    expect(describeReplaced(replaced)).toBe('Your change to “Theirs”\'s name was replaced by another tab\'s ("Keep mine" there).');
  });

  it('an item I deleted that they changed since stays, as they left it', () => {
    const theirs = run(base, { type: 'updateItem', id: 'item:gamma', changes: { label: 'Kept' } });
    const mine = run(base, { type: 'deleteItems', ids: ['item:gamma'] });
    expect(item(mergeMine(base, mine, theirs).board, 'item:gamma')!.label).toBe('Kept');
  });
});
