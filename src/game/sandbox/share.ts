/**
 * The state in the address bar: after each change (a moment after, not on every frame of a
 * drag) the page's hash becomes `#sandbox/share/CODE`, so the address is always a link to this
 * very sandbox — to copy, bookmark or reload. history.replaceState adds no history entry and
 * fires no hashchange (the router is not asked to follow it).
 */
import { encodeState } from '../../sandbox/codec.ts';
import type { SandboxState } from '../../sandbox/model.ts';
import { shareHash } from './route.ts';
import { probe } from '../../probe.ts';

/** What the sandbox writes on <body data-…> for tests and benches. */
export const SandboxBody = {
  winners: 'sandboxWinners',
  updates: 'sandboxUpdates',
  positions: 'sandboxPositions',
  link: 'sandboxLink',
  /** Set while a change waits to reach the address (the link above is then an earlier state). */
  linkPending: 'sandboxLinkPending',
  yee: 'sandboxYee',
  /** The plane's box in game pixels, and the time spent in live updates (count + redraw) so far. */
  plane: 'sandboxPlane',
  refreshMs: 'sandboxRefreshMs',
} as const;

const DELAY_MS = 250;

export class ShareLink {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: SandboxState | undefined;
  private code = '';
  private cleared = false;

  update(state: SandboxState): void {
    this.pending = state;
    this.cleared = false;
    probe.set(SandboxBody.linkPending, '1');
    if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), DELAY_MS);
  }

  /** Writes the pending state now. */
  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const state = this.pending;
    this.pending = undefined;
    probe.clear(SandboxBody.linkPending);
    if (!state || this.cleared) return;
    this.code = encodeState(state);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${shareHash(this.code)}`);
    probe.set(SandboxBody.link, this.code);
  }

  /** The full address of this sandbox. */
  url(): string {
    this.flush();
    return `${location.origin}${location.pathname}${location.search}${shareHash(this.code)}`;
  }

  /** Leaving the sandbox: the address no longer points at it. */
  clear(): void {
    this.cleared = true;
    this.pending = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    probe.clear(SandboxBody.linkPending);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    probe.clear(SandboxBody.link);
  }
}
