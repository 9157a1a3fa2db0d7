// Builds the app (dist/) and the server (dist-server/) only when their output is missing or
// older than their sources. Shared by `npm start`, `npm run dev` and the server's tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const isTest = (name) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(name);

/** The newest modification time among `paths` (files, or folders walked), tests left out. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'test' && !isTest(entry)) visit(join(path, entry));
    } else latest = Math.max(latest, info.mtimeMs);
  };
  paths.forEach((path) => visit(join(root, path)));
  return latest;
}

const shared = ['src', 'package.json', 'package-lock.json'];
export const targets = {
  app: { output: 'dist/index.html', sources: [...shared, 'index.html', 'public', 'vite.config.ts', 'tsconfig.json'], args: ['build', '--logLevel', 'warn'] },
  server: { output: 'dist-server/main.js', sources: [...shared, 'server'], args: ['build', '--config', 'server/vite.config.ts'] },
};

export function isStale(name) {
  const { output, sources } = targets[name];
  const out = join(root, output);
  return !existsSync(out) || newest(sources) > statSync(out).mtimeMs;
}

/** Builds `name` when stale; throws when the build fails. */
export function buildIfStale(name) {
  if (!isStale(name)) return false;
  console.log(`Building the ${name}…`);
  const result = spawnSync(process.execPath, [vite, ...targets[name].args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`The ${name} build failed (exit ${result.status}).`);
  return true;
}

// `node scripts/freshBuild.mjs app server`: build those that are stale.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    for (const name of process.argv.slice(2)) buildIfStale(name);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
