import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { readSyncRates, type SyncRates } from './sync/syncRates';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** The port people open (the dev server proxies to this one): used in the addresses shown and in `Health.origins`. */
  readonly publicPort: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  /** The built app; null serves the API and sync only (the dev server serves the app). */
  readonly appDir: string | null;
  /** Print the addresses and a QR code at start. */
  readonly banner: boolean;
  /** A connection must authenticate for a room name this soon after connecting or sending for it (ms). */
  readonly authenticateWithinMs: number;
  /** Open WebSocket connections one remote address may hold (loopback included). */
  readonly connectionsPerAddress: number;
  /** Names besides this machine's own that requests may be addressed to (ALLOWED_HOSTS, comma-separated). */
  readonly allowedHosts: readonly string[];
  /** Origins besides the app's own whose pages may use the socket and the API (ALLOWED_ORIGINS, comma-separated). */
  readonly allowedOrigins: readonly string[];
  /** Message and byte rates per connection, per presence, per address and per room (RATE_* variables). */
  readonly rates: SyncRates;
  /** How long a timer's minute lasts (MINUTE_MS): 60,000, shorter only to test timers. */
  readonly minuteMs: number;
}

/** The server's settings from its environment; the built app sits beside the built server (`dist/` next to `dist-server/`). */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.PORT || 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    publicPort: Number(env.PUBLIC_PORT || port),
    dataDir: resolve(env.DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    appDir: env.SERVE_APP === '0' ? null : resolve(env.APP_DIR || fileURLToPath(new URL('../dist', import.meta.url))),
    banner: env.BANNER !== '0',
    authenticateWithinMs: positive(env, 'AUTHENTICATE_WITHIN_MS', 5000),
    connectionsPerAddress: positive(env, 'MAX_CONNECTIONS_PER_ADDRESS', 50),
    allowedHosts: list(env.ALLOWED_HOSTS),
    allowedOrigins: list(env.ALLOWED_ORIGINS),
    rates: readSyncRates(env),
    minuteMs: positive(env, 'MINUTE_MS', 60_000),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] || fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not ${env[name]}`);
  return value;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
}
