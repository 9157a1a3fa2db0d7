import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientError } from '../log';
import { WindowCounts } from './WindowCounts';

/**
 * Wrong join codes one address may ask for in `missWindowMs`. A person mistypes a code once or
 * twice; guessing one of 32⁶ (about 10⁹) codes at this rate takes an address centuries.
 */
export const joinMissesPerWindow = 20;
const missWindowMs = 60_000;
/** Addresses the miss counts remember at once (past that the oldest window goes). */
const missAddresses = 10_000;

/** A join code on the wall (`/j/ABC234`, any case). */
const joinPath = /^\/j\/([A-Za-z0-9]{6})\/?$/;

/**
 * `GET /j/{code}`: a redirect to the edit link the code stands for while the facilitator shows
 * it. Returns false for any other request. An address over its misses is answered 429 before
 * the code is looked up, so a guesser learns nothing from it, not even a right guess.
 */
export function joinRedirect(joinLink: (code: string) => { room: string; token: string } | null) {
  const misses = new WindowCounts(missWindowMs, missAddresses);
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const code = joinPath.exec((request.url ?? '/').split('?')[0]!)?.[1];
    if (!code || request.method !== 'GET') return false;
    const address = request.socket.remoteAddress ?? '';
    const now = Date.now();
    if (misses.count(address, now) >= joinMissesPerWindow) {
      clientError(`join code refused: over ${joinMissesPerWindow} wrong codes in a minute from one address`);
      response.writeHead(429, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(missWindowMs / 1000) }).end('Too many wrong join codes: wait a minute, or ask the facilitator for the link.');
      return true;
    }
    const join = joinLink(code.toUpperCase());
    if (join) {
      response.writeHead(302, { Location: `/?room=${join.room}#edit=${join.token}`, 'Cache-Control': 'no-store' }).end();
      return true;
    }
    misses.add(address, now);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This join code is not shown any more: ask the facilitator for the link.');
    return true;
  };
}
