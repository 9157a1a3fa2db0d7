// `npm start`: builds the app and the server if needed, then runs the server, restarted when it
// fails (scripts/supervise.mjs; PORT, HOST, DATA_DIR, DATABASE_URL, REDIS_URL: see server/config.ts).
import { buildIfStale } from './freshBuild.mjs';

try {
  buildIfStale('app');
  buildIfStale('server');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
await import('./supervise.mjs');
