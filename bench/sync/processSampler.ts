import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

/** Clock ticks per second in /proc (USER_HZ: 100 on Linux). */
const ticksPerSecond = 100;

/** One interval's load. CPU figures are in % of one core. */
export interface LoadSample {
  /** Seconds since the sampler started. */
  readonly s: number;
  readonly serverCpu: number;
  readonly serverRssMB: number;
  /** The participant processes together. */
  readonly participantsCpu: number;
  /** Everything else on the machine (the bench's own process included): another job disturbs the run. */
  readonly othersCpu: number;
  /** The whole machine, in % of all its cores. */
  readonly machineCpu: number;
}

/** utime + stime of a process, in ticks (/proc/<pid>/stat fields 14 and 15; the name in parentheses may hold spaces). */
function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return Number.NaN;
  }
}

function rssMB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Busy and total ticks of all cores (/proc/stat; idle and iowait are not busy). */
function machineTicks(): { busy: number; total: number } {
  const values = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  return { busy: total - values[3]! - values[4]!, total };
}

/**
 * Samples the server (CPU, RSS), the participant processes and the machine every `intervalMs`
 * (from /proc) until `stop`.
 */
export function sampleLoad(
  server: number,
  participants: readonly number[],
  intervalMs = 1000,
): { readonly samples: readonly LoadSample[]; readonly startedAt: number; secondsAt(epochMs: number): number; stop(): void } {
  const cores = cpus().length;
  const samples: LoadSample[] = [];
  const startedAt = performance.now();
  const read = () => ({
    at: performance.now(),
    server: processTicks(server),
    participants: participants.reduce((sum, pid) => sum + (processTicks(pid) || 0), 0),
    machine: machineTicks(),
  });
  let last = read();
  const timer = setInterval(() => {
    const next = read();
    const seconds = (next.at - last.at) / 1000;
    const percent = (ticks: number) => (100 * ticks) / ticksPerSecond / seconds;
    const machine = (next.machine.busy - last.machine.busy) / Math.max(1, next.machine.total - last.machine.total);
    const serverCpu = percent(next.server - last.server);
    const participantsCpu = percent(next.participants - last.participants);
    try {
      samples.push({
        s: (next.at - startedAt) / 1000,
        serverCpu,
        serverRssMB: rssMB(server),
        participantsCpu,
        othersCpu: Math.max(0, 100 * cores * machine - serverCpu - participantsCpu),
        machineCpu: 100 * machine,
      });
    } catch {
      // The server is gone: the bench ends it, or reports that it failed.
    }
    last = next;
  }, intervalMs);
  return {
    samples,
    startedAt,
    /** A wall-clock time (ms since the epoch, as `now()` gives) in seconds since the sampler started: a `LoadSample.s`. */
    secondsAt: (epochMs) => (epochMs - performance.timeOrigin - startedAt) / 1000,
    stop: () => clearInterval(timer),
  };
}

/** The size in bytes of each file in `dir` (SQLite's database, -wal and -shm). */
export function fileSizes(dir: string): Record<string, number> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).size]));
}

export const dirBytes = (dir: string): number => Object.values(fileSizes(dir)).reduce((sum, size) => sum + size, 0);
