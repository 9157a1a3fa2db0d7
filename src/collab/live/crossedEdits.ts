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

/** A value goes into a note only this small: a presence must stay far under the server's 4 KB. */
export const noteValueChars = 120;
/** The notes a presence carries stop at this many characters of JSON. */
export const notesChars = 900;

/** The value itself when its JSON is small, else nothing. */
export function smallValue(value: unknown): unknown {
  const json = JSON.stringify(value);
  return json !== undefined && json.length <= noteValueChars ? value : undefined;
}

/** As many notes as fit in `notesChars`. */
export function fitNotes<T>(notes: readonly T[]): T[] {
  const kept: T[] = [];
  let chars = 2;
  for (const note of notes) {
    chars += JSON.stringify(note).length + 1;
    if (chars > notesChars) break;
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

const keyOf = (id: string, field: string) => `${id}\u0000${field}`;

/** A peer as the room shows them: their name and what they announce. */
export interface PeerNotes {
  readonly clientId: number;
  readonly name: string;
  readonly offline: readonly OfflineNote[];
  readonly crossed: readonly CrossedNote[];
}

/**
 * The online side of a crossing (and the offline side's answer): my own writes, the ones a
 * remote change replaced, and peers' notes checked against them.
 */
export function crossedEdits(me: number) {
  /** The value I last gave each field, and the values it had held here before (fingerprints): those I had seen. */
  const written = new Map<string, { readonly value: unknown; readonly seen: ReadonlySet<string> }>();
  const seen = new Map<string, Set<string>>();
  const saw = (key: string, value: unknown) => {
    const values = seen.get(key) ?? new Set<string>();
    values.add(fingerprint(value));
    seen.set(key, values);
  };
  /** Fields whose value of mine a remote change replaced. */
  const replaced = new Set<string>();
  /** My offline edits, as announced: the crossed notes that name me are checked against these. */
  let announced = new Map<string, { readonly mine: unknown }>();
  const told = new Set<string>();
  const notes: CrossedNote[] = [];

  return {
    /** My own changes. */
    local(changes: readonly Change[]): void {
      for (const change of changes) {
        if (change.op !== 'setItem') continue;
        const key = keyOf(change.id, change.field);
        saw(key, change.from);
        written.set(key, { value: change.to, seen: new Set(seen.get(key)) });
        replaced.delete(key);
      }
    },
    /** Someone else's changes: which of my values they replaced. */
    remote(changes: readonly Change[]): void {
      for (const change of changes) {
        if (change.op !== 'setItem') continue;
        const key = keyOf(change.id, change.field);
        const mine = written.get(key);
        if (mine === undefined) continue;
        saw(key, change.to);
        if (sameValue(change.from, mine.value)) replaced.add(key);
      }
    },
    /** What I announce after coming back (so a note that names me is about a change I made). */
    announce(offline: readonly { readonly id: string; readonly field: string; readonly mine: unknown }[]): void {
      announced = new Map(offline.map((edit) => [keyOf(edit.id, edit.field), edit]));
    },
    /**
     * Peers' notes against my changes and the board now (`current`): the crossings to tell me,
     * once each, and the notes to tell back (all of them so far).
     */
    check(peers: readonly PeerNotes[], current: (id: string, field: string) => unknown): { tell: Crossing[]; notes: CrossedNote[] } {
      const tell: Crossing[] = [];
      for (const peer of peers) {
        if (peer.clientId === me) continue;
        for (const note of peer.offline) {
          const key = keyOf(note.id, note.field);
          const once = `o${peer.clientId}\u0000${key}`;
          if (told.has(once) || !written.has(key)) continue;
          const { value: mine, seen: sawBefore } = written.get(key)!;
          // They had seen my value when they changed it, or I theirs when I changed it: no crossing, just a later change.
          if (fingerprint(mine) === note.base || sawBefore.has(note.mine)) continue;
          const now = current(note.id, note.field);
          let stands: Crossing['stands'];
          if (replaced.has(key) && fingerprint(now) === note.mine) stands = 'theirs';
          else if (sameValue(now, mine) && fingerprint(now) !== note.mine) stands = 'mine';
          else continue; // not settled yet (their change may still be on its way)
          told.add(once);
          tell.push({ id: note.id, field: note.field, mine, ...('value' in note ? { theirs: note.value } : {}), by: peer.name, stands, offline: false });
          const value = smallValue(mine);
          notes.push({ with: peer.clientId, id: note.id, field: note.field, stands, ...(value === undefined ? {} : { value }) });
        }
        for (const note of peer.crossed) {
          const key = keyOf(note.id, note.field);
          const once = `c${peer.clientId}\u0000${key}`;
          const own = announced.get(key);
          if (note.with !== me || told.has(once) || !own) continue;
          told.add(once);
          // Their "mine stands" is "theirs stands" for me.
          const stands = note.stands === 'mine' ? 'theirs' : 'mine';
          tell.push({ id: note.id, field: note.field, mine: own.mine, ...('value' in note ? { theirs: note.value } : {}), by: peer.name, stands, offline: true });
        }
      }
      return { tell, notes: fitNotes(notes.slice(-20)) };
    },
  };
}

/** A crossing no longer worth saying: the board holds the value that did not stand (someone put it back), or the item is gone. */
export function settled(crossing: Crossing, board: Board): boolean {
  const item = board.items.find((other) => other.id === crossing.id);
  if (!item) return true;
  const now = item[crossing.field as keyof Item];
  return crossing.stands === 'theirs' ? sameValue(now, crossing.mine) : 'theirs' in crossing && sameValue(now, crossing.theirs);
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
