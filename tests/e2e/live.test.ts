/**
 * Votes from phones, end to end: the real room server (server/main.ts) serving the built game,
 * the host screen opened by a `#live/new?…` link, phones (mobile viewports, French and English)
 * voting on the phone page, the host tab reloaded mid-vote, and the results after closing —
 * which must be the engine's count, in Node, of exactly the ballots the phones sent.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, screenshot, type GuardedPage } from './browser.ts';
import { resultsShown } from './game.ts';
import { freePort } from '../../scripts/serve-build.ts';
import { spawnServer, type ChildServer } from '../server/support/child-server.ts';
import { groupBallots } from '../../src/classroom/ballots.ts';
import { countClass, optionId, type BallotGroup } from '../../src/classroom/election.ts';
import { classElectionOf } from '../../src/live/election.ts';
import { readLiveLink } from '../../src/live/link.ts';
import type { LiveSetup } from '../../src/live/protocol.ts';
import type { Ballot } from '../../src/scenario/preferences.ts';

// The machine is shared and slow: generous time for each test.
const SLOW = 300_000;

let browser: Browser;
let server: ChildServer | undefined;
let base = '';
let dataDir = '';

let port = 0;

/** Starts the room server (again) on `port`, serving the built game with the same ballot journals, and with npm start's own limits. */
async function startServer(): Promise<void> {
  server = await spawnServer(port, dataDir, {}, { dist: inject('distDir'), limits: 'product', waitMs: 90_000 });
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  await child?.stop();
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'crustaces-live-'));
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await startServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The link's query, as a teacher would put it in a slide. */
function linkQuery(setup: {
  q: string;
  options: readonly string[];
  kind: string;
  methods?: readonly string[];
}): string {
  const parts = [
    `q=${encodeURIComponent(setup.q)}`,
    `options=${setup.options.map(encodeURIComponent).join('|')}`,
    `kind=${setup.kind}`,
  ];
  if (setup.methods) parts.push(`methods=${setup.methods.join(',')}`);
  return parts.join('&');
}

async function openHost(
  query: string,
  locale: string,
  viewport: { width: number; height: number },
): Promise<GuardedPage & { code: string }> {
  const guarded = await openPage(browser, base, { locale, viewport });
  await guarded.page.goto(`${base}/#live/new?${query}`, { timeout: 120_000 });
  const code = await roomCode(guarded.page);
  return { ...guarded, code };
}

async function roomCode(page: Page): Promise<string> {
  await page.waitForSelector('body[data-room-code]', { timeout: 120_000 });
  const code = (await page.evaluate(() => document.body.dataset.roomCode)) ?? '';
  // The code is also on the screen, as text, in two halves.
  const shown = (await page.locator('[data-room-code]').last().innerText()).replace(/\s/g, '');
  expect(shown).toBe(code);
  return code;
}

async function waitReceived(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`body[data-ballots-received="${n}"]`, { timeout: 60_000 });
  expect(await page.locator('[data-ballots-received]').last().innerText()).toMatch(new RegExp(`^${n}\\b`));
}

