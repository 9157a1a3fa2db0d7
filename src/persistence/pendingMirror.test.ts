// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { laterPending, pendingMirror } from './pendingMirror';
import type { PendingEdit } from './boardRepository';

const edit = (savedAt: string, base = 3): PendingEdit => ({ boardId: 'board:one', base, savedAt, writer: 'tab:a', document: { format: 'pa-map/board', version: 2, board: {} } });

describe('the mirror of edits kept as a page goes away', () => {
  afterEach(() => localStorage.clear());

  it('keeps a pending edit synchronously and gives it back for its board only', () => {
    pendingMirror.write(edit('2026-11-29T10:00:00.000Z'));
    expect(pendingMirror.read('board:one')).toEqual(edit('2026-11-29T10:00:00.000Z'));
    expect(pendingMirror.read('board:two')).toBeUndefined();
    expect(pendingMirror.boardIds()).toEqual(['board:one']);
    pendingMirror.remove('board:one');
    expect(pendingMirror.read('board:one')).toBeUndefined();
  });

  it('ignores what is not a pending edit', () => {
    localStorage.setItem(pendingMirror.key('board:one'), '{"boardId":"board:one","base":"7"}');
    expect(pendingMirror.read('board:one')).toBeUndefined();
    localStorage.setItem(pendingMirror.key('board:one'), 'not json');
    expect(pendingMirror.read('board:one')).toBeUndefined();
  });

  it('of two copies, the later one wins', () => {
    const early = edit('2026-11-29T10:00:00.000Z');
    const late = edit('2026-11-29T10:00:01.000Z', 4);
    expect(laterPending(early, late)).toBe(late);
    expect(laterPending(late, early)).toBe(late);
    expect(laterPending(undefined, early)).toBe(early);
    expect(laterPending(early, undefined)).toBe(early);
  });
});
