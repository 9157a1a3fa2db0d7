import { boardTypes } from '../src/collab/boardYDoc';
import type { WorkshopRequest } from '../src/collab/workshopProtocol';
import { connect, createRoom, waitFor, type Client } from '../server/test/harness';
import { bigBoard } from '../server/test/boards';

/**
 * A room for the round benchmarks: a facilitator and `participants` people (the app's own
 * provider in Node), each having said who they are; rounds of 10 items, everyone placing.
 */
export async function roundRoom(server: { url: string; wsUrl: string }, participants: number) {
  const board = bigBoard(10);
  const itemIds = board.items.slice(-10).map((item) => item.id);
  const created = await createRoom(server as Parameters<typeof createRoom>[0], board);
  const ask = (client: Client, request: WorkshopRequest) => client.provider.sendStateless(JSON.stringify(request));
  const host = connect(server, created.room, created.facilitatorToken);
  const people = Array.from({ length: participants }, () => connect(server, created.room, created.editToken));
  await Promise.all([host, ...people].map((client) => client.synced()));
  ask(host, { type: 'hello', person: 'bench-host-0', name: 'Host' });
  people.forEach((client, i) => ask(client, { type: 'hello', person: `bench-person-${i}`, name: `P${i}` }));
  /** Round `number` as a client's board holds it. */
  const roundOf = (client: Client, number: number) => ([...boardTypes(client.doc).records.rounds.values()] as { id: string; status: string; number: number }[]).find((round) => round.number === number);
  return {
    created,
    host,
    people,
    roundOf,
    /** Starts round `number`, everyone places all 10 items and says done; resolves with its id once the facilitator hears so. */
    async placedRound(number: number): Promise<string> {
      ask(host, { type: 'startRound', question: 'Q', itemIds, start: 'tray', showNames: false, minutes: null });
      await waitFor(() => people.every((client) => roundOf(client, number)?.status === 'open'), 'the round everywhere', 60_000);
      const id = roundOf(host, number)!.id;
      people.forEach((client, i) => ask(client, { type: 'place', roundId: id, placements: itemIds.map((itemId, k) => ({ itemId, x: ((i * 7 + k * 13 + number) % 97) / 97, y: ((i * 11 + k * 5 + number) % 89) / 89 })), done: true }));
      await waitFor(() => host.messages.some((m) => m.type === 'progress' && m.roundId === id && m.done === participants), 'everyone done', 60_000);
      return id;
    },
    close: (roundId: string) => ask(host, { type: 'closeRound', roundId }),
    destroy: () => [host, ...people].forEach((client) => client.destroy()),
  };
}
