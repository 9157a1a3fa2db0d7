import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { boardTypes } from '../../src/collab/boardYDoc';
import { boardDoc, itemFields } from '../test/boards';
import { readNewBoard } from './readNewBoard';

/** A new room's first state: the test board with `edit` made to it. */
function newBoard(edit: (types: ReturnType<typeof boardTypes>) => void = () => undefined): Uint8Array {
  const doc = boardDoc();
  doc.transact(() => edit(boardTypes(doc)));
  return Y.encodeStateAsUpdate(doc);
}

describe('readNewBoard (a room’s first state is a write)', () => {
  it('takes a board as the app writes it', () => {
    expect(readNewBoard(newBoard())).toMatchObject({ ok: true });
  });

  it('refuses an unknown field, a label longer than the editor takes, and a ghost order entry', () => {
    const refusals = [
      newBoard(({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('junk', 'x'.repeat(100_000))),
      newBoard(({ items }) => items.set('item:long', itemFields({ label: 'L'.repeat(201) }))),
      newBoard(({ meta }) => meta.set('junk', 1)),
      newBoard(({ order }) => order.push(['item:ghost'])),
    ].map((update) => readNewBoard(update));
    expect(refusals.map((read) => read.ok)).toEqual([false, false, false, false]);
    expect(refusals.map((read) => (read.ok ? '' : read.error)).join('\n')).toMatch(/no item \(item:ghost\)/);
  });
});
