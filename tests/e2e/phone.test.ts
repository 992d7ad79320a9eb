/**
 * The phone's ballot page (vote.html) in headless Chromium at a phone's size (360×740, touch),
 * in French and in English, against a small room server started here: a real Colyseus 0.16
 * server (@colyseus/core and its WebSocket transport, on 127.0.0.1) whose room speaks
 * src/live/protocol.ts and checks ballots with the room server's own check
 * (liveBallotProblem), beside a static server for the built game: dist/vote.html at
 * /vote/CODE, dist/assets/* and dist/icon.svg — what the real room server serves.
 * (The full host + phones + real server test is the host screen's.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchMaker, Room, Server, ServerError, type Client } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import sirv from 'sirv';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOT_DIR, screenshotsWanted } from './browser.ts';
import { pageScripts } from '../../scripts/bench/page-scripts.ts';
import { freePort } from '../../scripts/serve-build.ts';
import { liveBallotProblem } from '../../src/live/election.ts';
import {
  LIVE_ROOM,
  ToClient,
  ToServer,
  type Ack,
  type BallotMessage,
  type LiveSetup,
  type Refusal,
  type RefusalReason,
  type RoomPhase,
  type Welcome,
} from '../../src/live/protocol.ts';
import { JOIN_REFUSED_CODE, refusalText as refusalJson } from '../../src/live/refusal.ts';
import { refusalText, say, type Lang, type WordKey } from '../../src/phone/words.ts';

type Ballot = BallotMessage['ballot'];

// — The room server, small —

interface FakeVote {
  setup: LiveSetup;
  phase: RoomPhase;
  allowChanges: boolean;
  /** The ballot in the box, by device. */
  readonly ballots: Map<string, Ballot>;
  /** Every ballot message received, in order. */
  readonly received: { device: string; message: BallotMessage }[];
  /** The next ballot is refused so. */
  refuseNext?: Omit<Refusal, 'seq'>;
}

const votes = new Map<string, FakeVote>();
let refuseJoins: RefusalReason | undefined;
let busy = false;
let codes = 0;

function newVote(setup: LiveSetup, options: { allowChanges?: boolean; phase?: RoomPhase } = {}): string {
  // Codes from the code alphabet, one per test.
  const code = `TEST${'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[Math.floor(codes / 31)]}${'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[codes % 31]}`;
  codes++;
  votes.set(code, {
    setup,
    phase: options.phase ?? 'open',
    allowChanges: options.allowChanges ?? false,
    ballots: new Map(),
    received: [],
  });
  return code;
}

class FakeVoteRoom extends Room {
  static readonly live = new Map<string, FakeVoteRoom>();
  private code!: string;

  static override async onAuth(
    _token: string,
    options: { role?: unknown; device?: unknown },
  ): Promise<{ device: string }> {
    if (refuseJoins) throw new ServerError(JOIN_REFUSED_CODE, refusalJson({ reason: refuseJoins }));
    if (options?.role !== 'voter' || typeof options.device !== 'string' || !/^[\w-]{16,64}$/.test(options.device)) {
      throw new ServerError(JOIN_REFUSED_CODE, refusalJson({ reason: 'bad-device' }));
    }
    return { device: options.device };
  }

  override onCreate(options: { code: string }): void {
    this.roomId = options.code;
    this.code = options.code;
    this.autoDispose = false;
    FakeVoteRoom.live.set(this.code, this);
    this.onMessage(ToServer.ballot, (client, message: BallotMessage) => this.cast(client, message));
  }

  private get vote(): FakeVote {
    const vote = votes.get(this.code);
    if (!vote) throw new Error(`no vote ${this.code}`);
    return vote;
  }

  override onJoin(client: Client, _options: unknown, auth: { device: string }): void {
    this.welcome(client, auth.device);
  }

  private welcome(client: Client, device: string): void {
    const v = this.vote;
    const welcome: Welcome = {
      code: this.code,
      setup: v.setup,
      phase: v.phase,
      allowChanges: v.allowChanges,
      inBox: v.ballots.has(device),
      retentionHours: 24,
    };
    client.send(ToClient.welcome, welcome);
  }

