import { roles, secretPattern, type RoomLink } from '../collab/protocol';

/** A shared board this browser has opened: its link (room and token), as listed under Boards. */
export interface SharedBoardEntry extends RoomLink {
  readonly title: string;
  /** The view-only token, when known (the sharer, or an edit link's welcome). */
  readonly viewToken?: string;
  /** The edit token, when known (a facilitator's device). */
  readonly editToken?: string;
  /** ISO 8601: when it was last opened here. */
  readonly openedAt: string;
}

const key = 'pa-map:shared-boards';

function isEntry(value: unknown): value is SharedBoardEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.room === 'string' && secretPattern.test(entry.room) &&
    roles.includes(entry.role as RoomLink['role']) &&
    typeof entry.token === 'string' && secretPattern.test(entry.token) &&
    [entry.viewToken, entry.editToken].every((token) => token === undefined || (typeof token === 'string' && secretPattern.test(token))) &&
    typeof entry.title === 'string' && typeof entry.openedAt === 'string'
  );
}

function write(entries: readonly SharedBoardEntry[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(entries));
  } catch {
    // Storage off or full: the list is a convenience; the link itself still opens the board.
  }
}

/**
 * The shared boards listed under Boards, in Web Storage (a few links, read synchronously):
 * newest first. The boards themselves live on the server and in each room's IndexedDB copy.
 */
export const sharedBoards = {
  list(): SharedBoardEntry[] {
    try {
      const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(value) ? value.filter(isEntry).sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1)) : [];
    } catch {
      return [];
    }
  },

  find(room: string): SharedBoardEntry | undefined {
    return this.list().find((entry) => entry.room === room);
  },

  /** Adds or updates a room's entry; a link is never replaced by one with fewer rights (facilitator › edit › view). */
  remember(entry: SharedBoardEntry): void {
    const others = this.list().filter((known) => known.room !== entry.room);
    const known = this.find(entry.room);
    const kept = known && roles.indexOf(known.role) < roles.indexOf(entry.role) ? { ...entry, role: known.role, token: known.token } : entry;
    write([{ ...kept, viewToken: entry.viewToken ?? known?.viewToken, editToken: entry.editToken ?? known?.editToken }, ...others]);
  },

  /** The link this browser opens the room with, replaced whatever its rights (the facilitator replaced the edit link). */
  relink(link: RoomLink, change: Partial<Pick<SharedBoardEntry, 'viewToken' | 'editToken'>> = {}): void {
    write(this.list().map((entry) => (entry.room === link.room ? { ...entry, ...change, role: link.role, token: link.token } : entry)));
  },

  update(room: string, change: Partial<Pick<SharedBoardEntry, 'title' | 'viewToken' | 'editToken'>>): void {
    write(this.list().map((entry) => (entry.room === room ? { ...entry, ...change } : entry)));
  },

  forget(room: string): void {
    write(this.list().filter((entry) => entry.room !== room));
  },
};
