import { isId, limits } from '../model/rules';
import type { VoteOption } from '../model/types';
import { cleanText } from '../model/cleanText';
import { secretPattern } from './protocol';

/**
 * What a shared board's people ask the server about the room's workshop (stateless messages,
 * JSON): rounds, where each person placed the round's items (held by the server, never in the
 * shared document, never sent to anyone else before the reveal), the timer, the clock.
 */
export type WorkshopRequest =
  /** Who this device is in the room's rounds (a random id kept on the device) and the name they go by. */
  | { readonly type: 'hello'; readonly person: string; readonly name: string }
  /** The server's clock, asked (NTP-style: the reply says when the server read it). */
  | { readonly type: 'ping'; readonly id: number }
  | { readonly type: 'startRound'; readonly question: string; readonly itemIds: readonly string[]; readonly start: 'tray' | 'current'; readonly showNames: boolean; readonly minutes: number | null }
  /** All of this person's placements in the round (an item left out: not placed), and whether they are done. */
  | { readonly type: 'place'; readonly roundId: string; readonly placements: readonly Placement[]; readonly done: boolean }
  | { readonly type: 'closeRound'; readonly roundId: string }
  | { readonly type: 'cancelRound'; readonly roundId: string }
  | { readonly type: 'timer'; readonly action: 'start'; readonly minutes: number }
  | { readonly type: 'timer'; readonly action: 'add' | 'pause' | 'resume' | 'stop' }
  /** The facilitator opens a dot vote on options the screen offers (zones, white space, pinned zones, items). */
  | { readonly type: 'openVote'; readonly question: string; readonly options: readonly VoteOption[]; readonly dots: number; readonly onePerOption: boolean; readonly minutes: number | null }
  /** All my dots in the open vote, by option. */
  | { readonly type: 'vote'; readonly voteId: string; readonly dots: Readonly<Record<string, number>> }
  | { readonly type: 'closeVote'; readonly voteId: string }
  | { readonly type: 'cancelVote'; readonly voteId: string }
  /** The facilitator puts the join page on the projector (the edit link, which the server checks, as a QR code and a short address), or takes it off. */
  | { readonly type: 'joinCode'; readonly show: true; readonly editToken: string }
  | { readonly type: 'joinCode'; readonly show: false };

export interface Placement {
  readonly itemId: string;
  readonly x: number;
  readonly y: number;
}

/** The server's workshop messages (beside `ServerMessage`'s). */
export type WorkshopMessage =
  | { readonly type: 'pong'; readonly id: number; readonly server: number }
  /** A round's progress: who is done, of everyone taking part; names of those not done for a facilitator only. */
  | { readonly type: 'progress'; readonly roundId: string; readonly done: number; readonly total: number; readonly waiting: readonly string[] }
  /** This person's own placements, as the server holds them (after a reconnect or a reload). */
  | { readonly type: 'mine'; readonly roundId: string; readonly placements: readonly Placement[]; readonly done: boolean }
  /** A request refused, and why. */
  | { readonly type: 'workshopRefused'; readonly reason: string }
  /** My own dots in the open vote, as the server holds them (after a reload). */
  | { readonly type: 'myDots'; readonly voteId: string; readonly dots: Readonly<Record<string, number>> }
  /** The join page: the edit link and its short code (`/j/{code}`), or null when it is taken off. */
  | { readonly type: 'joinCode'; readonly join: { readonly code: string; readonly room: string; readonly token: string } | null };

/** A join page's short code: six letters and digits that read alike aloud and on a wall (no 0/O, 1/I). */
export const joinCodePattern = /^[A-HJ-NP-Z2-9]{6}$/;

/** A person's id in the room's rounds: 8 to 40 letters, digits, - and _. */
export const personPattern = /^[A-Za-z0-9_-]{8,40}$/;
/** A timer runs from 1 to 60 minutes; a round's time limit likewise. */
export const timerMinutes = { min: 1, max: 60 } as const;

const isUnit = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
const isMinutes = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= timerMinutes.min && value <= timerMinutes.max;

