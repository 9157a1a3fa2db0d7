import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { pendingBytes, takePending } from './pendingChanges';

/** A document that lacks its first change, given the second (which depends on it) and a delete of the first. */
function lacking() {
  const source = new Y.Doc();
  source.getMap('m').set('a', 'first');
  const first = Y.encodeStateAsUpdate(source);
  const before = Y.encodeStateVector(source);
  source.getMap('m').set('b', 'second');
  source.getMap('m').delete('a');
  const second = Y.encodeStateAsUpdate(source, before);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, second);
  return { doc, first, source };
}

describe('pendingChanges (Yjs’s private pending structs and delete set)', () => {
  it('pendingBytes sees structs and deletes that wait for a change the document lacks; Yjs still writes them into the state', () => {
    const { doc } = lacking();
    expect(doc.getMap('m').size).toBe(0);
    expect(pendingBytes(doc)).toBeGreaterThan(0);
    const leaked = new Y.Doc();
    Y.applyUpdate(leaked, Y.encodeStateAsUpdate(doc));
    expect(pendingBytes(leaked)).toBeGreaterThan(0);
  });

  it('takePending empties them: the state no longer carries them, and applying what it took puts them back to join later', () => {
    const { doc, first, source } = lacking();
    const taken = takePending(doc);
    expect(taken).not.toBeNull();
    expect(pendingBytes(doc)).toBe(0);
    expect(takePending(doc)).toBeNull();
    const clean = new Y.Doc();
    Y.applyUpdate(clean, Y.encodeStateAsUpdate(doc));
    expect(pendingBytes(clean)).toBe(0);
    Y.applyUpdateV2(doc, taken!);
    Y.applyUpdate(doc, first);
    expect(pendingBytes(doc)).toBe(0);
    expect(doc.getMap('m').toJSON()).toEqual(source.getMap('m').toJSON());
  });
});
