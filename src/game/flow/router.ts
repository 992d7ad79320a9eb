/**
 * Deep links a facilitator can put in slides: `#chapter/N`, `#chapter-file` (open a chapter
 * file from the disk), `#sandbox`, `#classroom`,
 * `#live` (and `#live/new?…`, src/live/link.ts), `#settings`, `#credits`. The hash is read
 * when the game starts and whenever it changes.
 */
import { liveRoute, type LiveRoute } from '../../live/link.ts';
import { sandboxRoute, type SandboxRoute } from '../sandbox/route.ts';

export type Route =
  | { readonly kind: 'chapter'; readonly number: number }
  | SandboxRoute
  | LiveRoute
  | { readonly kind: 'chapter-file' }
  | { readonly kind: 'classroom' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'credits' };

export const ROUTE_NAMES = ['sandbox', 'classroom', 'settings', 'credits', 'chapter-file'] as const;

export function parseRoute(hash: string): Route | undefined {
  // `#sandbox/PRESET` and `#sandbox/share/CODE` (a case-sensitive code): read before lower-casing.
  const sandbox = sandboxRoute(hash);
  if (sandbox) return sandbox;
  // `#live/new?q=…`: the question and options keep their case.
  const live = liveRoute(hash);
  if (live) return live;
  const path = decodeURIComponent(hash.replace(/^#\/?/, '')).trim().toLowerCase().replace(/\/+$/, '');
  const chapter = /^(?:chapter|chapitre)\/(\d{1,2})$/.exec(path);
  if (chapter) return { kind: 'chapter', number: Number(chapter[1]) };
  return (ROUTE_NAMES as readonly string[]).includes(path) ? { kind: path as (typeof ROUTE_NAMES)[number] } : undefined;
}

export function routeHash(route: Route): string {
  return route.kind === 'chapter' ? `#chapter/${route.number}` : route.kind === 'live' && route.query !== undefined ? `#live/new?${route.query}` : `#${route.kind}`;
}

/** Forgets the hash once followed, so that a reload continues the game instead of following it again. */
export function clearHash(): void {
  if (typeof history !== 'undefined' && location.hash) history.replaceState(null, '', location.pathname + location.search);
}
