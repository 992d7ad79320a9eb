/**
 * Deep links a facilitator can put in slides: `#chapter/N`, `#chapter-file` (open a chapter
 * file from the disk), `#sandbox`, `#classroom` (and `#classroom/new?…`),
 * `#live` (and `#live/new?…`, src/live/link.ts), `#settings`, `#credits`. The hash is read
 * when the game starts and whenever it changes.
 */
import { liveRoute, type LiveRoute } from '../../live/route.ts';
import { sandboxRoute, type SandboxRoute } from '../sandbox/route.ts';

export type Route =
  | { readonly kind: 'chapter'; readonly number: number }
  | SandboxRoute
  | LiveRoute
  | { readonly kind: 'chapter-file' }
  | ClassroomRoute
  | { readonly kind: 'settings' }
  | { readonly kind: 'credits' };

/**
 * `#classroom`, and `#classroom/new?q=…&options=A|B|C&kind=…&methods=…` (a pass-and-play vote
 * set up that way, read by src/live/link.ts's rules); anything else after `#classroom/` is kept
 * as `unknown`, to be said on the screen.
 */
interface ClassroomRoute {
  readonly kind: 'classroom';
  readonly query?: string;
  readonly unknown?: string;
}

function classroomRoute(hash: string): ClassroomRoute | undefined {
  const text = hash.replace(/^#\/?/, '').trim();
  const match = /^(?:classroom|classe)\/([^?]*)(?:\?(.*))?$/is.exec(text);
  if (!match) return undefined;
  const sub = match[1].replace(/\/+$/, '');
  if (sub === '' && match[2] === undefined) return { kind: 'classroom' };
  if (/^(?:new|nouveau)$/i.test(sub)) return { kind: 'classroom', query: match[2] ?? '' };
  return { kind: 'classroom', unknown: text };
}

const ROUTE_NAMES = ['sandbox', 'classroom', 'settings', 'credits', 'chapter-file'] as const;

/** What an address asks for: a route, nothing (no hash), or something the game cannot follow. */
type Address =
  | { readonly kind: 'route'; readonly route: Route }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown' | 'malformed'; readonly shown: string };

/** Longest part of a bad address repeated in the message (a pasted address can be very long). */
const SHOWN_CHARS = 60;

/** Never throws: a bad percent-encoding (`#%`, `#%E0%A4%A`) is `malformed`, not an exception. */
export function readAddress(hash: string): Address {
  if (hash.replace(/^#\/?/, '').trim() === '') return { kind: 'none' };
  const route = parseRoute(hash);
  if (route) return { kind: 'route', route };
  // The decoded text is compared so that the bundler cannot drop the call as unused.
  let malformed: boolean;
  try {
    malformed = decodeURIComponent(hash) === undefined;
  } catch {
    malformed = true;
  }
  // Shown as typed, control characters and bidi overrides replaced: the message must not be forged by the address.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const raw = hash.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
  const shown = raw.length > SHOWN_CHARS ? `${raw.slice(0, SHOWN_CHARS)}…` : raw;
  return { kind: malformed ? 'malformed' : 'unknown', shown };
}

export function parseRoute(hash: string): Route | undefined {
  // `#sandbox/PRESET` and `#sandbox/share/CODE` (a case-sensitive code): read before lower-casing.
  const sandbox = sandboxRoute(hash);
  if (sandbox) return sandbox;
  // `#live/new?q=…`: the question and options keep their case.
  const live = liveRoute(hash);
  if (live) return live;
  // `#classroom/new?q=…`: the question and options keep their case too.
  const classroom = classroomRoute(hash);
  if (classroom) return classroom;
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash.replace(/^#\/?/, ''));
  } catch {
    return undefined; // `#%`: no route (readAddress says it is malformed)
  }
  const path = decoded.trim().toLowerCase().replace(/\/+$/, '');
  const chapter = /^(?:chapter|chapitre)\/(\d{1,2})$/.exec(path);
  if (chapter) return { kind: 'chapter', number: Number(chapter[1]) };
  return (ROUTE_NAMES as readonly string[]).includes(path) ? { kind: path as (typeof ROUTE_NAMES)[number] } : undefined;
}

export function routeHash(route: Route): string {
  if (route.kind === 'classroom' && route.query !== undefined) return `#classroom/new?${route.query}`;
  return route.kind === 'chapter'
    ? `#chapter/${route.number}`
    : route.kind === 'live' && route.query !== undefined
      ? `#live/new?${route.query}`
      : `#${route.kind}`;
}

/** Forgets the hash once followed, so that a reload continues the game instead of following it again. */
export function clearHash(): void {
  if (typeof history !== 'undefined' && location.hash)
    history.replaceState(null, '', location.pathname + location.search);
}
