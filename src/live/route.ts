/**
 * The route of a `#live…` hash (see src/live/link.ts for what the links mean). Apart from the
 * link's reader so that the game's router, loaded with the title screen, does not pull in the
 * message tables and the engine that reading a link needs.
 */
export interface LiveRoute {
  readonly kind: 'live';
  /** `#live/new?…`: the text after the question mark (still URL-encoded). */
  readonly query?: string;
  /** Anything else after `#live/`: a link the game cannot follow (said on the screen). */
  readonly unknown?: string;
}

/** The route of a `#live…` hash, or undefined when the hash is not about live votes. */
export function liveRoute(hash: string): LiveRoute | undefined {
  const text = hash.replace(/^#\/?/, '').trim();
  const match = /^(?:live|direct)(?:\/([^?]*))?(?:\?(.*))?$/is.exec(text);
  if (!match) return undefined;
  const sub = (match[1] ?? '').replace(/\/+$/, '');
  const query = match[2];
  if (sub === '' && query === undefined) return { kind: 'live' };
  if (/^(?:new|nouveau)$/i.test(sub)) return { kind: 'live', query: query ?? '' };
  return { kind: 'live', unknown: text };
}
