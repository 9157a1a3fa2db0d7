import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { boardDoc, itemFields, labels, updateOn } from '../test/boards';
import { documentState, rowDigest } from './documentState';

describe('documentState', () => {
  it('takes in what the row holds that the document lacks, and writes the document', () => {
    const live = boardDoc();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));
    Y.applyUpdate(other, updateOn(other, ({ items }) => items.set('item:other', itemFields({ label: 'From the other instance' }))));
    const written = documentState(live, Y.encodeStateAsUpdate(other));
    expect(labels(live)).toContain('From the other instance');
    expect(written).toEqual(Y.encodeStateAsUpdate(live));
  });

  it('does not read a row that is still the one it last wrote (its digest)', () => {
    const live = boardDoc();
    const row = Y.encodeStateAsUpdate(updateDocWith('item:x'));
    documentState(live, row, rowDigest(row));
    expect(labels(live)).not.toContain('X');
    documentState(live, row, 'another digest');
    expect(labels(live)).toContain('X');
  });
});

function updateDocWith(id: string): Y.Doc {
  const doc = boardDoc();
  Y.applyUpdate(doc, updateOn(doc, ({ items }) => items.set(id, itemFields({ label: 'X' }))));
  return doc;
}
