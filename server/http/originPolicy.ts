import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { lanOrigins } from '../addresses';

export interface OriginPolicyOptions {
  /** The address the server listens on (HOST). */
  readonly host: string;
  /** The port people open (PUBLIC_PORT). */
  readonly publicPort: number;
  /** More names the server may be reached by (ALLOWED_HOSTS: a reverse proxy's, a DNS name). */
  readonly allowedHosts: readonly string[];
  /** More origins whose pages may use the socket and the API (ALLOWED_ORIGINS). */
  readonly allowedOrigins: readonly string[];
}

export interface OriginPolicy {
  /** The Host header names this server (any port): a DNS-rebinding page's request names the attacker's domain. */
  hostAllowed(request: IncomingMessage): boolean;
  /** No Origin (a client that is not a browser), or the app's own origin: a page elsewhere may not use the socket or the API. */
  originAllowed(request: IncomingMessage): boolean;
}

const anyHost = new Set(['0.0.0.0', '::', '']);

/** Who may talk to this server: the names it is reached by and the origins its app is served from. */
export function originPolicy({ host, publicPort, allowedHosts, allowedOrigins }: OriginPolicyOptions): OriginPolicy {
  const fixedHosts = new Set(['localhost', '127.0.0.1', '[::1]', ...allowedHosts.map((name) => hostnameOf(name) ?? name.toLowerCase())]);
  const machine = hostname().toLowerCase();
  if (machine) fixedHosts.add(machine).add(`${machine}.local`);
  if (!anyHost.has(host)) fixedHosts.add(hostnameOf(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host) ?? host);
  const extraOrigins = new Set(allowedOrigins.map((origin) => originOf(origin)).filter((origin) => origin !== null));

  const hostAllowed = (request: IncomingMessage): boolean => {
    const name = hostnameOf(request.headers.host ?? '');
    return name !== null && (fixedHosts.has(name) || /^127\.\d+\.\d+\.\d+$/.test(name) || machineAddresses().has(name));
  };
  const originAllowed = (request: IncomingMessage): boolean => {
    const given = request.headers.origin;
    if (given === undefined) return true;
    const origin = originOf(given);
    if (origin === null) return false;
    const own = request.headers.host;
    const sameOrigin = own !== undefined && hostAllowed(request) && (origin === originOf(`http://${own}`) || origin === originOf(`https://${own}`));
    return sameOrigin || extraOrigins.has(origin) || lanOrigins(host, publicPort).includes(origin);
  };
  return { hostAllowed, originAllowed };
}

/** This machine's addresses as a Host header names them (IPv6 in brackets). */
function machineAddresses(): Set<string> {
  const addresses = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []);
  return new Set(addresses.map((entry) => (entry.family === 'IPv6' ? `[${entry.address.split('%')[0]!.toLowerCase()}]` : entry.address)));
}

function hostnameOf(host: string): string | null {
  if (!host || /[\s/\\@?#]/.test(host)) return null;
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function originOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