interface Phone {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

async function openPhone(code: string, locale: string): Promise<Phone> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    locale,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${base}/vote/${code}`, { timeout: 120_000 });
  await page.waitForSelector('body[data-ballot-state="ready"]', { timeout: 60_000 });
  return { context, page, errors };
}

/** Sends the ballot as a voter does (and says yes when the page asks to confirm). */
async function send(phone: Phone): Promise<void> {
  await phone.page.locator('[data-action="send"]').click();
  const confirm = phone.page.locator('[data-action="confirm-send"]');
  const done = phone.page.waitForSelector('body[data-ballot-state="received"]', { timeout: 60_000 });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await done;
}

async function voteRanked(code: string, locale: string, order: readonly string[]): Promise<Phone> {
  const phone = await openPhone(code, locale);
  for (const name of order) await phone.page.locator(`[data-option="${name}"]`).click();
  await send(phone);
  return phone;
}

async function voteGrades(code: string, locale: string, grades: Readonly<Record<string, string>>): Promise<Phone> {
  const phone = await openPhone(code, locale);
  for (const [name, mention] of Object.entries(grades)) {
    await phone.page
      .locator(`[data-option="${name}"] label`, { has: phone.page.locator(`[data-mention="${mention}"]`) })
      .click();
  }
  await send(phone);
  return phone;
}

/** The engine's winners (option ids, sorted), in Node, for exactly these ballots. */
function engineWinners(setup: LiveSetup, ballots: readonly Ballot[]): Map<string, string[]> {
  const election = classElectionOf(setup);
  const groups: BallotGroup[] = groupBallots(
    election,
    ballots.map((ballot) => ({ ballot, count: 1 })),
  );
  const counted = countClass(election, groups);
  return new Map(counted.entry.counted.counts.map((k) => [k.method, [...k.winners].sort()]));
}

async function shownWinners(page: Page): Promise<Map<string, string[]>> {
  await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
  return new Map((await resultsShown(page)).map((o) => [o.method, o.winners]));
}

function clean(g: GuardedPage, phones: readonly Phone[]): void {
  expect(g.consoleErrors).toEqual([]);
  expect(g.foreignRequests).toEqual([]);
  for (const phone of phones) expect(phone.errors).toEqual([]);
}

describe('votes from phones', () => {
  it(
    'a ranked vote in French: phones vote, the host tab is reloaded mid-vote, and closing shows the engine’s count',
    async () => {
      const options = ['La mer', 'La montagne', 'La ville'];
      const query = linkQuery({
        q: 'Où part la sortie de classe ?',
        options,
        kind: 'ranked',
        methods: ['plurality', 'irv', 'borda'],
      });
      const setup = readLiveLink(query, 'fr').setup!;
      expect(setup).toBeDefined();
      const host = await openHost(query, 'fr-FR', { width: 1920, height: 1080 });
      const { page, code } = host;
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      // The QR code encodes the phone page of the room.
      await page.waitForSelector(`img[data-qr-for="${base}/vote/${code}"]`, { timeout: 60_000 });
      await waitReceived(page, 0);
      await screenshot(page, 'live-host-fr-1920');

      // A majority of firsts for the sea; the town, second everywhere, takes the most points.
      const orders = [
        ['La mer', 'La ville', 'La montagne'],
        ['La ville', 'La montagne', 'La mer'],
        ['La mer', 'La ville', 'La montagne'],
        ['La ville', 'La montagne', 'La mer'],
        ['La mer', 'La ville', 'La montagne'],
      ];
      const locales = ['fr-FR', 'en-GB', 'fr-FR', 'en-US', 'fr-FR'];
      const phones: Phone[] = [];
      for (const [i, order] of orders.slice(0, 2).entries()) phones.push(await voteRanked(code, locales[i], order));
      await waitReceived(page, 2);
      // Never a tally on the host: no option's name on the screen while the vote is open.
      const shown = await page.locator('.cr-layer').innerText();
      for (const name of options) expect(shown).not.toContain(name);

      // The host tab reloads: the same room comes back, with the same count.
      await page.reload({ timeout: 120_000 });
      expect(await roomCode(page)).toBe(code);
      await waitReceived(page, 2);

      for (const [i, order] of orders.slice(2).entries()) phones.push(await voteRanked(code, locales[i + 2], order));
      await waitReceived(page, orders.length);
      await screenshot(page, 'live-host-fr-1920-five');

      await page.locator('[data-action="close-vote"]').click();
      const winners = await shownWinners(page);
      const ballots: Ballot[] = orders.map((order) => ({
        kind: 'ranked',
        ranking: order.map((name) => [optionId(options.indexOf(name))]),
      }));
      const expected = engineWinners(setup, ballots);
      expect(winners).toEqual(expected);
      // The methods disagree here: same ballots, different winners.
      expect(expected.get('plurality')).toEqual(['o1']);
      expect(expected.get('irv')).toEqual(['o1']);
      expect(expected.get('borda')).toEqual(['o3']);
      await screenshot(page, 'live-results-fr');
      // The phones learn that the vote is closed.
      await phones[0].page.waitForSelector('body[data-ballot-state="closed"]', { timeout: 60_000 });
      clean(host, phones);
      for (const phone of phones) await phone.context.close();
      await host.context.close();
    },
    SLOW,
  );

  it(
    'a graded vote in English, from the keyboard: leave for the desk, resume, close with Enter',
    async () => {
      const options = ['The seaside', 'The mountains', 'The city'];
      const query = linkQuery({ q: 'Where does the class trip go?', options, kind: 'grades' });
      const setup = readLiveLink(query, 'en').setup!;
      expect(setup.mentions).toEqual(['Reject', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent']);
      const host = await openHost(query, 'en-GB', { width: 1280, height: 720 });
      const { page, code } = host;
      await screenshot(page, 'live-host-en-1280');
      const grades = [
        { 'The seaside': 'Excellent', 'The mountains': 'Good', 'The city': 'Reject' },
        { 'The seaside': 'Poor', 'The mountains': 'Very good', 'The city': 'Fair' },
        { 'The seaside': 'Very good', 'The mountains': 'Good', 'The city': 'Poor' },
      ];
      const phones: Phone[] = [];
      for (const [i, g] of grades.entries()) phones.push(await voteGrades(code, i === 1 ? 'fr-FR' : 'en-GB', g));
      await waitReceived(page, 3);
      await screenshot(page, 'live-host-en-1280-three');

      // Escape: the desk, which offers to come back to the room (still open).
      await page.keyboard.press('Escape');
      await page.waitForSelector('body[data-ready="classroom"]', { timeout: 60_000 });
      await page.locator('[data-control="home.liveResume"]').focus();
      await page.keyboard.press('Enter');
      expect(await roomCode(page)).toBe(code);
      await waitReceived(page, 3);
      // The main action has the focus once the room is back: Enter closes the vote.
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement | null)?.dataset.action === 'close-vote',
        undefined,
        { timeout: 30_000 },
      );
      await page.keyboard.press('Enter');
      const winners = await shownWinners(page);
      const ballots: Ballot[] = grades.map((g) => ({
        kind: 'graded',
        grades: Object.fromEntries(
          Object.entries(g).map(([name, mention]) => [
            optionId(options.indexOf(name)),
            setup.mentions!.indexOf(mention),
          ]),
        ),
      }));
      expect(winners).toEqual(engineWinners(setup, ballots));
      await screenshot(page, 'live-results-en');

      // Back on the class's board, then the desk: the closed room can be reopened, exported, counted again.
      await page.keyboard.press('Escape');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 60_000 });
      expect(await page.evaluate(() => document.body.dataset.classResults)).toContain('The seaside');
      clean(host, phones);
      for (const phone of phones) await phone.context.close();
      await host.context.close();
    },
    SLOW,
  );

  it(
    'a closed room: its ballots are exported without any device, and it can be reopened',
    async () => {
      const options = ['Plage', 'Forêt'];
      const query = linkQuery({ q: 'Pique-nique ?', options, kind: 'approval' });
      const host = await openHost(query, 'fr-FR', { width: 390, height: 844 });
      const { page, code } = host;
      await screenshot(page, 'live-host-fr-390');
      const phone = await openPhone(code, 'fr-FR');
      await phone.page.locator('[data-option="Plage"]').click();
      await send(phone);
      await waitReceived(page, 1);
      await page.locator('[data-action="close-vote"]').click();
      await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
      // Back to the room from the desk: closed, with its exports and the reopen button.
      await page.evaluate(() => (location.hash = '#live'));
      await page.waitForSelector('[data-action="reopen-vote"]', { timeout: 60_000 });
      expect(await page.locator('[data-retention]').innerText()).toMatch(/effacés .* le /);
      await screenshot(page, 'live-host-fr-390-closed');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-action="export-json"]').click(),
      ]);
      const text = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
      expect(text).toContain('Plage');
      expect(text).not.toMatch(/device|token/i);
      await page.locator('[data-action="reopen-vote"]').click();
      await page.waitForSelector('[data-action="close-vote"]', { timeout: 60_000 });
      await phone.page.waitForSelector('body[data-ballot-state="received"], body[data-ballot-state="ready"]', {
        timeout: 60_000,
      });
      clean(host, [phone]);
      await phone.context.close();
      await host.context.close();
    },
    SLOW,
  );

  it(
    'the room server restarts mid-vote: the host shows it is reconnecting, then comes back to the same room by itself',
    async () => {
      const options = ['Plage', 'Forêt', 'Port'];
      const query = linkQuery({ q: 'Où pique-nique-t-on ?', options, kind: 'ranked', methods: ['plurality', 'borda'] });
      const setup = readLiveLink(query, 'fr').setup!;
      const host = await openHost(query, 'fr-FR', { width: 1280, height: 720 });
      const { page, code } = host;
      const orders = [
        ['Forêt', 'Plage', 'Port'],
        ['Port', 'Forêt'],
        ['Forêt', 'Port', 'Plage'],
      ];
      const first = await voteRanked(code, 'fr-FR', orders[0]);
      await waitReceived(page, 1);
      await first.context.close();

      await stopServer();
      await page.waitForSelector('body[data-live-status="reconnecting"]', { timeout: 60_000 });
      expect(await page.locator('.lv-state').innerText()).toMatch(/Reconnexion/);
      // The code stays on the screen while the server is away.
      expect((await page.locator('[data-room-code]').last().innerText()).replace(/\s/g, '')).toBe(code);
      await screenshot(page, 'live-host-fr-1280-reconnecting');
      await startServer();
      await page.waitForSelector('body[data-live-status="connected"]', { timeout: 90_000 });
      expect(await page.evaluate(() => document.body.dataset.roomCode)).toBe(code);
      await waitReceived(page, 1);

      const phones = [await voteRanked(code, 'en-GB', orders[1]), await voteRanked(code, 'fr-FR', orders[2])];
      await waitReceived(page, 3);
      await page.locator('[data-action="close-vote"]').click();
      const ballots: Ballot[] = orders.map((order) => ({
        kind: 'ranked',
        ranking: order.map((name) => [optionId(options.indexOf(name))]),
      }));
      expect(await shownWinners(page)).toEqual(engineWinners(setup, ballots));
      // The browser saw the server go away (failed look-ups): nothing else went wrong.
      expect(
        host.consoleErrors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|WebSocket/i.test(e)),
      ).toEqual([]);
      for (const phone of phones) expect(phone.errors).toEqual([]);
      for (const phone of phones) await phone.context.close();
      await host.context.close();
    },
    SLOW,
  );

  it(
    'the desk’s form (graded, with named grades) and a lesson’s vote open rooms too',
    async () => {
      const g = await openPage(browser, base, { locale: 'fr-FR', viewport: { width: 1280, height: 720 } });
      const { page } = g;
      await page.goto(`${base}/#classroom`, { timeout: 120_000 });
      await page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
      await page.locator('[data-control="home.live"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('#cr-question');
      expect(await page.locator('[data-mentions]').isHidden()).toBe(true);
      await page.fill('#cr-question', 'La cantine');
      await page.fill('#cr-options', 'Frites\nSoupe');
      await page.check('[data-kind="grades"]');
      // The default grades, editable.
      expect(await page.inputValue('#cr-mentions')).toBe(
        'À rejeter\nInsuffisant\nPassable\nAssez bien\nBien\nTrès bien',
      );
      await page.fill('#cr-mentions', 'Non\nBof\nOui');
      await page.locator('#cr-mentions').blur();
      // STAR reads grades from 0 to 5 only: not offered for three grades.
      await expect.poll(() => page.locator('[data-method="star"]').count()).toBe(0);
      await screenshot(page, 'live-form-fr-1280');
      await page.locator('[data-control="live.open"]').click();
      const code = await roomCode(page);
      const phone = await voteGrades(code, 'fr-FR', { Frites: 'Oui', Soupe: 'Bof' });
      await waitReceived(page, 1);
      await page.locator('[data-action="close-vote"]').click();
      const winners = await shownWinners(page);
      expect(winners.get('majority-judgment')).toEqual(['o1']);
      await phone.context.close();

      // A lesson's vote step, with phones: a room on the chapter's question.
      await page.evaluate(() => (location.hash = '#classroom'));
      await page.waitForSelector('body[data-ready="classroom"]', { timeout: 60_000 });
      expect(await page.locator('[data-control="home.liveResume"]').innerText()).toContain(code);
      await page.locator('[data-control="home.lesson"]').click();
      await page.locator('[data-control="lesson.1"]').click();
      await page.waitForSelector('body[data-ready="classroom-lesson"]', { timeout: 120_000 });
      await page.keyboard.press('3');
      await page.locator('[data-control="lesson.phones"]').focus();
      await page.keyboard.press('Enter');
      const lessonCode = await roomCode(page);
      expect(lessonCode).not.toBe(code);
      expect(await page.locator('.lv-question').innerText()).not.toBe('');
      expect(g.consoleErrors).toEqual([]);
      expect(g.foreignRequests).toEqual([]);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'without a room server (the game served alone), the host screen says live votes need npm start and offers the other ways',
    async () => {
      const g = await openPage(browser, inject('baseURL'), { locale: 'en-GB', viewport: { width: 390, height: 844 } });
      await g.page.goto(`${inject('baseURL')}#live/new?options=A|B`, { timeout: 120_000 });
      await g.page.waitForSelector('body[data-live-status="no-server"]', { timeout: 120_000 });
      expect(await g.page.locator('.cr-layer').innerText()).toContain('npm start');
      await screenshot(g.page, 'live-no-server-en-390');
      await g.page.locator('[data-action="other-ways"]').click();
      await g.page.waitForSelector('[data-control="ways.pass"]', { timeout: 60_000 });
      // The only error is the browser saying that /live/info was not found.
      expect(g.consoleErrors.filter((e) => !/404|Not Found/i.test(e))).toEqual([]);
      expect(g.foreignRequests).toEqual([]);
      await g.context.close();
    },
    SLOW,
  );
});
