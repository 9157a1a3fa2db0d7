import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MalformedMessage, presenceProblem, readClientMessage } from './readClientMessage';

/** lib0's varUint, varString and varUint8Array, as a provider writes them. */
const uint = (value: number): number[] => {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push(0x80 | (value & 0x7f));
    value = Math.floor(value / 128);
  }
  return [...bytes, value];
};
const bytes = (data: Uint8Array | number[]) => [...uint(data.length), ...data];
const text = (value: string) => bytes([...new TextEncoder().encode(value)]);
const message = (...parts: number[][]) => new Uint8Array(parts.flat());

describe('readClientMessage', () => {
  const update = Y.encodeStateAsUpdate(new Y.Doc());

  it('reads a sync step 2 and an update as changes to check', () => {
    expect(readClientMessage(message(text('room'), uint(0), uint(1), bytes(update)))).toEqual({ kind: 'update', update, catchUp: true });
    expect(readClientMessage(message(text('room'), uint(0), uint(2), bytes(update)))).toEqual({ kind: 'update', update, catchUp: false });
  });

  it('lets sync step 1, awareness, auth and close through', () => {
    expect(readClientMessage(message(text('room'), uint(0), uint(0), bytes(Y.encodeStateVector(new Y.Doc())))).kind).toBe('other');
    expect(readClientMessage(message(text('room'), uint(1), bytes(message(uint(1), uint(7), uint(1), text('{"user":{"name":"Ana"}}')))))).toEqual({ kind: 'awareness', states: [{ clientId: 7, state: { user: { name: 'Ana' } } }] });
    expect(readClientMessage(message(text('room'), uint(7))).kind).toBe('other');
  });

  it('forbids a presence state over 4 KB', () => {
    const state = (size: number) => message(text('room'), uint(1), bytes(message(uint(1), uint(7), uint(1), text(JSON.stringify({ user: { name: 'x'.repeat(size) } })))));
    expect(readClientMessage(state(4000)).kind).toBe('awareness');
    expect(readClientMessage(state(4100))).toMatchObject({ kind: 'forbidden', why: expect.stringMatching(/presence state over 4096 bytes/) });
  });

  it('forbids a client’s broadcast of stateless messages (they reach everyone as if from the server)', () => {
    expect(readClientMessage(message(text('room'), uint(6), text('{"type":"deleted"}'))).kind).toBe('forbidden');
  });

  it('throws MalformedMessage for truncated or unknown messages, never anything else', () => {
    const good = message(text('room'), uint(0), uint(2), bytes(update));
    for (let length = 0; length < good.length; length++) expect(() => readClientMessage(good.subarray(0, length))).toThrow(MalformedMessage);
    expect(() => readClientMessage(message(text('room'), uint(99)))).toThrow(MalformedMessage);
    expect(() => readClientMessage(message(text('room'), uint(0), uint(5), bytes([])))).toThrow(MalformedMessage);
    expect(() => readClientMessage(message(text('room'), uint(1), bytes(message(uint(1), uint(7), uint(1), text('{not json')))))).toThrow(MalformedMessage);
    expect(() => readClientMessage(new Uint8Array(Array(20).fill(0xff)))).toThrow(MalformedMessage);
  });

  it('lets a connection speak for one client only, and a view-only one neither lead nor drag', () => {
    const ana = { user: { name: 'Ana' }, lead: null, drag: null };
    expect(presenceProblem([{ clientId: 7, state: ana }], undefined, 'participant')).toBeNull();
    expect(presenceProblem([{ clientId: 7, state: null }], 7, 'viewer')).toBeNull();
    expect(presenceProblem([{ clientId: 8, state: ana }], 7, 'participant')).toMatch(/another client/);
    expect(presenceProblem([{ clientId: 7, state: { ...ana, lead: { seq: 1, view: {} } } }], 7, 'viewer')).toMatch(/view-only/);
    expect(presenceProblem([{ clientId: 7, state: { ...ana, drag: { id: 'item:a', x: 0.5, y: 0.5 } } }], 7, 'viewer')).toMatch(/view-only/);
    expect(presenceProblem([{ clientId: 7, state: { ...ana, drag: { id: 'item:a', x: 0.5, y: 0.5 } } }], 7, 'participant')).toBeNull();
    const notes = { offline: [{ id: 'item:a', field: 'position', base: 'a', mine: 'b' }], crossed: [{ with: 8, id: 'item:a', field: 'position', stands: 'mine' }] };
    expect(presenceProblem([{ clientId: 7, state: { ...ana, ...notes } }], 7, 'viewer')).toMatch(/view-only link announcing edits/);
    expect(presenceProblem([{ clientId: 7, state: { ...ana, ...notes } }], 7, 'participant')).toBeNull();
    expect(presenceProblem([{ clientId: 7, state: { ...ana, lead: { seq: 1, view: {} } } }], 7, 'participant')).toMatch(/not the facilitator/);
    expect(presenceProblem([{ clientId: 7, state: { ...ana, lead: { seq: 1, view: {} } } }], 7, 'facilitator')).toBeNull();
  });
});
