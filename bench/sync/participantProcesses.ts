import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { createItem } from '../../src/model/board';
import { mapPoint } from '../../src/model/mapPoint';
import type { Item } from '../../src/model/types';
import type { FromGroup, GroupResult, RunPlan, Seat, ToGroup } from './messages';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Inside node_modules, so the built module finds the packages it leaves out. */
const outDir = join(root, 'node_modules', '.cache', 'sync-bench');

/** Builds `participantGroup.ts` and the app code it runs into one ES module for plain Node (packages stay in node_modules). */
export async function buildParticipantGroup(): Promise<string> {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: 'bench/sync/participantGroup.ts',
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'participantGroup.mjs' } },
    },
  });
  return join(outDir, 'participantGroup.mjs');
}

export interface GroupProcess {
  readonly pid: number;
  send(message: ToGroup): void;
  /** The next message of `type`; rejects when the process fails, exits or takes longer than `timeoutMs`. */
  next<T extends FromGroup['type']>(type: T, timeoutMs: number): Promise<Extract<FromGroup, { type: T }>>;
  /** Lets the process exit by itself (it writes its CPU profile, if asked for one); kills it after 5 s. */
  end(): Promise<void>;
  kill(): void;
}

/** A participant process (see `participantGroup.ts`) running the module `entry`; with `profileDir`, it saves a CPU profile there. */
export function startGroup(entry: string, profileDir?: string): GroupProcess {
  const execArgv = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const inbox: FromGroup[] = [];
  const waiting = new Set<() => void>();
  let exited: string | null = null;
  child.on('message', (message: FromGroup) => {
    inbox.push(message);
    waiting.forEach((wake) => wake());
  });
  child.once('exit', (code, signal) => {
    exited = `a participant process exited (${signal ?? code})`;
    waiting.forEach((wake) => wake());
  });
  return {
    pid: child.pid!,
    send: (message) => child.send(message),
    next<T extends FromGroup['type']>(type: T, timeoutMs: number) {
      return new Promise<Extract<FromGroup, { type: T }>>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`a participant process did not answer '${type}' in ${timeoutMs} ms`)), timeoutMs);
        const finish = (error: Error | null, message?: FromGroup) => {
          clearTimeout(timer);
          waiting.delete(check);
          if (error) reject(error);
          else resolve(message as Extract<FromGroup, { type: T }>);
        };
        const check = () => {
          const failed = inbox.find((message) => message.type === 'failed');
          if (failed?.type === 'failed') return finish(new Error(`a participant process failed: ${failed.message}`));
          const at = inbox.findIndex((message) => message.type === type);
          if (at >= 0) return finish(null, inbox.splice(at, 1)[0]);
          if (exited) finish(new Error(exited));
        };
        waiting.add(check);
        check();
      });
    },
    async end() {
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => this.kill(), 5_000);
      await exit;
      clearTimeout(timer);
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** One product per participant, spread along the middle: the item each of them drags and drops. */
export function benchItems(participants: number): Item[] {
  return Array.from({ length: participants }, (_, i) => createItem('product', `Product ${i + 1}`, mapPoint((i + 0.5) / participants, 0.5), { id: `item:bench${i}` }));
}

/** Seats the room's people (one per item) round-robin over the processes; resolves once every process sees all of them. */
export async function joinGroups(groups: readonly GroupProcess[], room: { wsUrl: string; room: string; token: string; items: readonly Item[] }, timeoutMs: number): Promise<void> {
  const seats: Seat[] = room.items.map((item, i) => ({ name: `Person ${i + 1}`, itemId: item.id }));
  groups.forEach((group, g) =>
    group.send({ type: 'join', wsUrl: room.wsUrl, room: room.room, token: room.token, participants: seats.filter((_, i) => i % groups.length === g), everyone: seats.length }),
  );
  await Promise.all(groups.map((group) => group.next('ready', timeoutMs)));
}

/** Every process runs `plan`; its results once all have answered. */
export async function runGroups(groups: readonly GroupProcess[], plan: RunPlan): Promise<GroupResult[]> {
  groups.forEach((group) => group.send({ type: 'run', plan }));
  const messages = await Promise.all(groups.map((group) => group.next('result', plan.durationMs + 60_000)));
  return messages.map((message) => message.result);
}

/** Everyone leaves the room and the processes exit. */
export async function leaveGroups(groups: readonly GroupProcess[]): Promise<void> {
  groups.forEach((group) => group.send({ type: 'leave' }));
  await Promise.all(groups.map((group) => group.next('left', 30_000)));
  await Promise.all(groups.map((group) => group.end()));
}
