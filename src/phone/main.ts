/**
 * The phone's ballot page (vote.html), served by the room server at `/vote/CODE`: finds the
 * code in the address, the phone's language, and connects to the room on the same origin.
 * Small on purpose (a cheap phone, poor Wi-Fi): no Phaser, no engine, no big message tables.
 */
import { Client } from 'colyseus.js';
import { LivePath, normaliseCode, type JoinOptions } from '../live/protocol.ts';
import { pathOfCode, typedCode } from './address.ts';
import { Link, type Lookup, type Reach, type RoomLike } from './link.ts';
import { PhonePage } from './page.ts';
import { keeper } from './store.ts';
import { LANGS, pickLang, type Lang } from './words.ts';

const local = keeper(() => window.localStorage);
const session = keeper(() => window.sessionStorage);
const chosen = local.get('lang');
const lang: Lang = (LANGS as readonly string[]).includes(chosen ?? '')
  ? (chosen as Lang)
  : pickLang(navigator.languages ?? [navigator.language]);

// The room server is this page's own origin: WebSocket for the room, HTTP for the look-up.
const client = new Client(location.origin.replace(/^http/, 'ws'));

const reach: Reach = {
  async lookup(code): Promise<Lookup> {
    const response = await fetch(LivePath.room + encodeURIComponent(code), {
      cache: 'no-store',
      credentials: 'same-origin',
    });
    if (response.status === 404) return 'unknown';
    if (response.status === 429) return 'busy';
    if (!response.ok) throw new Error(`look-up: HTTP ${response.status}`);
    return 'found';
  },
  join: async (code, device) =>
    (await client.joinById(code, { role: 'voter', device } satisfies JoinOptions)) as unknown as RoomLike,
  reconnect: async (token) => (await client.reconnect(token)) as unknown as RoomLike,
};

const typed = typedCode(location.pathname);
const root = document.getElementById('phone');
if (root) {
  const page = new PhonePage(root, {
    code: normaliseCode(typed),
    typed,
    lang,
    local,
    session,
    normalise: normaliseCode,
    link: (code, device, events) => new Link(code, device, reach, events),
    showCode: (code) => history.replaceState(null, '', pathOfCode(code)),
  });
  page.start();
  window.addEventListener('online', () => page.nudge());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') page.nudge();
  });
}
