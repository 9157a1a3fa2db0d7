import * as Y from 'yjs';
import type { Board } from '../../model/types';
import { boardTypes } from '../boardYDoc';
import { itemFields, sameValue } from '../../model/changes';

/** What this device held when the server refused one of its updates: kept over the reload, to tell what was dropped. */
export interface DroppedNote {
  readonly room: string;
  readonly reasons: readonly string[];
  /** Every item this device's copy held, as written (what the rule book refuses included): id, label and fields as JSON. */
  readonly items: readonly { readonly id: string; readonly label: string; readonly json: string }[];
}

/** An item of the copy as written: its id and its fields as they are (nothing checked). */
export interface WrittenItem {
  readonly id: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

const key = (room: string) => `pa-map:dropped:${room}`;

export const droppedNote = {
  write(room: string, reasons: readonly string[], items: readonly WrittenItem[]): void {
    const note: DroppedNote = {
      room,
      reasons: reasons.slice(0, 5),
      items: items.map(({ id, fields }) => ({ id, label: typeof fields.label === 'string' ? fields.label.slice(0, 200) : id, json: JSON.stringify(fields) })),
    };
    try {
      sessionStorage.setItem(key(room), JSON.stringify(note));
    } catch {
      // Storage off or full: the page still reloads from the server; only the list is lost.
    }
  },
  take(room: string): DroppedNote | null {
    try {
      const raw = sessionStorage.getItem(key(room));
      sessionStorage.removeItem(key(room));
      const note = raw ? (JSON.parse(raw) as DroppedNote) : null;
      return note && note.room === room && Array.isArray(note.reasons) && Array.isArray(note.items) ? note : null;
    } catch {
      return null;
    }
  },
};

/** "The server refused a change from this device (…): dropped “A” and “B”; the board is as the server has it." */
export function describeDropped(note: DroppedNote, board: Board): string {
  const now = new Map(board.items.map((item) => [item.id, item]));
  const lost = note.items.filter((item) => {
    const kept = now.get(item.id);
    if (!kept) return true;
    try {
      const fields = JSON.parse(item.json) as Record<string, unknown>;
      return !itemFields.every((field) => sameValue(fields[field], kept[field]));
    } catch {
      return true;
    }
  });
  const names = lost.slice(0, 5).map((item) => `“${item.label}”`).join(', ');
  const more = lost.length > 5 ? ` and ${lost.length - 5} more` : '';
  const what = lost.length === 0 ? 'no item was lost' : `dropped or put back: ${names}${more}`;
  return `The server refused a change from this device (${note.reasons.join('; ') || 'no reason given'}). This device’s copy was dropped and the board read again from the server: ${what}.`;
}

/** Every item a copy holds, as written (nothing checked): what a refusal note keeps. */
export function writtenItems(ydoc: Y.Doc): { id: string; fields: Record<string, unknown> }[] {
  return [...boardTypes(ydoc).items.entries()].map(([id, fields]) => ({ id, fields: fields instanceof Y.Map ? (fields.toJSON() as Record<string, unknown>) : {} }));
}
