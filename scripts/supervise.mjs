// Runs the built server (dist-server/main.js) and starts it again when it fails after it was
// serving: an uncaught exception exits it (it would run on in an unknown state), and people's
// devices reconnect within seconds. A server that fails before serving (a port in use, a bad
// setting) is not restarted. SIGINT and SIGTERM go to the server, which stores every room; this
// process exits with it. The server runs in a process group of its own (a terminal's Ctrl-C
// reaches it once, through here) and stops by itself if this process dies (its IPC channel closes).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist-server/main.js', import.meta.url));
const firstWaitMs = 1000;
const longestWaitMs = 10_000;
/** A server that served this long before failing is restarted after the first wait again. */
const steadyMs = 60_000;

let child = null;
let stopping = false;
let waitMs = firstWaitMs;

function start() {
  const startedAt = Date.now();
  let serving = false;
  child = fork(main, [], { stdio: 'inherit', detached: true });
  child.on('message', (message) => {
    if (message === 'listening') serving = true;
  });
  child.on('exit', (code, signal) => {
    child = null;
    if (stopping || code === 0) process.exit(code ?? 0);
    if (!serving) process.exit(code ?? 1);
    if (Date.now() - startedAt > steadyMs) waitMs = firstWaitMs;
    console.log(`The server stopped (${signal ?? `exit code ${code}`}); starting it again in ${waitMs / 1000} s.`);
    setTimeout(start, waitMs);
    waitMs = Math.min(waitMs * 2, longestWaitMs);
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (child) child.kill(signal);
    else process.exit(0);
  });
}
start();
