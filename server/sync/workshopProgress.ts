/** Someone's part in the open round or vote as the server holds it: placed (or voted) anything, and done. */
export interface Taking {
  readonly name: string;
  readonly started: boolean;
  readonly done: boolean;
}

/** Who is done of everyone taking part, and the names of those not done (sorted): what a round's or vote's progress says. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly waiting: readonly string[];
}

/**
 * The progress of a round or vote: everyone who placed or voted anything (whether here or
 * gone: one who leaves keeps what they placed), and every participant here (a facilitator
 * counts once they take part); done are those who said so (a vote: all their dots used).
 */
export function workshopProgress(held: ReadonlyMap<string, Taking>, here: ReadonlyMap<string, string>): Progress {
  const taking = new Map<string, string>();
  for (const [person, entry] of held) if (entry.started || entry.done) taking.set(person, entry.name);
  for (const [person, name] of here) taking.set(person, name);
  const done = [...taking.keys()].filter((person) => held.get(person)?.done).length;
  const waiting = [...taking].filter(([person]) => !held.get(person)?.done).map(([, name]) => name).sort();
  return { done, total: taking.size, waiting };
}
