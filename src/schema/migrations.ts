/**
 * One step forward: takes the `board` of a document saved at version `from` and returns
 * it as version `from + 1`. Pure; never reads fields it does not need.
 */
export interface Migration {
  readonly from: number;
  readonly migrate: (board: Record<string, unknown>) => Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Append-only; each step has a frozen fixture of the version it reads (`fixtures/v<from>.json`).
 * A step never throws: what it cannot read it leaves for the reader to refuse.
 */
export const migrations: readonly Migration[] = [
  {
    // 2: white space gets its own toggle (on, as version 1 showed it with the zones); pinned
    // zones are named by who wants them, not by a rank a live zone may hold ("Zone 1: X" → "X").
    from: 1,
    migrate: (board) => ({
      ...board,
      display: isRecord(board.display) ? { ...board.display, showWhiteSpace: true } : board.display,
      pinnedZones: Array.isArray(board.pinnedZones)
        ? board.pinnedZones.map((zone: unknown) =>
            isRecord(zone) && typeof zone.label === 'string' ? { ...zone, label: zone.label.replace(/^Zone \d+: (?=\S)/, '') } : zone,
          )
        : board.pinnedZones,
    }),
  },
  {
    // 3: items carry key attractors (none yet); a concept is marked by a tag, not by its colour
    // (a product a user painted that green was taken for one): concepts the app placed before,
    // in the concept colour and with the note it wrote, get the tag; concepts are left out of
    // the zones unless the board counts them (a saved view option, off).
    from: 2,
    migrate: (board) => ({
      ...board,
      display: isRecord(board.display) ? { ...board.display, countConcepts: false } : board.display,
      items: Array.isArray(board.items) ? board.items.map(toVersion3Item) : board.items,
    }),
  },
  {
    // 4: a facilitator may lock the board or chosen items (none locked yet); sticky notes (none
    // yet), in a layer that shows. A field already there is kept: a shared board's newer peers
    // write it before the room's version moves.
    from: 3,
    migrate: (board) => ({
      ...board,
      locked: 'locked' in board ? board.locked : false,
      notes: 'notes' in board ? board.notes : [],
      display: isRecord(board.display) && !('showNotes' in board.display) ? { ...board.display, showNotes: true } : board.display,
      items: Array.isArray(board.items) ? board.items.map((item: unknown) => (isRecord(item) && !('locked' in item) ? { ...item, locked: false } : item)) : board.items,
    }),
  },
  {
    // 5: evidence behind items' positions (none yet), the wave and segment shown (the latest,
    // everyone), and uncertainty shown; a shared board's rounds, timer and votes (none). A field already there is kept (a newer peer's).
    from: 4,
    migrate: (board) => ({
      ...board,
      evidence: 'evidence' in board ? board.evidence : [],
      evidenceView: 'evidenceView' in board ? board.evidenceView : { wave: '', lens: '' },
      rounds: 'rounds' in board ? board.rounds : [],
      timers: 'timers' in board ? board.timers : [],
      votes: 'votes' in board ? board.votes : [],
      ballots: 'ballots' in board ? board.ballots : [],
      display: isRecord(board.display) && !('showUncertainty' in board.display) ? { ...board.display, showUncertainty: true } : board.display,
    }),
  },
];

/** An item as schema 3 holds it: key attractors, and a concept placed by an older app tagged as one. */
function toVersion3Item(item: unknown): unknown {
  if (!isRecord(item)) return item;
  const placedConcept =
    item.kind === 'product' && typeof item.colour === 'string' && item.colour.toLowerCase() === '#00805e' && typeof item.notes === 'string' && item.notes.startsWith('Concept placed in the zone of');
  const tags = Array.isArray(item.tags) && placedConcept && !item.tags.includes('concept') ? [...item.tags, 'concept'] : item.tags;
  return { ...item, attractors: 'attractors' in item ? item.attractors : [], tags };
}

/** Runs every migration from `version` up to `target`, in order. */
export function migrate(
  board: Record<string, unknown>,
  version: number,
  target: number,
  steps: readonly Migration[] = migrations,
): Record<string, unknown> {
  let current = board;
  for (let v = version; v < target; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from version ${v}.`);
    current = step.migrate(current);
  }
  return current;
}
