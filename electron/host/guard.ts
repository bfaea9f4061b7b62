// Who may talk to browser mode: requests addressed to our own host and port (no DNS rebinding),
// from our own origin (no other site), carrying this run's token (no other local program or user).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-gloss-token';

/** The cookie is named per port: two Gloss hosts on one machine must not log each other out. */
export function cookieName(port: number): string {
  return `gloss_token_${port}`;
}

export interface Guard {
  port: number;
  token: string;
}

export type Refusal = { status: 403; message: string } | null;

export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Host and Origin must be ours; the token may come later (the entry URL sets the cookie). */
export function checkAddress(req: IncomingMessage, { port }: Guard): Refusal {
  const hosts = ownHosts(port);
  if (!hosts.includes(req.headers.host ?? '')) {
    return { status: 403, message: `Gloss answers only requests addressed to ${hosts[0]}.` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) {
    return { status: 403, message: 'Gloss refuses requests from other web pages.' };
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return { status: 403, message: 'Gloss refuses requests from other web pages.' };
  }
  return null;
}

export function sameToken(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function hasToken(req: IncomingMessage, guard: Guard): boolean {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string') return sameToken(header, guard.token);
  return sameToken(readCookie(req.headers.cookie, cookieName(guard.port)), guard.token);
}

export const tokenRefusal = {
  status: 403,
  message: 'This Gloss page needs the address printed by `npm run serve` (it carries a per-run token). Open that address again.',
} as const;

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function tokenCookie(guard: Guard): string {
  return `${cookieName(guard.port)}=${guard.token}; HttpOnly; SameSite=Strict; Path=/`;
}
