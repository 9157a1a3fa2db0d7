import type { Ballot, RoomTimer, Round, Vote, VoteOption } from '../model/types';
import { limits } from '../model/rules';
import type { Validator } from './Validator';
import { readId, readPoint } from './readPoint';

const fields = {
  round: ['id', 'number', 'question', 'itemIds', 'start', 'showNames', 'status', 'endsAt', 'createdAt'],
  timer: ['id', 'running', 'endsAt', 'remaining', 'total', 'createdAt'],
  vote: ['id', 'number', 'question', 'options', 'dots', 'onePerOption', 'status', 'endsAt', 'createdAt'],
  option: ['id', 'label', 'at'],
  ballot: ['id', 'voteId', 'option', 'dots', 'createdAt'],
} as const;

/** Server times: ms since 1970, up to the year 2286. */
const time = { min: 0, max: 1e13, integer: true };
/** A timer runs at most an hour and the minutes added to it, in all this long (ms). */
export const timerLimitMs = 6 * 60 * 60 * 1000;
const duration = { min: 0, max: timerLimitMs, integer: true };

/** One placement round, checked as itself: its one validator. */
export function readRound(v: Validator, value: unknown, path: string): Round {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.round);
  const itemIds = (v.array(o.itemIds, `${path}.itemIds`, limits.roundItems) ?? []).map((id, i) => readId(v, id, `${path}.itemIds[${i}]`));
  if (new Set(itemIds).size !== itemIds.length) v.fail(`${path}.itemIds`, 'an item appears twice');
  return {
    id: readId(v, o.id, `${path}.id`),
    number: v.number(o.number, `${path}.number`, { min: 1, max: limits.rounds * 100, integer: true }),
    question: v.string(o.question, `${path}.question`, limits.question),
    itemIds,
    start: v.oneOf(o.start, `${path}.start`, ['tray', 'current'] as const),
    showNames: v.boolean(o.showNames, `${path}.showNames`),
    status: v.oneOf(o.status, `${path}.status`, ['open', 'revealed', 'cancelled'] as const),
    endsAt: o.endsAt === null ? null : v.number(o.endsAt, `${path}.endsAt`, time),
    createdAt: v.string(o.createdAt, `${path}.createdAt`, limits.timestamp),
  };
}

/** The room's timer, checked as itself. */
export function readTimer(v: Validator, value: unknown, path: string): RoomTimer {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.timer);
  return {
    id: readId(v, o.id, `${path}.id`),
    running: v.boolean(o.running, `${path}.running`),
    endsAt: v.number(o.endsAt, `${path}.endsAt`, time),
    remaining: v.number(o.remaining, `${path}.remaining`, duration),
    total: v.number(o.total, `${path}.total`, duration),
    createdAt: v.string(o.createdAt, `${path}.createdAt`, limits.timestamp),
  };
}

/** One dot vote, checked as itself: its one validator. */
export function readVote(v: Validator, value: unknown, path: string): Vote {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.vote);
  const options = (v.array(o.options, `${path}.options`, limits.voteOptions) ?? []).map((option, i) => readOption(v, option, `${path}.options[${i}]`));
  if (new Set(options.map((option) => option.id)).size !== options.length) v.fail(`${path}.options`, 'an option appears twice');
  return {
    id: readId(v, o.id, `${path}.id`),
    number: v.number(o.number, `${path}.number`, { min: 1, max: limits.votes * 100, integer: true }),
    question: v.string(o.question, `${path}.question`, limits.question),
    options,
    dots: v.number(o.dots, `${path}.dots`, { min: 1, max: limits.voteDots, integer: true }),
    onePerOption: v.boolean(o.onePerOption, `${path}.onePerOption`),
    status: v.oneOf(o.status, `${path}.status`, ['open', 'closed', 'cancelled'] as const),
    endsAt: o.endsAt === null ? null : v.number(o.endsAt, `${path}.endsAt`, time),
    createdAt: v.string(o.createdAt, `${path}.createdAt`, limits.timestamp),
  };
}

function readOption(v: Validator, value: unknown, path: string): VoteOption {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.option);
  return { id: readId(v, o.id, `${path}.id`), label: v.string(o.label, `${path}.label`, limits.label, { required: true }), at: o.at === null ? null : readPoint(v, o.at, `${path}.at`) };
}

/** One person's dots on one option, checked as itself. */
export function readBallot(v: Validator, value: unknown, path: string): Ballot {
  const o = v.object(value, path) ?? {};
  v.onlyKnown(o, path, fields.ballot);
  return {
    id: readId(v, o.id, `${path}.id`),
    voteId: readId(v, o.voteId, `${path}.voteId`),
    option: readId(v, o.option, `${path}.option`),
    dots: v.number(o.dots, `${path}.dots`, { min: 1, max: limits.voteDots, integer: true }),
    createdAt: v.string(o.createdAt, `${path}.createdAt`, limits.timestamp),
  };
}
