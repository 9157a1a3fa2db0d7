import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort, startServer, tempDir, waitFor } from '../test/harness';

const supervisor = fileURLToPath(new URL('../../scripts/supervise.mjs', import.meta.url));

/** Node options that make the server (not its supervisor) throw from a timer once, `afterMs` after it starts: a bug no client caused. */
function crashOnce(marker: string, afterMs: number): string {
  const code = `import { existsSync, writeFileSync } from 'node:fs';
if (process.argv[1]?.endsWith('main.js') && !existsSync(${JSON.stringify(marker)})) {
  writeFileSync(${JSON.stringify(marker)}, '');
  setTimeout(() => { throw new Error('a bug in the server'); }, ${afterMs});
}`;
  return `--import=data:text/javascript,${encodeURIComponent(code)}`;
}

describe('an uncaught exception', () => {
  it('is logged in one short line, and the server exits (1) instead of running on in an unknown state', async () => {
    const dataDir = tempDir('crash');
    try {
      const server = await startServer({ dataDir, env: { NODE_OPTIONS: crashOnce(join(dataDir, 'crashed'), 300) } });
      const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 5000))]);
      if (code === 'still running') await server.stop('SIGKILL');
      expect(code).toBe(1);
      const lines = server.logs.filter((line) => /uncaught/.test(line));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/uncaught exception: a bug in the server \(at .*\); exiting$/);
      expect(lines[0]!.length).toBeLessThan(300);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('under npm start’s supervisor, the server is started again within seconds, and a SIGTERM still stops both', async () => {
    const dataDir = tempDir('supervised');
    const port = await freePort();
    const child = spawn(process.execPath, [supervisor], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, BANNER: '0', SERVE_APP: '0', NODE_OPTIONS: crashOnce(join(dataDir, 'crashed'), 500) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logs: string[] = [];
    child.stdout!.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
    child.stderr!.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await waitFor(() => existsSync(join(dataDir, 'crashed')) && logs.some((line) => /uncaught exception/.test(line)), 'the crash');
      const crashedAt = Date.now();
      await waitFor(() => logs.filter((line) => line.includes('listening on')).length === 2, 'the server to listen again', 10_000);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      console.log(`restarted and serving ${Date.now() - crashedAt} ms after the crash`);
      expect(Date.now() - crashedAt).toBeLessThan(5000);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('a corrupt store', () => {
  it('stops the server with one line naming the file and what to do, never a stack, and keeps the file', async () => {
    const dataDir = tempDir('corrupt');
    const file = join(dataDir, 'rooms.sqlite');
    const garbage = randomBytes(20_000);
    writeFileSync(file, garbage);
    try {
      const child = spawn(process.execPath, [fileURLToPath(new URL('../../dist-server/main.js', import.meta.url))], {
        env: { ...process.env, PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dataDir, BANNER: '0', SERVE_APP: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
      expect(code).toBe(1);
      const lines = output.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(/kept as it is: restore a backup, or move it aside/);
      expect(readFileSync(file).equals(garbage)).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