  override async onLeave(client: Client, consented?: boolean): Promise<void> {
    if (consented) return;
    try {
      // Back in its seat: welcomed again, as the room server does (server/vote-room.ts).
      const back = await this.allowReconnection(client, 30);
      this.welcome(back, (client.auth as { device: string }).device);
    } catch {
      // Not back in time.
    }
  }

  override onDispose(): void {
    if (FakeVoteRoom.live.get(this.code) === this) FakeVoteRoom.live.delete(this.code);
  }

  private cast(client: Client, message: BallotMessage): void {
    const device = (client.auth as { device: string }).device;
    const v = this.vote;
    v.received.push({ device, message });
    const refuse = (r: Omit<Refusal, 'seq'>) =>
      client.send(ToClient.refused, { ...r, seq: message?.seq } satisfies Refusal);
    if (v.phase === 'closed') return refuse({ reason: 'closed' });
    if (v.refuseNext) {
      const r = v.refuseNext;
      v.refuseNext = undefined;
      return refuse(r);
    }
    const problem = liveBallotProblem(v.setup, message?.ballot);
    if (problem) return refuse({ reason: 'bad-ballot', problem });
    const had = v.ballots.has(device);
    if (had && !v.allowChanges) return refuse({ reason: 'already-voted' });
    v.ballots.set(device, message.ballot);
    client.send(ToClient.ack, { seq: message.seq, status: had ? 'replaced' : 'received' } satisfies Ack);
  }

  setPhase(phase: RoomPhase): void {
    const v = this.vote;
    v.phase = phase;
    this.broadcast(ToClient.phase, { phase, allowChanges: v.allowChanges });
  }

  /** The connections cut without a word, as when the Wi-Fi goes. */
  cut(): void {
    for (const client of this.clients) (client as unknown as { ref: { terminate(): void } }).ref.terminate();
  }
}

let distDir: string;
let port: number;
let origin: string;
let httpServer: ReturnType<typeof createServer>;
let colyseus: Server;
let transport: WebSocketTransport;

async function ensureRoom(code: string): Promise<void> {
  if (!FakeVoteRoom.live.has(code)) await matchMaker.createRoom(LIVE_ROOM, { code });
}

function handle(req: IncomingMessage, res: ServerResponse, assets: ReturnType<typeof sirv>): void {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const send = (status: number, body = '', type = 'application/json') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path.startsWith('/live/rooms/')) {
    const code = decodeURIComponent(path.slice('/live/rooms/'.length));
    if (busy) return send(429, '{"reason":"too-many-attempts"}');
    if (!votes.has(code)) return send(404, '{"reason":"unknown-room"}');
    // As the real server brings a room back from its store after a restart.
    ensureRoom(code).then(
      () => send(200, JSON.stringify({ code })),
      () => send(500),
    );
    return;
  }
  if (path === '/vote' || path.startsWith('/vote/'))
    return send(200, readFileSync(join(distDir, 'vote.html'), 'utf8'), 'text/html; charset=utf-8');
  if (path.startsWith('/assets/') || path === '/icon.svg') return assets(req, res, () => send(404));
  send(404);
}

async function listen(): Promise<void> {
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
}

/** The server goes away (its rooms with it) … */
async function serverDown(): Promise<void> {
  // No new connection first, then the rooms and every open socket.
  const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  for (const room of [...FakeVoteRoom.live.values()]) await room.disconnect();
  for (const socket of (transport as unknown as { wss: { clients: Set<{ terminate(): void }> } }).wss.clients)
    socket.terminate();
  httpServer.closeAllConnections();
  await closed;
}

/** … and comes back on the same address; the rooms come back from the look-up. */
async function serverUp(): Promise<void> {
  upAfter = false;
  await listen();
}

/** Set while a test has the server down: brought back after it, whatever happened. */
let upAfter = false;

// — Phones —

let browser: Browser;

