import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './harness';

/** A binary the test needs; a missing one fails the test with what to install (never a skip). */
function required(path: string, what: string): string {
  const found = path.includes('/') ? (existsSync(path) ? path : null) : findOnPath(path);
  if (!found) throw new Error(`${what} is missing (${path}): install it with apt-get install ${what} (scripts/test.sh does).`);
  return found;
}

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

export interface Service {
  readonly url: string;
  stop(): Promise<void>;
}

/** Debian's redis-server on a free loopback port, nothing saved. */
export async function startRedis(): Promise<Service> {
  const binary = required('redis-server', 'redis-server');
  const port = await freePort();
  const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => output.includes('Ready to accept connections') || child.exitCode !== null, 'redis-server to start');
  if (child.exitCode !== null) throw new Error(`redis-server did not start:\n${output}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

const pgBin = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL 15 cluster of its own in a temporary folder, on a free loopback port, trust
 * authentication. PostgreSQL refuses to run as root: as root, it runs as `postgres`.
 */
export async function startPostgres(): Promise<Service> {
  const initdb = required(`${pgBin}/initdb`, 'postgresql');
  const pgCtl = required(`${pgBin}/pg_ctl`, 'postgresql');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pa-map-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = execFileSync('id', ['-u', 'postgres']).toString().trim().split('\n').concat(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, Number(uid), Number(gid));
  }
  const run = (binary: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : binary, asRoot ? ['-u', 'postgres', '--', binary, ...args] : args, { stdio: 'pipe', cwd: dir });
  const data = join(dir, 'data');
  try {
    run(initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    run(pgCtl, ['-D', data, '-o', `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`PostgreSQL did not start: ${stderr?.toString() ?? ''}${stdout?.toString() ?? ''}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
