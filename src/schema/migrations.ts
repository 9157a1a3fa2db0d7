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
    // 3: items carry key attractors (none yet).
    from: 2,
    migrate: (board) => ({
      ...board,
      items: Array.isArray(board.items) ? board.items.map((item: unknown) => (isRecord(item) && !('attractors' in item) ? { ...item, attractors: [] } : item)) : board.items,
    }),
  },
];

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