/** A request as the server reads it: null for anything malformed (never throws). Text is cleaned and cut to its limits. */
export function readWorkshopRequest(text: string): WorkshopRequest | null {
  if (text.length > 64 * 1024) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
      return typeof m.person === 'string' && personPattern.test(m.person) && typeof m.name === 'string'
        ? { type: 'hello', person: m.person, name: cleanText(m.name, 'label').text.trim().slice(0, limits.author) || 'Someone' }
        : null;
    case 'ping':
      return typeof m.id === 'number' && Number.isSafeInteger(m.id) ? { type: 'ping', id: m.id } : null;
    case 'startRound': {
      const ids = m.itemIds;
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > limits.roundItems || !ids.every(isId) || new Set(ids).size !== ids.length) return null;
      if (typeof m.question !== 'string' || (m.start !== 'tray' && m.start !== 'current') || typeof m.showNames !== 'boolean') return null;
      if (m.minutes !== null && !isMinutes(m.minutes)) return null;
      const question = cleanText(m.question, 'label').text.trim().slice(0, limits.question) || 'Where does each of these sit for you?';
      return { type: 'startRound', question, itemIds: ids as string[], start: m.start, showNames: m.showNames, minutes: m.minutes as number | null };
    }
    case 'place': {
      if (!isId(m.roundId) || typeof m.done !== 'boolean' || !Array.isArray(m.placements) || m.placements.length > limits.roundItems) return null;
      const placements: Placement[] = [];
      for (const p of m.placements as unknown[]) {
        if (typeof p !== 'object' || p === null) return null;
        const { itemId, x, y } = p as Record<string, unknown>;
        if (!isId(itemId) || !isUnit(x) || !isUnit(y)) return null;
        placements.push({ itemId, x: x === 0 ? 0 : x, y: y === 0 ? 0 : y });
      }
      return { type: 'place', roundId: m.roundId, placements, done: m.done };
    }
    case 'closeRound':
    case 'cancelRound':
      return isId(m.roundId) ? { type: m.type, roundId: m.roundId } : null;
    case 'openVote': {
      if (typeof m.question !== 'string' || !Array.isArray(m.options) || m.options.length === 0 || m.options.length > limits.voteOptions) return null;
      if (typeof m.dots !== 'number' || !Number.isInteger(m.dots) || m.dots < 1 || m.dots > limits.voteDots || typeof m.onePerOption !== 'boolean') return null;
      if (m.minutes !== null && !isMinutes(m.minutes)) return null;
      const options: VoteOption[] = [];
      for (const o of m.options as unknown[]) {
        const { id, label, at } = (o ?? {}) as Record<string, unknown>;
        if (!isId(id) || typeof label !== 'string') return null;
        const point = at === null ? null : (at as Record<string, unknown> | undefined);
        if (point !== null && !(point && isUnit(point.x) && isUnit(point.y))) return null;
        options.push({ id, label: cleanText(label, 'label').text.trim().slice(0, limits.label) || id, at: point === null ? null : ({ x: point.x, y: point.y } as VoteOption['at']) });
      }
      if (new Set(options.map((o) => o.id)).size !== options.length) return null;
      const question = cleanText(m.question, 'label').text.trim().slice(0, limits.question) || 'Where should we go first?';
      return { type: 'openVote', question, options, dots: m.dots, onePerOption: m.onePerOption, minutes: m.minutes as number | null };
    }
    case 'vote': {
      if (!isId(m.voteId) || typeof m.dots !== 'object' || m.dots === null || Array.isArray(m.dots)) return null;
      const entries = Object.entries(m.dots as Record<string, unknown>);
      if (entries.length > limits.voteOptions || !entries.every(([id, n]) => isId(id) && typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= limits.voteDots)) return null;
      return { type: 'vote', voteId: m.voteId, dots: Object.fromEntries(entries.filter(([, n]) => (n as number) > 0)) as Record<string, number> };
    }
    case 'closeVote':
    case 'cancelVote':
      return isId(m.voteId) ? { type: m.type, voteId: m.voteId } : null;
    case 'joinCode':
      if (m.show === false) return { type: 'joinCode', show: false };
      return m.show === true && typeof m.editToken === 'string' && secretPattern.test(m.editToken) ? { type: 'joinCode', show: true, editToken: m.editToken } : null;
    case 'timer':
      if (m.action === 'start') return isMinutes(m.minutes) ? { type: 'timer', action: 'start', minutes: m.minutes } : null;
      return m.action === 'add' || m.action === 'pause' || m.action === 'resume' || m.action === 'stop' ? { type: 'timer', action: m.action } : null;
    default:
      return null;
  }
}

/** A workshop message as a client reads it: null for anything else. */
export function readWorkshopMessage(value: Record<string, unknown>): WorkshopMessage | null {
  const placements = (list: unknown): Placement[] | null =>
    Array.isArray(list) && list.every((p) => typeof p === 'object' && p !== null && isId((p as Placement).itemId) && isUnit((p as Placement).x) && isUnit((p as Placement).y))
      ? (list as Placement[]).map(({ itemId, x, y }) => ({ itemId, x, y }))
      : null;
  switch (value.type) {
    case 'pong':
      return typeof value.id === 'number' && typeof value.server === 'number' ? { type: 'pong', id: value.id, server: value.server } : null;
    case 'progress':
      return isId(value.roundId) && typeof value.done === 'number' && typeof value.total === 'number' && Array.isArray(value.waiting) && value.waiting.every((n) => typeof n === 'string')
        ? { type: 'progress', roundId: value.roundId, done: value.done, total: value.total, waiting: (value.waiting as string[]).map((n) => n.slice(0, limits.author)) }
        : null;
    case 'mine': {
      const list = placements(value.placements);
      return isId(value.roundId) && list && typeof value.done === 'boolean' ? { type: 'mine', roundId: value.roundId, placements: list, done: value.done } : null;
    }
    case 'workshopRefused':
      return typeof value.reason === 'string' ? { type: 'workshopRefused', reason: value.reason.slice(0, 300) } : null;
    case 'myDots': {
      const dots = value.dots;
      return isId(value.voteId) && typeof dots === 'object' && dots !== null && Object.entries(dots).every(([id, n]) => isId(id) && typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= limits.voteDots)
        ? { type: 'myDots', voteId: value.voteId, dots: { ...(dots as Record<string, number>) } }
        : null;
    }
    case 'joinCode': {
      if (value.join === null) return { type: 'joinCode', join: null };
      const join = value.join as Record<string, unknown> | undefined;
      return join && typeof join.code === 'string' && joinCodePattern.test(join.code) && typeof join.room === 'string' && secretPattern.test(join.room) && typeof join.token === 'string' && secretPattern.test(join.token)
        ? { type: 'joinCode', join: { code: join.code, room: join.room, token: join.token } }
        : null;
    }
    default:
      return null;
  }
}
