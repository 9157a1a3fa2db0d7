import { nameLimit, type LeadView, type Person, type RemoteDrag } from '../../store/liveState';
import { mapPoint } from '../../model/mapPoint';
import type { MapPoint } from '../../model/types';
import { lastRevealStep } from '../../store/revealSteps';
import { keepView } from '../../store/appState';
import { readCrossedNotes, readOfflineNotes, type CrossedNote, type OfflineNote, type PeerNotes } from './crossedEdits';

/** What one device announces through Yjs awareness (never written to the board). */
export interface Presence {
  readonly user: { readonly name: string; readonly colour: string };
  readonly selectedId: string | null;
  /**
   * The item this person is dragging and where it is now; `with`: the rest of their selection,
   * moving by the same delta. The board gets it once, on drop.
   */
  readonly drag: { readonly id: string; readonly x: number; readonly y: number; readonly with?: readonly string[] } | null;
  /** Set while this person leads the room's view; the highest `seq` (then client id) leads. */
  readonly lead: { readonly seq: number; readonly view: LeadView } | null;
  /** For a while after coming back online: the item fields changed offline (crossedEdits). */
  readonly offline?: readonly OfflineNote[] | null;
  /** Told back to those whose offline change crossed one of mine. */
  readonly crossed?: readonly CrossedNote[] | null;
}


const text = (value: unknown, limit: number): string | null =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, limit) : null;
const unit = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
const colourPattern = /^#[0-9a-f]{6}$/i;

/** One peer's awareness state, checked: a peer is never trusted (null when it announces nothing usable). */
export function readPresence(state: unknown): Presence | null {
  if (typeof state !== 'object' || state === null) return null;
  const raw = state as Record<string, unknown>;
  const user = raw.user as Record<string, unknown> | undefined;
  const name = text(user?.name, nameLimit);
  if (!name) return null;
  const colour = typeof user?.colour === 'string' && colourPattern.test(user.colour) ? user.colour : '#555555';
  const selectedId = text(raw.selectedId, 200);
  const drag = raw.drag as Record<string, unknown> | null | undefined;
  const dragId = text(drag?.id, 200);
  const lead = raw.lead as Record<string, unknown> | null | undefined;
  return {
    user: { name, colour },
    selectedId,
    drag: dragId && unit(drag?.x) && unit(drag?.y) ? { id: dragId, x: drag.x, y: drag.y, with: readWith(drag.with) } : null,
    lead: lead && Number.isSafeInteger(lead.seq) ? { seq: lead.seq as number, view: readLeadView(lead.view) } : null,
    offline: readOfflineNotes(raw.offline),
    crossed: readCrossedNotes(raw.crossed),
  };
}

/** Everyone's notes about crossed edits, by client (those who announce none are left out). */
export function peerNotes(states: ReadonlyMap<number, unknown>): PeerNotes[] {
  const peers: PeerNotes[] = [];
  for (const [clientId, state] of states) {
    const presence = readPresence(state);
    if (presence && (presence.offline?.length || presence.crossed?.length)) {
      peers.push({ clientId, name: presence.user.name, offline: presence.offline ?? [], crossed: presence.crossed ?? [] });
    }
  }
  return peers;
}

/** The ids a drag carries along: strings only, at most `dragWithLimit`. */
const readWith = (value: unknown): string[] => (Array.isArray(value) ? value.slice(0, dragWithLimit).filter((id): id is string => typeof id === 'string' && id.length <= 200) : []);

/** At most this many items of a selection move live on others' screens (all move on drop). */
export const dragWithLimit = 200;
/** The ids sent with a drag stop at this many characters: a presence must stay far under the server's 4 KB. */
export const dragWithChars = 2400;

/** The rest of a selection, as sent with a drag: as many ids as fit in `dragWithChars`. */
export function dragWith(ids: readonly string[]): string[] {
  const sent: string[] = [];
  let chars = 0;
  for (const id of ids.slice(0, dragWithLimit)) {
    chars += id.length + 3;
    if (chars > dragWithChars) break;
    sent.push(id);
  }
  return sent;
}

const panelTabs = ['items', 'zones', 'labels'] as const;

/** A leader's zoom and pan, kept to the map (the whole map when it says nothing usable). */
function readView(value: unknown): LeadView['view'] {
  const view = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const number = (key: string, fallback: number) => (typeof view[key] === 'number' ? (view[key] as number) : fallback);
  return keepView({ zoom: number('zoom', 1), cx: number('cx', 0.5), cy: number('cy', 0.5) });
}

function readLeadView(value: unknown): LeadView {
  const view = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const step = view.revealStep;
  const zone = view.selectedZone;
  return {
    presenting: view.presenting === true,
    revealStep: Number.isInteger(step) && (step as number) >= 0 && (step as number) <= lastRevealStep ? (step as LeadView['revealStep']) : lastRevealStep,
    selectedZone: Number.isInteger(zone) && (zone as number) >= 0 && (zone as number) < 100 ? (zone as number) : null,
    panelTab: panelTabs.find((tab) => tab === view.panelTab) ?? 'items',
    view: readView(view.view),
  };
}

export interface Room {
  readonly people: Person[];
  readonly remoteDrags: RemoteDrag[];
  readonly leader: { readonly clientId: number; readonly name: string; readonly seq: number; readonly view: LeadView } | null;
}

/**
 * The room as the awareness states describe it: everyone here (me first, then by name),
 * the items others are dragging (on items that exist), and who leads.
 */
export function readRoom(states: ReadonlyMap<number, unknown>, me: number, positionOf: (id: string) => MapPoint | null | undefined): Room {
  const people: Person[] = [];
  const remoteDrags: RemoteDrag[] = [];
  let leader: Room['leader'] = null;
  for (const [clientId, state] of states) {
    const presence = readPresence(state);
    if (!presence) continue;
    people.push({ clientId, name: presence.user.name, colour: presence.user.colour, me: clientId === me, selectedId: presence.selectedId });
    const held = presence.drag && clientId !== me ? positionOf(presence.drag.id) : null;
    if (presence.drag && held) {
      const { name, colour } = presence.user;
      remoteDrags.push({ id: presence.drag.id, position: mapPoint(presence.drag.x, presence.drag.y), name, colour });
      // The rest of their selection moves by the same delta (clamped to the map).
      const [dx, dy] = [presence.drag.x - held.x, presence.drag.y - held.y];
      for (const id of presence.drag.with ?? []) {
        const at = id === presence.drag.id ? null : positionOf(id);
        if (at) remoteDrags.push({ id, position: mapPoint(at.x + dx, at.y + dy), name, colour, held: false });
      }
    }
    if (presence.lead && (!leader || presence.lead.seq > leader.seq || (presence.lead.seq === leader.seq && clientId > leader.clientId))) {
      leader = { clientId, name: presence.user.name, seq: presence.lead.seq, view: presence.lead.view };
    }
  }
  people.sort((a, b) => (a.me !== b.me ? (a.me ? -1 : 1) : a.name.localeCompare(b.name) || a.clientId - b.clientId));
  return { people, remoteDrags, leader };
}
