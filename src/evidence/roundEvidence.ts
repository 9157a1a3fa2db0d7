import type { Evidence, EvidenceCell, Round } from '../model/types';
import { meanCovariance } from './covariance';

/** One person's placements in a round, as the server held them. */
export interface HeldPlacements {
  readonly name: string;
  /** By item id: [x, y] in map units. */
  readonly placements: Readonly<Record<string, readonly [number, number]>>;
}

/** The evidence wave of a round: "Round 2". */
export const roundWave = (round: Pick<Round, 'number'>) => `Round ${round.number}`;

/**
 * A round's placements as evidence, at its reveal: per item of the round still on the board,
 * a cell of the wave "Round N" with every placement (n, mean, sample covariance), added to the
 * item's round evidence (earlier rounds stay: round 1 → round 2). Anonymous unless the round
 * shows names: placements are then listed in map order (left to right), not by person, so
 * their order says nothing of who placed what.
 */
export function roundEvidence(round: Round, held: readonly HeldPlacements[], existing: readonly Evidence[], onBoard: ReadonlySet<string>, now: string, newId: () => string): Evidence[] {
  const wave = roundWave(round);
  const out: Evidence[] = [];
  for (const itemId of round.itemIds) {
    if (!onBoard.has(itemId)) continue;
    const placed = held
      .filter((person) => person.placements[itemId] !== undefined)
      .map((person) => ({ name: person.name, x: person.placements[itemId]![0], y: person.placements[itemId]![1] }))
      .sort((a, b) => a.x - b.x || a.y - b.y || (round.showNames ? a.name.localeCompare(b.name) : 0));
    if (placed.length === 0) continue;
    const { n, x, y, cov } = meanCovariance(placed.map((p) => p.x), placed.map((p) => p.y));
    const cell: EvidenceCell = {
      wave,
      segment: '',
      n,
      share: 1,
      mean: { x: clamp(x), y: clamp(y) } as EvidenceCell['mean'],
      cov,
      boot: [],
      points: placed.flatMap((p) => [p.x, p.y]),
      names: round.showNames ? placed.map((p) => p.name) : [],
    };
    const before = existing.find((record) => record.itemId === itemId && record.source === 'round');
    out.push({
      id: before?.id ?? newId(),
      itemId,
      source: 'round',
      measure: 'rating',
      study: round.question,
      cells: [...(before?.cells.filter((c) => c.wave !== wave) ?? []), cell],
      createdAt: before?.createdAt ?? now,
    });
  }
  return out;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
