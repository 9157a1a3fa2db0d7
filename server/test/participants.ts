import * as Y from 'yjs';
import { expect } from 'vitest';
import { createItem } from '../../src/model/board';
import { mapPoint } from '../../src/model/mapPoint';
import { boardTypes } from '../../src/collab/boardYDoc';
import { readBoard } from '../../src/collab/readBoard';
import { createSharedDocument, type SharedDocument } from '../../src/collab/sharedDocument';
import { connect, waitFor, type Client } from './harness';

/** A participant who edits through the app's own commands (createSharedDocument), and remembers each change it wrote. */
export interface Participant extends Client {
  readonly name: string;
  readonly board: SharedDocument;
  /** Every update this participant wrote, oldest first. */
  readonly written: Uint8Array[];
  /** Adds an item labelled `${name}-${count}`; moves one of its own or renames the board now and then. */
  step(n: number, random: () => number): void;
}

export async function join(server: { wsUrl: string }, room: string, token: string, name: string): Promise<Participant> {
  const client = connect(server, room, token);
  await client.synced();
  const origin = { name };
  const written: Uint8Array[] = [];
  client.doc.on('update', (update: Uint8Array, from: unknown) => {
    if (from === origin || (typeof from === 'object' && from !== null && 'viewOf' in from)) written.push(update);
  });
  const board = createSharedDocument(client.doc, { origin });
  const mine: string[] = [];
  let added = 0;
  return Object.assign(client, {
    name,
    board,
    written,
    step(n: number, random: () => number) {
      const roll = random();
      if (mine.length === 0 || roll < 0.6) {
        const item = createItem('product', `${name}-${++added}`, mapPoint(random(), random()));
        mine.push(item.id);
        board.execute({ type: 'addItems', items: [item] });
      } else if (roll < 0.9) {
        const id = mine[Math.floor(random() * mine.length)]!;
        if (board.board.items.some((item) => item.id === id)) board.execute({ type: 'moveItem', id, position: mapPoint(random(), random()) });
      } else {
        board.execute({ type: 'setTitle', title: `Title by ${name} ${n}` });
      }
    },
  });
}

/** A small deterministic random source (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The board as everyone compares it: the rule book's read, valid and whole. */
export function boardOf(doc: Y.Doc) {
  const read = readBoard(doc);
  expect(read.ok).toBe(true);
  if (!read.ok) throw new Error(read.errors.join());
  expect(read.leftOut).toEqual([]);
  return read.board;
}

/** Waits until every client holds the same document (state vectors and boards equal). */
export async function converged(clients: readonly Client[], timeoutMs = 20_000): Promise<void> {
  await waitFor(
    () => {
      const first = Y.encodeStateVector(clients[0]!.doc);
      return clients.every((client) => Buffer.compare(Buffer.from(Y.encodeStateVector(client.doc)), Buffer.from(first)) === 0 && client.provider.isSynced);
    },
    'the clients to converge',
    timeoutMs,
  );
  const boards = clients.map((client) => boardOf(client.doc));
  for (const board of boards.slice(1)) expect(board).toEqual(boards[0]);
}

/** Waits until the server said it stored everything `client` holds. */
export function storedAll(client: Client, timeoutMs = 20_000): Promise<void> {
  return waitFor(() => client.stored !== null && Y.snapshotContainsUpdate(client.stored, Y.encodeStateAsUpdate(client.doc)), 'the server to store everything', timeoutMs);
}

/** No item twice: the order lists each id once, and every item has an id in it. */
export function expectNoDuplicates(doc: Y.Doc): void {
  const { items, order } = boardTypes(doc);
  const ids = order.toArray();
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBe(items.size);
  const labels = [...items.values()].map((fields) => (fields as Y.Map<unknown>).get('label'));
  expect(new Set(labels).size).toBe(labels.length);
}
