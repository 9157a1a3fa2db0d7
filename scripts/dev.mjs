// `npm run dev`: the sync server (API and WebSocket, no app) on 127.0.0.1:5174, and Vite's dev
// server on 5173, which proxies /api and /sync to it (vite.config.ts). Arguments go to Vite.
// The sync server is built when stale at start; restart after changing server/.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, root } from './freshBuild.mjs';

try {
  buildIfStale('server');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const children = [];
const run = (args, env = {}) => {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    children.forEach((other) => other !== child && other.kill('SIGTERM'));
    process.exitCode = code ?? 0;
  });
  return child;
};

run([join(root, 'dist-server', 'main.js')], { PORT: '5174', HOST: '127.0.0.1', PUBLIC_PORT: '5173', SERVE_APP: '0', BANNER: '0' });
run([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), ...process.argv.slice(2)]);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));
