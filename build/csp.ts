/**
 * The game's Content-Security-Policy: everything from its own origin, nothing from anywhere
 * else. One policy, written twice: as a <meta> in every built page (vite.config.ts adds it, for
 * any static host), and as a header by `npm start`'s server (server/http-routes.ts), which also
 * names the room server's exact WebSocket address. A browser enforces both: the stricter wins.
 *
 * Why each source is there:
 * - script-src 'self': no inline script, no eval (Phaser and our code need neither).
 * - style-src 'unsafe-inline': the pages' own <style> blocks, the classroom's stylesheet
 *   (injected as a <style> element, also into the teacher's notes window) and Phaser's canvas
 *   sizing. Styles cannot run code; scripts stay strict.
 * - font-src data:: the fonts' smallest subsets, which the build inlines into the CSS.
 * - img-src data: blob:: the art is SVG drawn by our code and handed to Phaser as data: URLs;
 *   exports (PNG, CSV) are blob: URLs.
 * - worker-src 'self': the Yee diagram's workers and the service worker, both same-origin files.
 * - connect-src: the game's own origin; live votes talk to the room server over a WebSocket on
 *   that same origin (LIVE_PUBLIC_URL when set). CSP3's 'self' covers ws:/wss: of the same host
 *   in Chromium and Firefox, not in older Safari, so a static page cannot name the host: the
 *   meta allows `ws: wss:` and the server's header narrows them to its own host.
 * - no manifest-src: default-src 'self' covers the web app manifest (and the phone page has none).
 * - frame-ancestors (header only: a <meta> cannot carry it): no other site frames the game.
 */

/** The sources every page may connect to when the room server's address is unknown (a static host). */
export const STATIC_CONNECT = ["'self'", 'ws:', 'wss:'] as const;

export function pagePolicy(connect: readonly string[] = STATIC_CONNECT, options: { header?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.header ? ["frame-ancestors 'self'"] : []),
  ];
  return directives.join('; ');
}

/** A Host header as browsers send it (name or IPv4, or [IPv6], and a port): anything else is not echoed into a header. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * What a page served by the room server may connect to: its own origin and the WebSocket of the
 * host it was asked for (the Host header, which is the page's own origin), plus LIVE_PUBLIC_URL's
 * host when the server is announced under another address (behind a proxy).
 */
export function roomServerConnect(host: string | undefined, publicUrl?: string): string[] {
  const hosts = new Set<string>();
  if (host !== undefined && HOST.test(host)) hosts.add(host.toLowerCase());
  if (publicUrl) {
    try {
      hosts.add(new URL(publicUrl).host.toLowerCase());
    } catch {
      // options.ts checked it; an unreadable one adds nothing
    }
  }
  return ["'self'", ...[...hosts].flatMap((h) => [`ws://${h}`, `wss://${h}`])];
}

/** The <meta> the build puts right after each page's charset. */
export function policyMeta(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${pagePolicy()}" />`;
}
