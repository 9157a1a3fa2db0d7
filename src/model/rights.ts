import type { Board } from './types';
import type { Command } from './commands';
import type { Change } from './changes';


/**
 * Who is acting: on a shared board, the role the connection's token carries (the server
 * decides it, never the client); on a board of this browser only, its owner, a facilitator.
 */
export type Actor = 'facilitator' | 'participant' | 'viewer';

/** A link's role as the rights rule book names its holder. */
export const actorOf = (role: Role): Actor => (role === 'facilitator' ? 'facilitator' : role === 'edit' ? 'participant' : 'viewer');

/** What a shared board's link lets its holder do: run the room, edit the board, or watch it. */
export type Role = 'facilitator' | 'edit' | 'view';
export const roles: readonly Role[] = ['facilitator', 'edit', 'view'];

/** What a room lets only its facilitators do, beside changing the board. */
export type RoomAction = 'deleteRoom' | 'lead' | 'lock' | 'replaceLinks';

/** What a change touches: the items it creates, changes or removes, and whether it sets a lock or anything board-wide. */
export interface Touches {
  readonly items: Iterable<string>;
  /** It sets or clears a lock (the board's, or an item's). */
  readonly locks: boolean;
}

/** The locks a change is judged against: the board as it was before the change. */
export interface Locks {
  readonly board: boolean;
  isLocked(id: string): boolean;
}

export const viewerReason = 'This is a view-only link: the board can be watched here, not changed. Ask for the edit link to change it.';
export const boardLockedReason = 'The facilitator has locked the board: it can be watched, not changed, until they unlock it.';
export const facilitatorOnlyReason = 'Only the facilitator can do this.';
/** An item's name as a message quotes it: at most 40 characters. */
export const quoted = (label: string) => `“${label.length > 40 ? `${label.slice(0, 39)}…` : label}”`;
export const itemLockedReason = (label: string) => `${quoted(label)} is locked by the facilitator: it stays where it is.`;

/** Whether `actor` may take a room action (delete for everyone, lead, lock, replace links). */
export function mayAct(actor: Actor, _action: RoomAction): boolean {
  return actor === 'facilitator';
}

/**
 * Why `actor` may not make a change that touches `touches`, or null when it may. The one rule
 * book for rights: the document asks it before a command, the sync server before an update,
 * with the role the connection's token carries.
 */
export function refusal(actor: Actor, locks: Locks, touches: Touches, label: (id: string) => string = (id) => id): string | null {
  if (actor === 'facilitator') return null;
  if (actor === 'viewer') return viewerReason;
  if (touches.locks) return facilitatorOnlyReason;
  if (locks.board) return boardLockedReason;
  for (const id of touches.items) if (locks.isLocked(id)) return itemLockedReason(label(id));
  return null;
}

/** The locks of a board as it is. */
export function locksOf(board: Board): Locks {
  let locked: ReadonlySet<string> | null = null;
  return {
    board: board.locked,
    isLocked(id) {
      locked ??= new Set(board.items.filter((item) => item.locked).map((item) => item.id));
      return locked.has(id);
    },
  };
}

/** What a command touches, by name: the items it names, and whether it sets a lock. */
export function commandTouches(command: Command): Touches {
  switch (command.type) {
    case 'addItems':
      return { items: [], locks: command.items.some((item) => item.locked) };
    case 'updateItem':
    case 'moveItem':
      return { items: [command.id], locks: false };
    case 'moveItems':
      return { items: command.moves.map((move) => move.id), locks: false };
    case 'deleteItems':
    case 'updateItems':
      return { items: command.ids, locks: false };
    case 'replaceItems':
      return { items: command.items.map((item) => item.id), locks: command.items.some((item) => item.locked) };
    case 'lockBoard':
      return { items: [], locks: true };
    case 'lockItems':
      return { items: command.ids, locks: true };
    default:
      return { items: [], locks: false };
  }
}

/** Why `actor` may not run `command` on `board`, or null when it may. */
export function commandRefusal(actor: Actor, board: Board, command: Command): string | null {
  const byId = () => new Map(board.items.map((item) => [item.id, item.label]));
  let labels: Map<string, string> | null = null;
  return refusal(actor, locksOf(board), commandTouches(command), (id) => (labels ??= byId()).get(id) ?? id);
}

/** What id-keyed changes touch (an undo or redo step): the items they name, and whether they set a lock. */
export function changesTouch(changes: readonly Change[]): Touches {
  const items = new Set<string>();
  let locks = false;
  for (const change of changes) {
    if (change.op === 'setItem') {
      items.add(change.id);
      locks ||= change.field === 'locked';
    } else if (change.op === 'insertItem' || change.op === 'removeItem') {
      items.add(change.item.id);
      // Putting back a locked item sets a lock; removing one is a change to a locked item.
      locks ||= change.op === 'insertItem' && change.item.locked;
    } else if (change.op === 'setBoard') locks ||= change.path[0] === 'locked';
  }
  return { items, locks };
}
