import type { Store } from '../../store/createStore';
import type { AppState } from '../../store/appState';
import type { WorkshopState } from '../../store/liveState';
import type { MapPoint } from '../../model/types';
import type { WorkshopMessage, WorkshopRequest } from '../workshopProtocol';

/** The clock is asked again this often, and each time with this many pings. */
const clockEveryMs = 60_000;
const pingsPerCheck = 3;
/** My placements go to the server at most this often while I drag or type. */
const placeEveryMs = 150;

export interface WorkshopClient {
  receive(message: WorkshopMessage): void;
  /** Connected (again): say who I am and set the clock. */
  connected(): void;
  setName(name: string): void;
  place(roundId: string, itemId: string, at: MapPoint | null): void;
  setDone(roundId: string, done: boolean): void;
  /** My dots in the open vote, all of them (sent at once). */
  vote(voteId: string, dots: Readonly<Record<string, number>>): void;
  send(request: WorkshopRequest): void;
  destroy(): void;
}

/**
 * The room's workshop on this device: who I am in the rounds (a random id kept in this
 * browser), my placements in the open round (kept here and on the server, which sends them
 * back after a reload), the round's progress, and the server's clock (offset from the
 * quickest of several round trips, asked on connecting and every minute).
 */
export function startWorkshop(options: {
  store: Store<AppState>;
  send: (request: WorkshopRequest) => void;
  person: string;
  name: string | null;
  viewer: () => boolean;
  /** A request the server refused, in its words. */
  onRefused?: (reason: string) => void;
}): WorkshopClient {
  const { store, send, person } = options;
  let name = options.name;
  const set = (change: (w: WorkshopState) => Partial<WorkshopState>) =>
    store.setState((s) => (s.live ? { ...s, live: { ...s.live, workshop: { ...s.live.workshop, ...change(s.live.workshop) } } } : s));
  const workshop = () => store.getState().live?.workshop;

  let pingId = 0;
  const sentAt = new Map<number, number>();
  let best: { rtt: number; offset: number; at: number } | null = null;
  const checkClock = () => {
    for (let i = 0; i < pingsPerCheck; i++) {
      setTimeout(() => {
        const id = ++pingId;
        sentAt.set(id, performance.now());
        send({ type: 'ping', id });
      }, i * 250);
    }
  };
  const clock = setInterval(checkClock, clockEveryMs);

  let placing: ReturnType<typeof setTimeout> | null = null;
  const sendMine = () => {
    placing = null;
    const mine = workshop()?.mine;
    if (!mine) return;
    send({ type: 'place', roundId: mine.roundId, placements: Object.entries(mine.placements).map(([itemId, p]) => ({ itemId, x: p.x, y: p.y })), done: mine.done });
  };
  const sendSoon = () => {
    placing ??= setTimeout(sendMine, placeEveryMs);
  };
  const hello = () => {
    if (name && !options.viewer()) send({ type: 'hello', person, name });
  };

  return {
    receive(message) {
      switch (message.type) {
        case 'pong': {
          const sent = sentAt.get(message.id);
          sentAt.delete(message.id);
          if (sent === undefined) return;
          const now = performance.now();
          const rtt = now - sent;
          // The server read its clock about halfway through the round trip.
          const offset = message.server - (Date.now() - rtt / 2);
          // The quickest trip of the last few minutes says the most; an older one gives way.
          if (!best || rtt <= best.rtt || now - best.at > 3 * clockEveryMs) best = { rtt, offset, at: now };
          const offsetMs = best.offset;
          set(() => ({ offsetMs }));
          return;
        }
        case 'progress':
          set(() => ({ progress: { roundId: message.roundId, done: message.done, total: message.total, waiting: message.waiting } }));
          return;
        case 'mine': {
          const current = workshop()?.mine;
          // What I placed here since takes precedence over the server's copy (it is on its way).
          if (current?.roundId === message.roundId && placing) return;
          set(() => ({ mine: { roundId: message.roundId, placements: Object.fromEntries(message.placements.map((p) => [p.itemId, { x: p.x, y: p.y } as MapPoint])), done: message.done } }));
          return;
        }
        case 'joinCode':
          set(() => ({ join: message.join }));
          return;
        case 'myDots':
          set(() => ({ myDots: { voteId: message.voteId, dots: message.dots } }));
          return;
        case 'workshopRefused':
          options.onRefused?.(message.reason);
          return;
      }
    },
    connected() {
      hello();
      checkClock();
    },
    setName(next) {
      name = next;
      hello();
    },
    place(roundId, itemId, at) {
      set((w) => {
        const base = w.mine?.roundId === roundId ? w.mine : { roundId, placements: {}, done: false };
        const placements = { ...base.placements };
        if (at) placements[itemId] = at;
        else delete placements[itemId];
        return { mine: { ...base, placements } };
      });
      sendSoon();
    },
    setDone(roundId, done) {
      set((w) => ({ mine: { roundId, placements: w.mine?.roundId === roundId ? w.mine.placements : {}, done } }));
      sendSoon();
    },
    vote(voteId, dots) {
      set(() => ({ myDots: { voteId, dots } }));
      send({ type: 'vote', voteId, dots });
    },
    send,
    destroy() {
      clearInterval(clock);
      if (placing) clearTimeout(placing);
    },
  };
}

/** This browser's id in rounds: random, kept in localStorage (a fresh one per tab where storage is unavailable). */
export function personId(): string {
  const key = 'pa-map-person';
  try {
    const kept = localStorage.getItem(key);
    if (kept && /^[A-Za-z0-9_-]{8,40}$/.test(kept)) return kept;
    const made = crypto.randomUUID().replace(/-/g, '');
    localStorage.setItem(key, made);
    return made;
  } catch {
    return crypto.randomUUID().replace(/-/g, '');
  }
}