interface Phone {
  page: Page;
  context: BrowserContext;
  errors: string[];
  foreign: string[];
}

const phones: Phone[] = [];

const LOCALES = { fr: 'fr-FR', en: 'en-GB', de: 'de-DE' } as const;

async function openPhone(
  lang: keyof typeof LOCALES,
  path: string,
  viewport = { width: 360, height: 740 },
): Promise<Phone> {
  const context = await browser.newContext({
    viewport,
    locale: LOCALES[lang],
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const phone: Phone = { page, context, errors: [], foreign: [] };
  phones.push(phone);
  page.on('console', (msg) => {
    if (msg.type() === 'error') phone.errors.push(msg.text());
  });
  page.on('pageerror', (error) => phone.errors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) phone.foreign.push(request.url());
  });
  page.on('websocket', (ws) => {
    if (new URL(ws.url()).host !== new URL(origin).host) phone.foreign.push(ws.url());
  });
  // The connection's states in order, to see a reconnection however short.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { connectionLog: string[] }).connectionLog = seen;
    new MutationObserver(() => {
      const state = document.body?.dataset.connection;
      if (state && seen.at(-1) !== state) seen.push(state);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-connection'] });
  });
  await page.goto(origin + path);
  return phone;
}

const state = (page: Page, ballotState: string, timeout = 15_000) =>
  page.waitForSelector(`body[data-ballot-state="${ballotState}"]`, { timeout });
const online = (page: Page, timeout = 15_000) =>
  page.waitForSelector(
    'body[data-connection="online"] [data-action="send"], body[data-connection="online"][data-view="done"], body[data-connection="online"][data-view="closed"]',
    { timeout },
  );
const status = (page: Page) => page.locator('p.status').innerText();
const option = (page: Page, name: string) => page.locator(`[data-option="${name}"]`);

/** Browser messages about the network while the test cuts it on purpose are not the page's errors. */
const NETWORK_NOISE = /Failed to load resource|ERR_CONNECTION_REFUSED|WebSocket connection to .* failed/;
const pageErrors = (phone: Phone, networkCut = false) =>
  phone.errors.filter((e) => !(networkCut && NETWORK_NOISE.test(e)));

async function shot(page: Page, name: string): Promise<void> {
  if (screenshotsWanted()) await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  distDir = inject('distDir');
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const assets = sirv(distDir, { dev: false, etag: true });
  httpServer = createServer((req, res) => handle(req, res, assets));
  transport = new WebSocketTransport({ server: httpServer });
  colyseus = new Server({ transport, greet: false, gracefullyShutdown: false });
  colyseus.define(LIVE_ROOM, FakeVoteRoom);
  await colyseus.listen(port, '127.0.0.1');
  browser = await launchBrowser();
});

// Each test's phones are put away after it: none of them knocks while the next one runs.
afterEach(async () => {
  for (const phone of phones.splice(0)) await phone.context.close().catch(() => undefined);
  if (upAfter) await serverUp();
});

afterAll(async () => {
  await browser?.close();
  await colyseus?.gracefullyShutdown(false).catch(() => undefined);
});

// — The tests —

const NAMES: Record<Lang, { question: string; options: string[]; mentions: string[] }> = {
  fr: {
    question: 'Où pique-niquer samedi ?',
    options: ['La plage', 'Les rochers', 'La dune', 'Le phare'],
    mentions: ['À rejeter', 'Passable', 'Bien', 'Très bien'],
  },
  en: {
    question: 'Where shall we picnic on Saturday?',
    options: ['The beach', 'The rocks', 'The dune', 'The lighthouse'],
    mentions: ['Reject', 'Fair', 'Good', 'Very good'],
  },
};

const setupOf = (lang: Lang, kind: LiveSetup['kind']): LiveSetup => {
  const { question, options, mentions } = NAMES[lang];
  if (kind === 'grades') return { question, options, kind, methods: ['majority-judgment'], mentions };
  return { question, options, kind, methods: kind === 'ranked' ? ['irv', 'borda'] : ['approval'] };
};

