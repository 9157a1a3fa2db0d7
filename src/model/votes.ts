import type { Ballot, Board, Vote, VoteOption } from './types';

/** The vote open now, if any (the server opens one at a time). */
export const openVoteOf = (board: Pick<Board, 'votes'>): Vote | null => board.votes.find((vote) => vote.status === 'open') ?? null;

/** The last vote closed, if any. */
export const lastClosedVoteOf = (board: Pick<Board, 'votes'>): Vote | null =>
  board.votes.filter((vote) => vote.status === 'closed').reduce<Vote | null>((last, vote) => (!last || vote.number > last.number ? vote : last), null);

/** One person's dots, by option id. */
export type Dots = Readonly<Record<string, number>>;

/** Why a person's dots break the vote's rules (unknown option, too many, more than one where one is the most); null when they keep them. */
export function dotsProblem(vote: Pick<Vote, 'options' | 'dots' | 'onePerOption'>, dots: Dots): string | null {
  const options = new Set(vote.options.map((option) => option.id));
  let total = 0;
  for (const [option, count] of Object.entries(dots)) {
    if (!options.has(option)) return 'That is not one of this vote’s options.';
    if (!Number.isInteger(count) || count < 0) return 'Dots are whole numbers.';
    if (vote.onePerOption && count > 1) return 'This vote takes at most one dot per option.';
    total += count;
  }
  return total > vote.dots ? `Each person has ${vote.dots} ${vote.dots === 1 ? 'dot' : 'dots'}.` : null;
}

/** An option's result: its dots, and how many people gave it any. */
export interface Tally extends VoteOption {
  readonly dots: number;
  readonly people: number;
}

/**
 * A closed vote's results, most dots first (ties: in the order the options were offered). The
 * same whatever order the ballots come in: a sum per option.
 */
export function countVotes(vote: Pick<Vote, 'id' | 'options'>, ballots: readonly Ballot[]): Tally[] {
  const dots = new Map<string, number>();
  const people = new Map<string, number>();
  for (const ballot of ballots) {
    if (ballot.voteId !== vote.id) continue;
    dots.set(ballot.option, (dots.get(ballot.option) ?? 0) + ballot.dots);
    people.set(ballot.option, (people.get(ballot.option) ?? 0) + 1);
  }
  return vote.options
    .map((option, order) => ({ ...option, dots: dots.get(option.id) ?? 0, people: people.get(option.id) ?? 0, order }))
    .sort((a, b) => b.dots - a.dots || a.order - b.order)
    .map(({ order: _order, ...tally }) => tally);
}
