import type { PendingEdit } from './boardRepository';

/**
 * A second copy of the edits written as a page goes away, in Web Storage: its write is
 * synchronous, so it is kept even when the page is torn down before IndexedDB commits the
 * same record (seen under load: about one reload in thirty). Best effort: a board too big
 * for Web Storage's quota, or storage turned off, leaves only the IndexedDB copy.
 */
export const pendingMirror = {
  key: (boardId: string) => `pa-map:pending:${boardId}`,

  write(pending: PendingEdit): void {
    try {
      localStorage.setItem(this.key(pending.boardId), JSON.stringify(pending));
    } catch {
      // Over quota or unavailable: the IndexedDB copy stands alone.
    }
  },

  read(boardId: string): PendingEdit | undefined {
    try {
      const raw = localStorage.getItem(this.key(boardId));
      const value: unknown = raw === null ? undefined : JSON.parse(raw);
      return isPending(value) && value.boardId === boardId ? value : undefined;
    } catch {
      return undefined;
    }
  },

  /** Board ids with a mirrored pending edit. */
  boardIds(): string[] {
    try {
      const prefix = this.key('');
      return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).flatMap((key) => (key?.startsWith(prefix) ? [key.slice(prefix.length)] : []));
    } catch {
      return [];
    }
  },

  remove(boardId: string): void {
    try {
      localStorage.removeItem(this.key(boardId));
    } catch {
      // Nothing to remove where there is no storage.
    }
  },
};

function isPending(value: unknown): value is PendingEdit {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.boardId === 'string' && typeof v.base === 'number' && typeof v.savedAt === 'string' && typeof v.document === 'object' && v.document !== null;
}

/** The later of two pending edits of one board (by when they were kept). */
export function laterPending(a: PendingEdit | undefined, b: PendingEdit | undefined): PendingEdit | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.savedAt > a.savedAt ? b : a;
}
