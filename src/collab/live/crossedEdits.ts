import { sameValue, type Change } from '../../model/changes';
import type { Crossing } from '../../store/liveState';
import type { Board, Item } from '../../model/types';

/**
 * Crossed edits: one person changed an item's field while offline, another changed the same
 * field meanwhile, and Yjs kept one of the two. The one back from offline announces what they
 * changed (with a fingerprint of the value they started from, so others can tell whether they
 * had seen their change); whoever finds their own change crossed tells them back. Both are
 * told, whichever change stands. Nothing here is trusted: a note only ever points at a change
 * the reader made itself.
 */

/** A field I changed while offline: the value I started from and the one I gave it (fingerprints; the value itself when small). */
export interface OfflineNote {
  readonly id: string;
  readonly field: string;
  readonly base: string;
  readonly mine: string;
  readonly value?: unknown;
}

/** Told back to `with`, who changed this field offline: whose change stands, from my side, and my value when small. */
export interface CrossedNote {
  readonly with: number;
  readonly id: string;
  readonly field: string;
  readonly stands: 'mine' | 'theirs';
  readonly value?: unknown;
}

/** A value as a short string that equal values share (object keys in any order). */
export function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of stableJson(value)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function stableJson(value: unknown): string {
  if (value === undefined) return 'u';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`).join(',')}}`;
}

/** A value goes into a note only this small (bytes of JSON): a presence must stay under the server's 4 KB. */
export const noteValueBytes = 120;
/** Each list of notes a presence carries stops at this many bytes of JSON (two lists, a drag's 2.4 KB and the rest stay under 4 KB). */
export const notesBytes = 400;

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? '').length;

/** The value itself when its JSON is small, else nothing. */
export function smallValue(value: unknown): unknown {
  return value !== undefined && bytesOf(value) <= noteValueBytes ? value : undefined;
}

/** As many notes as fit in `notesBytes`, in their order. */
export function fitNotes<T>(notes: readonly T[]): T[] {
  const kept: T[] = [];
  let bytes = 2;
  for (const note of notes) {
    bytes += bytesOf(note) + 1;
    if (bytes > notesBytes) break;
    kept.push(note);
  }
  return kept;
}

