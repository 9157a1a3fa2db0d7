import { mayAct, type Actor } from '../../src/model/rights';
import * as Y from 'yjs';

/**
 * What a client's Hocuspocus message is, read far enough to check it before Hocuspocus
 * applies it. Hocuspocus's framing: the room name (varString), the message type (varUint),
 * then the type's payload (y-protocols' sync and awareness encodings).
 */
export type ClientMessage =
  /** A sync step 2 or an update: Yjs changes to the document. */
  | { readonly kind: 'update'; readonly update: Uint8Array; /** A sync step 2: the catch-up after connecting. */ readonly catchUp: boolean }
  /** A presence update: per client, its id and its state (null: the client left). */
  | { readonly kind: 'awareness'; readonly states: readonly { readonly clientId: number; readonly state: unknown }[] }
  /** A stateless message to the server (the app sends none). */
  | { readonly kind: 'stateless' }
  /** Anything else Hocuspocus handles itself (sync step 1, auth, query awareness, close). */
  | { readonly kind: 'other' }
  /** Never from a client: a message Hocuspocus would relay to everyone as the server's. */
  | { readonly kind: 'forbidden'; readonly why: string };

/** Hocuspocus 3's message types (`MessageType` in @hocuspocus/server). */
const messageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncReply: 4, stateless: 5, broadcastStateless: 6, close: 7 } as const;
const syncStep = { step1: 0, step2: 1, update: 2 } as const;

/** Hocuspocus's message type for authentication (a token for one room name). */
export const authMessageType = messageType.auth;
/** Hocuspocus's message type for presence (awareness), both ways. */
export const awarenessMessageType = messageType.awareness;

/** The room name and message type every client message starts with; throws `MalformedMessage` when they do not read. */
export function readHeader(data: Uint8Array): { readonly room: string; readonly type: number } {
  const reader = new Reader(data);
  const room = reader.string();
  return { room, type: reader.uint() };
}

/** Reads a client message; throws `MalformedMessage` when it is not one. */
export function readClientMessage(data: Uint8Array): ClientMessage {
  const reader = new Reader(data);
  reader.string();
  const type = reader.uint();
  switch (type) {
    case messageType.sync:
    case messageType.syncReply: {
      const step = reader.uint();
      const payload = reader.bytes();
      if (step === syncStep.step2 || step === syncStep.update) return { kind: 'update', update: payload, catchUp: step === syncStep.step2 };
      if (step !== syncStep.step1) throw new MalformedMessage(`unknown sync step ${step}`);
      try {
        Y.decodeStateVector(payload);
      } catch {
        throw new MalformedMessage('a state vector that does not decode');
      }
      return { kind: 'other' };
    }
    case messageType.awareness: {
      const states = readAwareness(new Reader(reader.bytes()));
      if (states === null) return { kind: 'forbidden', why: `a presence state over ${presenceBytes} bytes` };
      return { kind: 'awareness', states };
    }
    case messageType.stateless:
      return { kind: 'stateless' };
    case messageType.auth:
    case messageType.queryAwareness:
    case messageType.close:
      return { kind: 'other' };
    case messageType.broadcastStateless:
      return { kind: 'forbidden', why: 'a client may not broadcast stateless messages (they would reach everyone as the server’s)' };
    default:
      throw new MalformedMessage(`unknown message type ${type}`);
  }
}

/** The largest presence state a client may publish (JSON, bytes): a name, a colour, a selection, a drag and a view fit in far less. */
export const presenceBytes = 4096;

/** An awareness update: a count, then per client its id, clock and state as JSON; null when a state is over `presenceBytes`. */
function readAwareness(reader: Reader): { clientId: number; state: unknown }[] | null {
  const count = reader.uint();
  const states: { clientId: number; state: unknown }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = reader.uint();
    reader.uint();
    const json = reader.bytes();
    if (json.length > presenceBytes) return null;
    try {
      states.push({ clientId, state: JSON.parse(utf8.decode(json)) as unknown });
    } catch (error) {
      if (error instanceof MalformedMessage) throw error;
      throw new MalformedMessage('an awareness state that is not JSON');
    }
  }
  return states;
}

/**
 * Why a connection may not send this presence, or null when it may: each connection speaks
 * for one client only (the first it announces); only a facilitator leads the room's view
 * (`mayAct(…, 'lead')`), and a view-only connection shows no drag (it cannot move anything).
 */
export function presenceProblem(states: readonly { clientId: number; state: unknown }[], own: number | undefined, actor: Actor): string | null {
  for (const { clientId, state } of states) {
    if (own !== undefined && clientId !== own) return 'presence for another client';
    if (typeof state !== 'object' || state === null) continue;
    const { lead, drag, offline, crossed } = state as { lead?: unknown; drag?: unknown; offline?: unknown; crossed?: unknown };
    const given = (value: unknown) => value !== undefined && value !== null;
    if (given(lead) && !mayAct(actor, 'lead')) return actor === 'viewer' ? 'a view-only link leading' : 'a lead from a connection that is not the facilitator’s';
    if (given(drag) && actor === 'viewer') return 'a view-only link dragging';
    if ((given(offline) || given(crossed)) && actor === 'viewer') return 'a view-only link announcing edits';
  }
  return null;
}

/**
 * The `lead.seq` a presence state announces (0: none): the highest leads
 * (src/collab/live/presence.ts), and a client takes the lead with one more than the highest it sees.
 */
export function leadSeq(state: unknown): number {
  if (typeof state !== 'object' || state === null) return 0;
  const seq = (state as { lead?: { seq?: unknown } | null }).lead?.seq;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : 0;
}

export class MalformedMessage extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** lib0's varUint, varString and varUint8Array, refusing to read past the end. */
export class Reader {
  private at = 0;
  constructor(private readonly data: Uint8Array) {}

  uint(): number {
    let value = 0;
    for (let shift = 0; shift < 53; shift += 7) {
      if (this.at >= this.data.length) throw new MalformedMessage('truncated');
      const byte = this.data[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new MalformedMessage('an integer over 53 bits');
  }

  bytes(): Uint8Array {
    const length = this.uint();
    if (this.at + length > this.data.length) throw new MalformedMessage('truncated');
    const bytes = this.data.subarray(this.at, this.at + length);
    this.at += length;
    return bytes;
  }

  string(): string {
    try {
      return utf8.decode(this.bytes());
    } catch (error) {
      if (error instanceof MalformedMessage) throw error;
      throw new MalformedMessage('text that is not UTF-8');
    }
  }
}
