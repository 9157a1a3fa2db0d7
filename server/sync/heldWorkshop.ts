import type { HeldPlacements } from '../../src/evidence/roundEvidence';
import { isId, limits } from '../../src/model/rules';
import { personPattern } from '../../src/collab/workshopProtocol';
import type { Vote } from '../../src/model/types';

/** One person's placements in an open round, as the server holds them until the reveal. */
export interface HeldPerson extends HeldPlacements {
  readonly done: boolean;
}

/** One person's dots in an open vote, by option id. */
export interface HeldDots {
  readonly name: string;
  readonly dots: Readonly<Record<string, number>>;
}

/**
 * People whose placements one round holds, or whose dots one vote holds. A reveal writes one
 * evidence cell per item with everyone's placement in it, and a cell holds at most
 * `evidencePoints`: one more and the item's whole record would not read.
 */
export const heldPeopleLimit = limits.evidencePoints;

/** Why a round holding `people` takes nobody new like `person`, or null (someone held already may always place again). */
export function roundFull(people: ReadonlyMap<string, unknown>, person: string): string | null {
  return people.has(person) || people.size < heldPeopleLimit ? null : `This round holds the placements of ${heldPeopleLimit} people, its most.`;
}

/**
 * Why a vote holding `people` takes nobody new like `person`, or null. Its close writes up to
 * one ballot per person and option with a dot; a board holds at most `limits.ballots` (past that
 * every reader leaves the newest out, so a count would come out wrong without a word).
 */
export function voteFull(people: ReadonlyMap<string, unknown>, person: string, vote: Pick<Vote, 'dots' | 'options'>, ballotsOnBoard: number): string | null {
  if (people.has(person)) return null;
  const ballotsEach = Math.min(vote.dots, vote.options.length);
  if (people.size >= heldPeopleLimit) return `This vote holds the dots of ${heldPeopleLimit} people, its most.`;
  return ballotsOnBoard + (people.size + 1) * ballotsEach > limits.ballots ? `The board's ballots would pass their limit (${limits.ballots}): this vote takes nobody more.` : null;
}

/** What the server holds of a room's workshop, by round id and person id: never in the shared document. */
export type HeldWorkshop = Map<string, Map<string, HeldPerson>>;
/** The same for votes, by vote id and person id. */
export type HeldVotes = Map<string, Map<string, HeldDots>>;

/** The held workshop as its store column keeps it (JSON). */
export function writeHeld(held: HeldWorkshop, votes: HeldVotes = new Map()): string {
  const plain = <T>(map: Map<string, Map<string, T>>) => Object.fromEntries([...map].map(([id, people]) => [id, Object.fromEntries(people)]));
  return JSON.stringify({ rounds: plain(held), votes: plain(votes) });
}

/** The store's column read back (parsed once); anything malformed in it is dropped (never throws). */
export function readHeldWorkshop(json: string | null): { held: HeldWorkshop; votes: HeldVotes } {
  let value: unknown = null;
  try {
    value = json ? JSON.parse(json) : null;
  } catch {
    value = null;
  }
  const column = (value ?? {}) as { rounds?: unknown; votes?: unknown };
  return { held: byIdAndPerson(column.rounds, readHeldPerson), votes: byIdAndPerson(column.votes, readHeldDots) };
}

/** A map of id → person → entry, keeping only well-formed ids, people and entries. */
function byIdAndPerson<T>(value: unknown, readEntry: (entry: Record<string, unknown>) => T | null): Map<string, Map<string, T>> {
  const held = new Map<string, Map<string, T>>();
  if (typeof value !== 'object' || value === null) return held;
  for (const [id, people] of Object.entries(value)) {
    if (!isId(id) || typeof people !== 'object' || people === null) continue;
    const map = new Map<string, T>();
    for (const [person, entry] of Object.entries(people as Record<string, unknown>)) {
      const read = personPattern.test(person) && typeof entry === 'object' && entry !== null ? readEntry(entry as Record<string, unknown>) : null;
      if (read) map.set(person, read);
    }
    held.set(id, map);
  }
  return held;
}

function readHeldPerson(e: Record<string, unknown>): HeldPerson | null {
  if (typeof e.name !== 'string' || typeof e.done !== 'boolean' || typeof e.placements !== 'object' || e.placements === null) return null;
  const placements = Object.fromEntries(
    Object.entries(e.placements).filter(([id, p]) => isId(id) && Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && v >= 0 && v <= 1)),
  ) as HeldPerson['placements'];
  return { name: e.name.slice(0, limits.author), done: e.done, placements };
}

function readHeldDots(e: Record<string, unknown>): HeldDots | null {
  if (typeof e.name !== 'string' || typeof e.dots !== 'object' || e.dots === null) return null;
  const dots = Object.fromEntries(Object.entries(e.dots).filter(([id, n]) => isId(id) && typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= limits.voteDots));
  return { name: e.name.slice(0, limits.author), dots };
}
