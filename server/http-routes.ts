/**
 * Everything the room server answers over plain HTTP, beside Colyseus' matchmaking: the
 * built game, the phone page (`/vote/CODE`, whose assets the page asks for relative to
 * itself, so `/vote/assets/…` is served from the game's assets), `GET /live/info` and
 * `GET /live/rooms/CODE` (limited per client address, wrong codes above all; an unknown code
 * and a malformed one get the same 404, so that the answer says nothing about which codes exist).
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { pagePolicy, roomServerConnect } from '../build/csp.ts';
import { LivePath, normaliseCode, type Refusal, type ServerInfo } from '../src/live/protocol.ts';
import type { AddressAttempts } from '../src/live/rate-limit.ts';
import { log } from './log.ts';
import type { Lookup } from './recovery.ts';

interface RoutesOptions {
  readonly dist: string;
  readonly info: () => ServerInfo;
  readonly find: (code: string) => Promise<Lookup>;
  /** Shared with the matchmaker (server/live-server.ts): one budget per address for both. */
  readonly attempts: AddressAttempts;
  readonly clientAddress: (req: IncomingMessage) => string;
  /** LIVE_PUBLIC_URL: the address the server is announced under (its host may connect too). */
  readonly publicUrl?: string;
}

const NOT_BUILT =
  'The game is not built yet: run "npm run build" (or "npm start", which builds it), then start the server again.\n';
const PAGE_NOT_BUILT = 'The phone page is not built: run "npm run build", then start the server again.\n';
const VOTE_PAGE = '/vote.html';

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** Which client a request comes from: the socket's address, or the proxy's X-Real-IP when trusted. */
export function clientAddressOf(trustProxy: boolean): (req: IncomingMessage) => string {
  return (req) => {
    const real = req.headers['x-real-ip'];
    if (trustProxy && typeof real === 'string' && real.trim() !== '') return real.trim();
    return req.socket.remoteAddress ?? 'unknown';
  };
}

export function liveRoutes(options: RoutesOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const built = existsSync(join(options.dist, 'index.html'));
  if (!built) log.warn(`no built game in ${options.dist}: run "npm run build"; live votes work, pages answer 503`);
  const files = built
    ? sirv(options.dist, {
        dotfiles: false,
        etag: true,
        // Hashed assets never change; pages and the service worker must be checked each time.
        setHeaders: (res, pathname) =>
          res.setHeader(
            'Cache-Control',
            pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      })
    : undefined;

  async function lookup(req: IncomingMessage, res: ServerResponse, typed: string): Promise<void> {
    const address = options.clientAddress(req);
    const wait = options.attempts.admit(address);
    if (wait !== undefined) {
      const refusal: Refusal = { reason: 'too-many-attempts' };
      return sendJson(res, 429, refusal, { 'Retry-After': String(wait) });
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(typed);
    } catch {
      decoded = '';
    }
    const code = normaliseCode(decoded);
    const found: Lookup = code === undefined ? 'unknown' : await options.find(code);
    if (found === 'unknown') options.attempts.wrongCode(address);
    if (found === 'found') return sendJson(res, 200, { code });
    if (found === 'server-full') return sendJson(res, 503, { reason: 'server-full' } satisfies Refusal);
    sendJson(res, 404, { reason: 'unknown-room' } satisfies Refusal);
  }

  function serveFile(req: IncomingMessage, res: ServerResponse, path: string, missing: string): void {
    if (!files) return sendText(res, 503, NOT_BUILT);
    req.url = path;
    files(req, res, () => sendText(res, 404, missing));
  }

  return (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // The join code is in the phone page's address: never hand it to another site.
    res.setHeader('Referrer-Policy', 'no-referrer');
    // The game's policy (build/csp.ts), with the WebSocket narrowed to this very server.
    res.setHeader(
      'Content-Security-Policy',
      pagePolicy(roomServerConnect(req.headers.host, options.publicUrl), { header: true }),
    );
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed\n');
    if (path === LivePath.info) return sendJson(res, 200, options.info());
    if (path.startsWith(LivePath.room)) {
      lookup(req, res, path.slice(LivePath.room.length)).catch((error) => {
        log.error('room look-up failed', error);
        if (!res.headersSent) sendJson(res, 503, { reason: 'storage-failed' } satisfies Refusal);
        else res.end();
      });
      return;
    }
    if (path === '/vote' || path.startsWith(LivePath.vote)) {
      const rest = path.slice(LivePath.vote.length);
      // `/vote/CODE` (or a mistyped code: the page says so) is the page; anything deeper is its assets.
      if (!rest.includes('/') && !rest.includes('.')) return serveFile(req, res, VOTE_PAGE, PAGE_NOT_BUILT);
      return serveFile(req, res, `/${rest}`, 'Not found\n');
    }
    serveFile(req, res, path, 'Not found\n');
  };
}