describe.each(['fr', 'en'] as const)('the ballot page in %s', (lang) => {
  const [A, B, C, D] = NAMES[lang].options;
  const t = (key: WordKey, params?: Record<string, string | number>) => say(lang, key, params);

  it('ranked by taps (and the keyboard), confirmed on an ack only, in the box after a reload', async () => {
    const code = newVote(setupOf(lang, 'ranked'));
    const { page, errors, foreign } = await openPhone(lang, `/vote/${code}`);
    await online(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // The question as the host typed it (a no-break space before a French question mark).
    expect((await page.locator('h1').innerText()).replace(/\u00a0/g, ' ')).toBe(NAMES[lang].question);
    expect(await page.locator('.how').innerText()).toBe(t('howRanked'));
    expect(await page.locator('.note').innerText()).toBe(t('isFinal'));

    for (const name of [C, A, D]) await option(page, name).tap();
    expect(await page.locator('.ranking .name').allInnerTexts()).toEqual([C, A, D]);
    expect(await option(page, C).getAttribute('aria-pressed')).toBe('true');
    expect(await option(page, B).getAttribute('aria-pressed')).toBe('false');
    // A second tap takes an option out; a third puts it last.
    await option(page, A).tap();
    expect(await page.locator('.ranking .name').allInnerTexts()).toEqual([C, D]);
    await option(page, A).tap();
    // The keyboard: up, and the focus stays with the option that moved.
    await page.getByRole('button', { name: t('moveUp', { name: A }) }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.ranking .name').allInnerTexts()).toEqual([C, A, D]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe('up-o1');
    await page.keyboard.press('Enter');
    expect(await page.locator('.ranking .name').allInnerTexts()).toEqual([A, C, D]);
    await page.getByRole('button', { name: t('moveDown', { name: A }) }).press('Enter');
    expect(await page.locator('.ranking .name').allInnerTexts()).toEqual([C, A, D]);
    await shot(page, `phone-ranked-${lang}`);

    await page.locator('[data-action="send"]').tap();
    await state(page, 'received');
    expect(await status(page)).toBe(t('received'));
    const vote = votes.get(code)!;
    expect(vote.received.map((r) => r.message.ballot)).toEqual([{ kind: 'ranked', ranking: [['o3'], ['o1'], ['o4']] }]);
    expect(await page.locator('.card.done').innerText()).toContain(t('inBox'));
    expect(await page.locator('[data-action="change"]').count()).toBe(0);
    await shot(page, `phone-received-${lang}`);

    await page.reload();
    await state(page, 'received');
    expect(await page.locator('.card.done').innerText()).toContain(t('inBox'));
    expect(await status(page)).toBe(t('inBox'));
    expect(vote.received).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('approval: toggles; nothing approved asks for a blank ballot first; a change replaces the ballot when allowed', async () => {
    const code = newVote(setupOf(lang, 'approval'), { allowChanges: true });
    const { page, errors, foreign } = await openPhone(lang, `/vote/${code}`);
    await online(page);
    expect(await page.locator('.note').innerText()).toBe(t('canChange'));
    await page.locator('[data-action="send"]').tap();
    expect(await page.locator('.confirm').innerText()).toContain(t('blankApproval'));
    await page.locator('[data-action="confirm-back"]').tap();
    expect(await page.locator('.confirm').count()).toBe(0);
    expect(votes.get(code)!.received).toEqual([]);

    await option(page, A).tap();
    await option(page, B).tap();
    await option(page, A).tap();
    expect(await option(page, A).getAttribute('aria-pressed')).toBe('false');
    expect(await option(page, B).getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-action="send"]').tap();
    await state(page, 'received');
    expect(votes.get(code)!.ballots.size).toBe(1);
    expect([...votes.get(code)!.ballots.values()]).toEqual([{ kind: 'approval', approves: ['o2'] }]);

    await page.locator('[data-action="change"]').tap();
    await state(page, 'ready');
    expect(await option(page, B).getAttribute('aria-pressed')).toBe('true');
    await option(page, D).tap();
    expect(await page.locator('[data-action="send"]').innerText()).toBe(t('sendNew'));
    await page.locator('[data-action="send"]').tap();
    await state(page, 'received');
    expect(await status(page)).toBe(t('replaced'));
    expect([...votes.get(code)!.ballots.values()]).toEqual([{ kind: 'approval', approves: ['o2', 'o4'] }]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('grades: one mention per option, named; an option left without one is said before sending', async () => {
    const code = newVote(setupOf(lang, 'grades'));
    const { page, errors, foreign } = await openPhone(lang, `/vote/${code}`);
    await online(page);
    const [worst, fair, good, best] = NAMES[lang].mentions;
    await page.locator(`[data-option="${A}"] [data-mention="${best}"]`).tap();
    await page.locator(`[data-option="${B}"] [data-mention="${fair}"]`).tap();
    await page.locator(`[data-option="${C}"] [data-mention="${good}"]`).tap();
    await page.locator(`[data-option="${A}"] [data-mention="${good}"]`).tap();
    expect(await page.locator(`[data-option="${A}"] [data-mention="${good}"]`).isChecked()).toBe(true);
    expect(await page.locator(`[data-option="${A}"] [data-mention="${best}"]`).isChecked()).toBe(false);
    // Radio buttons named by their mention, in a group named by the option.
    expect(await page.getByRole('group', { name: B }).getByRole('radio', { name: fair }).isChecked()).toBe(true);
    await shot(page, `phone-grades-${lang}`);

    await page.locator('[data-action="send"]').tap();
    expect(await page.locator('.confirm').innerText()).toContain(t('ungradedOne', { worst }));
    await page.locator('[data-action="confirm-send"]').tap();
    await state(page, 'received');
    expect([...votes.get(code)!.ballots.values()]).toEqual([
      { kind: 'graded', grades: { o1: 2, o2: 1, o3: 2, o4: 0 } },
    ]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('refusals and a closed vote are said in the phone’s language', async () => {
    const code = newVote(setupOf(lang, 'ranked'));
    const vote = votes.get(code)!;
    vote.refuseNext = { reason: 'bad-ballot', problem: { key: 'classroom.ballot.twice', params: { id: 'o1' } } };
    const { page, errors, foreign } = await openPhone(lang, `/vote/${code}`);
    await online(page);
    await option(page, B).tap();
    await page.locator('[data-action="send"]').tap();
    await state(page, 'refused');
    expect(await page.evaluate(() => document.body.dataset.refusal)).toBe('bad-ballot');
    expect(await status(page)).toBe(refusalText(lang, 'bad-ballot', 'classroom.ballot.twice'));
    await shot(page, `phone-refused-${lang}`);
    // The voter may send again; the ballot was kept.
    expect(await page.locator('.ranking .name').allInnerTexts()).toEqual([B]);
    vote.refuseNext = { reason: 'too-fast' };
    await page.locator('[data-action="send"]').tap();
    await page.waitForFunction(
      (text) => document.querySelector('p.status')?.textContent === text,
      refusalText(lang, 'too-fast'),
    );

    FakeVoteRoom.live.get(code)!.setPhase('closed');
    await state(page, 'closed');
    expect(await page.locator('.card.closed').innerText()).toContain(t('closed'));
    await page.reload();
    await state(page, 'closed');
    FakeVoteRoom.live.get(code)!.setPhase('open');
    await state(page, 'ready');
    await page.locator('[data-action="send"]').tap();
    await state(page, 'received');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('no vote with this code: says so, and another code can be typed', async () => {
    const code = newVote(setupOf(lang, 'approval'));
    const phone = await openPhone(lang, '/vote/ZZZ999');
    const { page } = phone;
    await state(page, 'refused');
    expect(await page.evaluate(() => document.body.dataset.refusal)).toBe('unknown-room');
    expect(await page.locator('.card.stop').innerText()).toContain(t('noRoom'));
    await page.locator('[data-action="other-code"]').tap();
    // Typed as read from the back of the room: lower case, a dash.
    await page.locator('#code').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
    await page.locator('[data-action="join"]').tap();
    await online(page);
    expect(new URL(page.url()).pathname).toBe(`/vote/${code}`);
    await option(page, C).tap();
    await page.locator('[data-action="send"]').tap();
    await state(page, 'received');
    // The 404 of the look-up is the browser's own message, not the page's.
    expect(pageErrors(phone).filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
    expect(phone.foreign).toEqual([]);
  });

  it('reconnects by itself; a ballot sent while offline is kept, sent again once back, and counted once', async () => {
    const code = newVote(setupOf(lang, 'ranked'));
    const phone = await openPhone(lang, `/vote/${code}`);
    const { page } = phone;
    await online(page);
    await option(page, D).tap();

    // The Wi-Fi drops: back with the reconnection token, the ballot being filled untouched.
    FakeVoteRoom.live.get(code)!.cut();
    await page.waitForFunction(() =>
      (window as unknown as { connectionLog: string[] }).connectionLog.includes('reconnecting'),
    );
    await online(page);
    expect(await page.locator('.ranking .name').allInnerTexts()).toEqual([D]);

    // The server goes away: the phone says so, and keeps the ballot sent meanwhile.
    const refusedBefore = phone.errors.filter((e) => NETWORK_NOISE.test(e)).length;
    await serverDown();
    upAfter = true;
    await page.waitForSelector('body[data-connection="reconnecting"]');
    expect(await page.locator('p.link').innerText()).toContain(t('reconnecting'));
    await option(page, B).tap();
    await page.locator('[data-action="send"]').tap();
    await state(page, 'sent');
    expect(await status(page)).toBe(t('keptOffline'));
    await shot(page, `phone-offline-${lang}`);
    // Down until the phone's own attempts to come back have met the closed port at least once.
    await expect
      .poll(() => phone.errors.filter((e) => NETWORK_NOISE.test(e)).length, { timeout: 15_000 })
      .toBeGreaterThan(refusedBefore);
    await serverUp();
    await state(page, 'received', 30_000);
    const vote = votes.get(code)!;
    expect(vote.received.map((r) => r.message.ballot)).toEqual([{ kind: 'ranked', ranking: [['o4'], ['o2']] }]);
    const log = await page.evaluate(() => (window as unknown as { connectionLog: string[] }).connectionLog);
    expect(log[0]).toBe('connecting');
    expect(log.filter((s) => s === 'reconnecting').length).toBeGreaterThanOrEqual(2);
    expect(pageErrors(phone, true)).toEqual([]);
    expect(phone.foreign).toEqual([]);
  });
});

describe('the ballot page', () => {
  it('a reload while filling keeps the ballot, and one sent while offline is sent after the reload', async () => {
    const code = newVote(setupOf('fr', 'ranked'));
    const phone = await openPhone('fr', `/vote/${code}`);
    const { page } = phone;
    const [A, B] = NAMES.fr.options;
    await online(page);
    await option(page, B).tap();
    await option(page, A).tap();
    await page.reload();
    await online(page);
    expect(await page.locator('.ranking .name').allInnerTexts()).toEqual([B, A]);

    await serverDown();
    upAfter = true;
    await page.waitForSelector('body[data-connection="reconnecting"]');
    await page.locator('[data-action="send"]').tap();
    await state(page, 'sent');
    await serverUp();
    // Reloaded before it got through: sent on the next welcome, once.
    await page.reload();
    await state(page, 'received', 30_000);
    expect(votes.get(code)!.received.map((r) => r.message.ballot)).toEqual([
      { kind: 'ranked', ranking: [['o2'], ['o1']] },
    ]);
    expect(pageErrors(phone, true)).toEqual([]);
  });

  it('follows the phone’s language, and switches at once without losing the ballot', async () => {
    const code = newVote(setupOf('fr', 'approval'));
    const phone = await openPhone('en', `/vote/${code}`);
    const { page } = phone;
    await online(page);
    expect(await page.locator('.how').innerText()).toBe(say('en', 'howApproval'));
    await option(page, NAMES.fr.options[2]).tap();
    await page.getByRole('button', { name: 'FR', exact: true }).tap();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('.how').innerText()).toBe(say('fr', 'howApproval'));
    expect(await page.locator('[data-action="send"]').innerText()).toBe(say('fr', 'send'));
    expect(await option(page, NAMES.fr.options[2]).getAttribute('aria-pressed')).toBe('true');
    // Kept for the next visit.
    await page.reload();
    await online(page);
    expect(await page.locator('.how').innerText()).toBe(say('fr', 'howApproval'));
    const other = await openPhone('de', `/vote/${code}`);
    await online(other.page);
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(pageErrors(phone)).toEqual([]);
  });

  it('/vote/ alone asks for the code; a wrong one is said', async () => {
    const code = newVote(setupOf('en', 'ranked'));
    const phone = await openPhone('en', '/vote/');
    const { page } = phone;
    await page.waitForSelector('#code');
    await page.locator('#code').fill('ABC1');
    await page.locator('#code').press('Enter');
    expect(await status(page)).toBe(say('en', 'codeBad'));
    await page.locator('#code').fill(code.toLowerCase());
    await page.locator('#code').press('Enter');
    await online(page);
    expect(await page.locator('h1').innerText()).toBe(NAMES.en.question);
    expect(pageErrors(phone)).toEqual([]);
  });

  it('a full room and too many look-ups are said, in the phone’s language', async () => {
    const code = newVote(setupOf('en', 'ranked'));
    refuseJoins = 'room-full';
    try {
      const full = await openPhone('en', `/vote/${code}`);
      await state(full.page, 'refused');
      expect(await full.page.locator('.card.stop').innerText()).toContain(refusalText('en', 'room-full'));
      expect(pageErrors(full).filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      refuseJoins = undefined;
    }
    busy = true;
    try {
      const waiting = await openPhone('fr', `/vote/${code}`);
      await waiting.page.waitForSelector('body[data-connection="waiting"]');
      expect(await status(waiting.page)).toBe(say('fr', 'tooManyAttempts'));
    } finally {
      busy = false;
    }
  });

  it('is usable at 320 px: nothing wider than the screen, every target at least 48 px', async () => {
    const code = newVote({
      ...setupOf('fr', 'grades'),
      options: ['Une option au nom assez long pour passer à la ligne', 'B', 'C'],
      mentions: ['À rejeter', 'Insuffisant', 'Passable', 'Assez bien', 'Bien', 'Très bien'],
    });
    const { page } = await openPhone('fr', `/vote/${code}`, { width: 320, height: 640 });
    await online(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, .mention')]
        .map((el) => ({ what: el.dataset.key ?? el.textContent ?? '', box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 48 || box.width < 48)
        .map(({ what, box }) => `${what} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    const ranked = newVote({
      ...setupOf('en', 'ranked'),
      options: ['Une option au nom assez long pour passer à la ligne', 'B', 'C'],
    });
    const other = await openPhone('en', `/vote/${ranked}`, { width: 320, height: 640 });
    await online(other.page);
    for (const name of ['C', 'Une option au nom assez long pour passer à la ligne', 'B'])
      await option(other.page, name).tap();
    expect(await other.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot(other.page, 'phone-ranked-320-en');
  });

  it('the built page loads its files from the root, and none of the game’s scripts', () => {
    const html = readFileSync(join(distDir, 'vote.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).toMatch(/^\/(assets\/|icon\.svg$)/);
    expect(html).not.toContain('manifest');
    // The scripts it loads, and every chunk they import (their weight is `npm run bench -- --only sizes`'s).
    const files = pageScripts(distDir, 'vote.html');
    expect(files.length).toBeGreaterThan(0);
    // None of the game: no Phaser, no engine, no message tables.
    for (const file of files) expect(file).not.toMatch(/phaser|i18n|methods|scenario/);
  });
});