const shortText = (value: unknown, limit: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= limit;
const noteList = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.slice(0, 50).filter((note): note is Record<string, unknown> => typeof note === 'object' && note !== null) : [];
const carried = (note: Record<string, unknown>) => ('value' in note && smallValue(note.value) !== undefined ? { value: note.value } : {});

/** A peer's offline notes, checked (anything malformed is left out). */
export function readOfflineNotes(value: unknown): OfflineNote[] {
  return noteList(value).flatMap((note) =>
    shortText(note.id, 200) && shortText(note.field, 20) && shortText(note.base, 12) && shortText(note.mine, 12)
      ? [{ id: note.id, field: note.field, base: note.base, mine: note.mine, ...carried(note) }]
      : [],
  );
}

/** A peer's crossed notes, checked. */
export function readCrossedNotes(value: unknown): CrossedNote[] {
  return noteList(value).flatMap((note) =>
    Number.isSafeInteger(note.with) && shortText(note.id, 200) && shortText(note.field, 20) && (note.stands === 'mine' || note.stands === 'theirs')
      ? [{ with: note.with as number, id: note.id, field: note.field, stands: note.stands, ...carried(note) }]
      : [],
  );
}

/** After reconnecting, what I changed offline is announced this long (and notes told back are kept this long): another device back later may still cross it. */
export const watchAfterMs = 2 * 60_000;

const keyOf = (id: string, field: string) => `${id}\u0000${field}`;

/** A peer as the room shows them: their name and what they announce. */
export interface PeerNotes {
  readonly clientId: number;
  readonly name: string;
  readonly offline: readonly OfflineNote[];
  readonly crossed: readonly CrossedNote[];
}

/** The item fields a crossing is told about: those "Use mine" and "Keep theirs" can put back. */
export const crossableFields: ReadonlySet<string> = new Set(['position', 'label', 'colour', 'notes', 'weight', 'reach', 'tags', 'attractors']);

/** At most this many fingerprints are kept per field (a long workshop moves an item many times). */
const seenLimit = 32;
const remember = (values: Set<string>, value: string) => {
  values.delete(value);
  values.add(value);
  if (values.size > seenLimit) values.delete(values.values().next().value!);
};

/** One field as I last wrote it. */
interface Written {
  readonly value: unknown;
  /** The values the field had held here up to my write: theirs, if among them, I had seen. */
  readonly before: ReadonlySet<string>;
  /** The values that came after my write: a base among them had seen past mine. */
  readonly after: Set<string>;
  /** The value that replaced mine, if one did. */
  replacedBy: string | null;
}

/**
 * The online side of a crossing (and the offline side's answer): my own writes, what came
 * after them, and peers' notes checked against them. A note crosses my write when neither of
 * us had seen the other's value: their base is neither my value nor one that came after it,
 * and their value is not one the field held here before my write.
 */
export function crossedEdits(me: number, now: () => number = Date.now) {
  const written = new Map<string, Written>();
  const history = new Map<string, Set<string>>();
  const historyOf = (key: string) => {
    let values = history.get(key);
    if (!values) history.set(key, (values = new Set()));
    return values;
  };
  /** My offline edits, as announced: the crossed notes that name me are checked against these. */
  let announced = new Map<string, { readonly mine: unknown }>();
  const told = new Set<string>();
  /** Notes told back, with when: they go after `watchAfterMs`, the newest kept when they do not all fit. */
  let notes: { note: CrossedNote; at: number }[] = [];

  return {
    /** My own changes. */
    local(changes: readonly Change[]): void {
      for (const change of changes) {
        if (change.op !== 'setItem' || !crossableFields.has(change.field)) continue;
        const key = keyOf(change.id, change.field);
        remember(historyOf(key), fingerprint(change.from));
        written.set(key, { value: change.to, before: new Set(historyOf(key)), after: new Set(), replacedBy: null });
      }
    },
    /** Someone else's changes: what came after my values, and which replaced them. */
    remote(changes: readonly Change[]): void {
      for (const change of changes) {
        if (change.op !== 'setItem') continue;
        const key = keyOf(change.id, change.field);
        const mine = written.get(key);
        if (mine === undefined) continue;
        const value = fingerprint(change.to);
        remember(historyOf(key), value);
        remember(mine.after, value);
        if (sameValue(change.from, mine.value)) mine.replacedBy = value;
      }
    },
    /** What I announce after coming back (so a note that names me is about a change I made). */
    announce(offline: readonly { readonly id: string; readonly field: string; readonly mine: unknown }[]): void {
      announced = new Map(offline.map((edit) => [keyOf(edit.id, edit.field), edit]));
    },
    /**
     * Peers' notes against my changes and the board now (`current`): the crossings to tell me,
     * once each, and the notes to tell back (those of the last `watchAfterMs`, newest first).
     */
    check(peers: readonly PeerNotes[], current: (id: string, field: string) => unknown): { tell: Crossing[]; notes: CrossedNote[] } {
      const tell: Crossing[] = [];
      const at = now();
      for (const peer of peers) {
        if (peer.clientId === me) continue;
        for (const note of peer.offline) {
          const key = keyOf(note.id, note.field);
          const mine = written.get(key);
          const once = `o${peer.clientId}\u0000${key}\u0000${note.base}\u0000${note.mine}`;
          if (!mine || told.has(once) || !crossableFields.has(note.field)) continue;
          // They had seen my value (or a later one) when they changed it, or I theirs when I changed it: a later change, not a crossing.
          if (fingerprint(mine.value) === note.base || mine.after.has(note.base) || mine.before.has(note.mine)) continue;
          const held = current(note.id, note.field);
          let stands: Crossing['stands'];
          if (mine.replacedBy === note.mine && fingerprint(held) === note.mine) stands = 'theirs';
          else if (sameValue(held, mine.value) && fingerprint(held) !== note.mine) stands = 'mine';
          else continue; // not settled yet (their change may still be on its way)
          told.add(once);
          tell.push({ id: note.id, field: note.field, mine: mine.value, ...('value' in note ? { theirs: note.value } : {}), held, by: peer.name, stands, offline: false });
          const value = smallValue(mine.value);
          notes.push({ note: { with: peer.clientId, id: note.id, field: note.field, stands, ...(value === undefined ? {} : { value }) }, at });
        }
        for (const note of peer.crossed) {
          const key = keyOf(note.id, note.field);
          const own = announced.get(key);
          const once = `c${peer.clientId}\u0000${key}\u0000${own ? fingerprint(own.mine) : ''}`;
          if (note.with !== me || !own || told.has(once) || !crossableFields.has(note.field)) continue;
          told.add(once);
          // Their "mine stands" is "theirs stands" for me.
          const stands = note.stands === 'mine' ? 'theirs' : 'mine';
          tell.push({ id: note.id, field: note.field, mine: own.mine, ...('value' in note ? { theirs: note.value } : {}), held: current(note.id, note.field), by: peer.name, stands, offline: true });
        }
      }
      notes = notes.filter((entry) => at - entry.at <= watchAfterMs).slice(-20);
      return { tell, notes: fitNotes([...notes].reverse().map((entry) => entry.note)) };
    },
  };
}

/** A crossing no longer worth saying: the field changed since it was told (one of us put the other's value back, or someone moved on), or the item is gone. */
export function settled(crossing: Crossing, board: Board): boolean {
  const item = board.items.find((other) => other.id === crossing.id);
  return !item || !sameValue(item[crossing.field as keyof Item], crossing.held);
}

/**
 * New crossings into the list shown: one entry per item field (a second word about the same
 * crossing, from the other side or my own check, only adds the name and their value).
 */
export function addCrossings(shown: readonly Crossing[], found: readonly Crossing[]): Crossing[] {
  const list = [...shown];
  for (const crossing of found) {
    const at = list.findIndex((other) => other.id === crossing.id && other.field === crossing.field);
    if (at === -1) list.push(crossing);
    else {
      const other = list[at]!;
      list[at] = { ...other, by: other.by ?? crossing.by, ...(!('theirs' in other) && 'theirs' in crossing ? { theirs: crossing.theirs } : {}) };
    }
  }
  return list;
}
