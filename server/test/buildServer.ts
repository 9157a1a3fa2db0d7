import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vitest global setup: the integration tests run dist-server/main.js, built first when stale. */
export default function buildServer(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/freshBuild.mjs', import.meta.url)), 'server'], { stdio: 'inherit' });
}
