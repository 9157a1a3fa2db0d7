/**
 * One step forward: takes the `board` of a document saved at version `from` and returns
 * it as version `from + 1`. Pure; never reads fields it does not need.
 */
export interface Migration {
  readonly from: number;
  readonly migrate: (board: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Append-only. Version 1 is the first released shape, so nothing migrates yet; the next
 * shape change adds `{ from: 1, migrate }` here, a frozen fixture `fixtures/v1.json`
 * already guards the old shape.
 */
export const migrations: readonly Migration[] = [];

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
