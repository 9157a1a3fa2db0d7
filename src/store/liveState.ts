import type { Role } from '../model/rights';
import type { MapPoint } from '../model/types';
import type { RevealStep } from './revealSteps';


/** Names are shown to everyone in the room: at most this many characters. */
export const nameLimit = 40;

/** One person in a shared board's room, as their device announces them. */
export interface Person {
  /** Their device's id in the room (a Yjs client id): unique while they are connected. */
  readonly clientId: number;
  readonly name: string;
  readonly colour: string;
  readonly me: boolean;
  /** What they have selected, if anything (selection is per person). */
  readonly selectedId: string | null;
}

/** An item another person is dragging right now: seen live, written to the board once, on drop. */
export interface RemoteDrag {
  readonly id: string;
  readonly position: MapPoint;
  readonly name: string;
  readonly colour: string;
  /** False for the rest of a selection moving with the item they hold (drawn without a name tag). */
  readonly held?: false;
}

/** What the leader's screen shows; followers' screens copy it. */
export interface LeadView {
  readonly presenting: boolean;
  readonly revealStep: RevealStep;
  readonly selectedZone: number | null;
  readonly panelTab: 'items' | 'zones' | 'labels';
  /** Zoom and pan: what part of the map the leader's screen shows. */
  readonly view: { readonly zoom: number; readonly cx: number; readonly cy: number };
}

/** Why the shared board cannot be used any more in this tab: the room is gone, the link refused, or this tab's copy was dropped. */
export interface LiveEnded {
  readonly kind: 'deleted' | 'denied';
  readonly message: string;
}

/** The room's workshop as this screen knows it: the server's clock, the open round's progress, my own placements. */
export interface WorkshopState {
  /** The server's clock minus this device's, ms (NTP-style, from the quickest round trip). */
  readonly offsetMs: number;
  readonly progress: { readonly roundId: string; readonly done: number; readonly total: number; readonly waiting: readonly string[] } | null;
  /** My placements in the open round (held by the server, mirrored here), and whether I said I am done. */
  readonly mine: { readonly roundId: string; readonly placements: Readonly<Record<string, MapPoint>>; readonly done: boolean } | null;
  /** My dots in the open vote (held by the server, mirrored here). */
  readonly myDots: { readonly voteId: string; readonly dots: Readonly<Record<string, number>> } | null;
  /** The join page the facilitator shows: the edit link's room and token, and its short code. */
  readonly join: { readonly code: string; readonly room: string; readonly token: string } | null;
}

export const noWorkshop: WorkshopState = { offsetMs: 0, progress: null, mine: null, myDots: null, join: null };

/** The live session on a shared board: connection, people, undo, following. Never saved, never undone. */
export interface LiveState {
  readonly room: string;
  /** What this person's link lets them do, as the server last said (a replaced edit link turns it to view). */
  readonly role: Role;
  /** `connecting`: never connected yet; `reconnecting`: connected before, lost; `offline`: the browser has no network. */
  readonly connection: 'connecting' | 'live' | 'reconnecting' | 'offline';
  /** True once the server has stored everything this device holds; 'failing' while the server says its store fails. */
  readonly stored: boolean | 'failing';
  readonly people: readonly Person[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** What Undo and Redo would take back or do again, named ("Move 3 items"); null: nothing, or not known. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  readonly remoteDrags: readonly RemoteDrag[];
  /** Who leads the room's view ("Bring everyone here"), if anyone. */
  readonly leader: { readonly clientId: number; readonly name: string } | null;
  /** True while this screen follows the leader. */
  readonly following: boolean;
  /** Why this device may not write (a newer app wrote the board); null when it may. */
  readonly readOnlyReason: string | null;
  readonly ended: LiveEnded | null;
  readonly workshop: WorkshopState;
  /** Opened with the view-only link: the projector (no name asked, no editing chrome, no toasts). */
  readonly projector: boolean;
  /** Crossed edits: a change of mine and one of another person's, one of them made offline (told until answered). */
  readonly overwritten: readonly Crossing[];
}

/** A crossing as this person is told it: `stands` says whose value the board holds now (src/collab/live/crossedEdits.ts). */
export interface Crossing {
  readonly id: string;
  readonly field: string;
  readonly mine: unknown;
  /** Their value, when known (a note carries only small values). */
  readonly theirs?: unknown;
  /** The field's value when this was told: once it changes, the crossing is settled. */
  readonly held: unknown;
  readonly by: string | null;
  readonly stands: 'mine' | 'theirs';
  /** True when I was the one offline. */
  readonly offline: boolean;
}

/** How many people are here: the room's list, and me even before I have given my name (and so before the room sees me). */
export function peopleHere(people: readonly Person[]): number {
  return people.length + (people.some((person) => person.me) ? 0 : 1);
}
