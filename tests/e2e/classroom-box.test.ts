/**
 * The classroom's ballot box in headless Chromium: a prepared `#classroom/new?…` link, every
 * ballot kept through a reload (with a notice), leaving asked about, the teacher's code between
 * voters, a blank ballot asked about, grades left out, chapter 6's named mentions, the lesson's
 * step after a reload, and the setup form on a 1080p projector. Screenshots in French and
 * English, on a projector and a phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type GuardedPage } from './browser.ts';
import { rankedProfile } from '../../src/voting/ballots.ts';
import { getMethod } from '../../src/voting/methods/index.ts';
import { finalWinners } from '../../src/voting/result.ts';
import { OfflineKey } from '../../src/game/classroom/offline.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = 300_000;
const OPTIONS = ['La mer', 'La montagne', 'La ville'];
const QUESTION = 'Où part la sortie ?';
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

function link(params: Record<string, string>): string {
  return `#classroom/new?${Object.entries(params)
    .map(([k, v]) => `${k}=${k === 'options' ? v.split('|').map(encodeURIComponent).join('|') : encodeURIComponent(v)}`)
    .join('&')}`;
}

async function open(
  hash: string,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<GuardedPage> {
  const g = await openPage(browser, inject('baseURL'), options);
  await g.page.goto(`${inject('baseURL')}${hash}`, { timeout: 120_000 });
  return g;
}

const control = (page: Page, id: string) => page.locator(`[data-control="${id}"]`);
const action = (page: Page, name: string) => page.locator(`[data-action="${name}"]`);
const cast = (page: Page) => page.evaluate(() => document.body.dataset.ballotsCast);

async function press(page: Page, id: string): Promise<void> {
  await control(page, id).focus();
  await page.keyboard.press('Enter');
}

/** One voter: the next-voter control, the options in rank order, send; waits for the count. */
async function vote(page: Page, names: readonly string[], expected: number): Promise<void> {
  await action(page, 'next-voter').click();
  for (const name of names) await page.locator(`[data-option="${name}"]`).click();
  await action(page, 'send').click();
  await page.waitForSelector(`body[data-ballots-cast="${expected}"]`);
}

function engineWinners(
  methods: readonly string[],
  ballots: readonly (readonly string[])[],
): Record<string, readonly string[]> {
  const profile = rankedProfile(
    OPTIONS,
    ballots.map((ranking) => ({ ranking: [...ranking], count: 1 })),
  );
  return Object.fromEntries(
    methods.map((m) => [
      m,
      finalWinners(getMethod(m as never).count(profile as never, { seats: 1, tieBreak: 'none' })),
    ]),
  );
}

function clean(g: GuardedPage): void {
  expect(g.consoleErrors).toEqual([]);
  expect(g.foreignRequests).toEqual([]);
}

describe('classroom ballot box', () => {
  it(
    'a prepared link opens the vote as set; a reload mid-vote keeps all 7 ballots and says so; leaving asks',
    async () => {
      const methods = ['plurality', 'irv', 'borda'];
      const g = await open(
        link({ q: QUESTION, options: OPTIONS.join('|'), kind: 'ranked', methods: methods.join(',') }),
        { viewport: PROJECTOR },
      );
      const { page } = g;
      await page.waitForSelector('body[data-ready="classroom-vote"]', { timeout: 120_000 });
      expect(await cast(page)).toBe('0');
      const ballots = [[0, 1, 2], [1, 2, 0], [2, 1], [0, 2, 1], [1, 0, 2], [0], [2, 0, 1], [1, 2]].map((order) =>
        order.map((o) => OPTIONS[o]),
      );
      for (const [i, names] of ballots.slice(0, 7).entries()) {
        await vote(page, names, i + 1);
        if (i === 0) {
          await action(page, 'next-voter').click();
          expect(await page.locator('.cr-card h1').first().innerText()).toBe(QUESTION);
          expect(
            await page.locator('[data-option]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.option)),
          ).toEqual(OPTIONS);
          await page.locator(`[data-option="${OPTIONS[1]}"]`).click();
          await screenshot(page, 'box-ballot-fr-1080p');
          // The voter walks away: nothing goes in.
          await press(page, 'vote.cancel');
          await page.waitForSelector('[data-action="next-voter"]');
          expect(await cast(page)).toBe('1');
        }
      }

      // Leaving asks: the page's beforeunload is refused while ballots are in an open box…
      const refused = await page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
      expect(refused).toBe(true);
      // …and the way back to the desk asks too; "stay" keeps the vote on screen.
      await press(page, 'vote.back');
      await page.waitForSelector('[data-asking="leave"]');
      expect(await page.locator('[data-asking="leave"]').innerText()).toContain('7 bulletins restent');
      await action(page, 'stay').click();
      await page.waitForSelector('[data-asking="leave"]', { state: 'detached' });
      expect(await page.evaluate(() => document.body.dataset.ready)).toBe('classroom-vote');
      expect(page.url()).toMatch(/#classroom$/);

      // The reload: the browser's question is answered "leave", the vote comes back with its 7 ballots.
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.accept();
      });
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('body[data-ready="classroom-vote"]', { timeout: 120_000 });
      await page.waitForSelector('[data-notice="resumed"]');
      expect(await page.locator('[data-notice="resumed"]').innerText()).toMatch(
        /Vote repris\u00a0: 7 bulletins dans l’urne/,
      );
      expect(await cast(page)).toBe('7');
      await screenshot(page, 'box-resumed-fr-1080p');
      for (const d of dialogs) expect(d).toBe('beforeunload');

      // One more ballot, then the count: exactly the engine's on all 8 ballots, with the link's methods only.
      await vote(page, ballots[7], 8);
      await press(page, 'vote.close');
      await press(page, 'vote.close');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      const shown = JSON.parse((await page.evaluate(() => document.body.dataset.classResults)) ?? '{}') as Record<
        string,
        string[]
      >;
      expect(shown).toEqual(engineWinners(methods, ballots));
      // The box is closed: nothing asks any more.
      expect(
        await page.evaluate(() => {
          const event = new Event('beforeunload', { cancelable: true });
          window.dispatchEvent(event);
          return event.defaultPrevented;
        }),
      ).toBe(false);
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'a bad link says what is wrong, in the player’s language, and leads back to the desk',
    async () => {
      const g = await open(link({ q: 'Q', options: 'A', kind: 'secret', colour: 'red' }), { locale: 'en-GB' });
      const { page } = g;
      await page.waitForSelector('[data-link-problems]', { timeout: 120_000 });
      const said = await page.locator('[data-link-problems]').innerText();
      expect(said).toContain('“colour”');
      expect(said).toContain('“secret”');
      await screenshot(page, 'box-bad-link-en');
      await press(page, 'link.back');
      await page.waitForSelector('[data-control="home.election"]');
      // Only one option, and a method that cannot count rankings.
      await page.evaluate((hash) => (location.hash = hash), link({ options: 'A', methods: 'score' }));
      await page.waitForFunction(
        () => document.querySelector('[data-link-problems]')?.textContent?.includes('2'),
        undefined,
        { timeout: 60_000 },
      );
      await page.evaluate(() => (location.hash = '#classroom/whatever'));
      await page.waitForFunction(
        () => document.querySelector('[data-link-problems]')?.textContent?.includes('#classroom/whatever'),
        undefined,
        { timeout: 60_000 },
      );
      // A good link on a phone held upright, approval ballots: the same controls as the phone page.
      await page.setViewportSize(PHONE);
      await page.evaluate(
        (hash) => (location.hash = hash),
        link({ q: 'Lunch?', options: 'Pizza|Soup|Salad', kind: 'approval' }),
      );
      await page.waitForSelector('body[data-ready="classroom-vote"]', { timeout: 60_000 });
      expect(await cast(page)).toBe('0');
      await action(page, 'next-voter').click();
      await page.locator('[data-option="Soup"]').click();
      await page.locator('[data-option="Salad"]').click();
      expect(
        await page
          .locator('[data-option][aria-pressed="true"]')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.option)),
      ).toEqual(['Soup', 'Salad']);
      await screenshot(page, 'box-ballot-en-phone');
      await action(page, 'send').click();
      await page.waitForSelector('body[data-ballots-cast="1"]');
      await screenshot(page, 'box-privacy-en-phone');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'the teacher’s code between voters; a blank ballot is asked about first',
    async () => {
      const g = await open('#classroom', { viewport: PHONE });
      const { page } = g;
      await page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
      await press(page, 'home.election');
      await page.fill('#cr-question', QUESTION);
      await page.fill('#cr-options', OPTIONS.join('\n'));
      await press(page, 'setup.next');
      await page.waitForSelector('[data-control="ways.pass"]');
      await page.fill('#cr-gate', '12a');
      await press(page, 'gate.keep');
      await page.waitForSelector('[data-gate] [data-problem]:not([hidden])');
      await page.fill('#cr-gate', '4821');
      await press(page, 'gate.keep');
      await page.waitForSelector('[data-gate-state="on"]');
      await press(page, 'ways.pass');
      await page.waitForSelector('body[data-ready="classroom-vote"]');

      // The first voter: the teacher taps the code on the keypad.
      for (const d of '4821') await page.locator(`[data-digit="${d}"]`).click();
      await action(page, 'next-voter').click();
      await page.waitForSelector('[data-action="send"]');
      // Nothing marked: a blank ballot is asked about, and "back" returns to the ballot with nothing cast.
      await action(page, 'send').click();
      await page.waitForSelector('[data-asking="blank"]');
      expect(await page.locator('[data-asking="blank"]').innerText()).toContain(
        'Mettre un bulletin blanc dans l’urne\u00a0?',
      );
      await screenshot(page, 'box-blank-fr-phone');
      await action(page, 'confirm-back').click();
      await page.waitForSelector('[data-action="send"]');
      expect(await cast(page)).toBe('0');
      await action(page, 'send').click();
      await action(page, 'confirm-send').click();
      await page.waitForSelector('body[data-ballots-cast="1"]');

      // The same pupil tries again: no code, then a wrong one — the ballot stays shut.
      await action(page, 'next-voter').click();
      await page.waitForSelector('[data-gate="ask"] [data-problem]:not([hidden])');
      expect(await page.locator('[data-gate="ask"] [data-problem]').innerText()).toContain('Ce n’est pas le bon code');
      await page.fill('#cr-gate-code', '1111');
      await action(page, 'next-voter').click();
      expect(await action(page, 'send').count()).toBe(0);
      await screenshot(page, 'box-gate-fr-phone');
      // Closing the vote needs the code too.
      await press(page, 'vote.close');
      expect(await page.locator('[data-control="vote.closeNo"]').count()).toBe(0);
      // The teacher types it: the next voter gets a ballot.
      await page.fill('#cr-gate-code', '4821');
      await action(page, 'next-voter').click();
      await page.waitForSelector('[data-action="send"]');
      await page.locator(`[data-option="${OPTIONS[2]}"]`).click();
      await action(page, 'send').click();
      await page.waitForSelector('body[data-ballots-cast="2"]');
      // The code survives a reload: the resumed vote still asks for it.
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('body[data-ready="classroom-vote"]', { timeout: 120_000 });
      expect(await cast(page)).toBe('2');
      await action(page, 'next-voter').click();
      expect(await action(page, 'send').count()).toBe(0);
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'chapter 6: the class ballot names its mentions and asks for every grade; the lesson’s step survives a reload',
    async () => {
      const g = await open('#classroom', { locale: 'en-GB', viewport: PROJECTOR });
      const { page } = g;
      await page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
      await press(page, 'home.lesson');
      await press(page, 'lesson.6');
      await page.waitForSelector('body[data-ready="classroom-lesson"]', { timeout: 120_000 });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.body.dataset.lessonStep)).toBe('4/7');
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('body[data-ready="classroom-lesson"]', { timeout: 120_000 });
      expect(await page.evaluate(() => document.body.dataset.lessonStep)).toBe('4/7');
      expect(await page.locator('[data-notice="lesson-resumed"]').innerText()).toContain('chapter 6, step 4');
      await screenshot(page, 'box-lesson-resumed-en-1080p');

      await page.keyboard.press('3');
      expect(await page.evaluate(() => document.body.dataset.lessonStep)).toBe('3/7');
      await press(page, 'lesson.pass');
      await page.waitForSelector('body[data-ready="classroom-vote"]', { timeout: 120_000 });
      await action(page, 'next-voter').click();
      const mentions = await page
        .locator('[data-option]')
        .first()
        .locator('[data-mention]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.mention));
      expect(mentions).toEqual(['Excellent', 'Very good', 'Good', 'Fair', 'Passable', 'Poor', 'Reject']);
      const options = await page
        .locator('[data-option]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.option ?? ''));
      await page
        .locator(`[data-option="${options[0]}"] label`, { has: page.locator('[data-mention="Excellent"]') })
        .click();
      await action(page, 'send').click();
      await page.waitForSelector('[data-problem]:not([hidden])');
      expect(await page.locator('[data-problem]').innerText()).toContain(`${options.length - 1} options have no grade`);
      expect(await page.locator('[data-ungraded-note]').count()).toBe(0);
      expect(await cast(page)).toBe('0');
      await screenshot(page, 'box-grades-en-1080p');
      for (const name of options.slice(1))
        await page.locator(`[data-option="${name}"] label`, { has: page.locator('[data-mention="Fair"]') }).click();
      await action(page, 'send').click();
      await page.waitForSelector('body[data-ballots-cast="1"]');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );
});

describe('classroom setup and marks', () => {
  for (const locale of ['fr-FR', 'en-GB']) {
    it(
      `${locale}: the setup form fits a 1080p screen without scrolling, offers one-winner methods only, and a new election starts blank`,
      async () => {
        const g = await open('#classroom', { locale, viewport: PROJECTOR });
        const { page } = g;
        await page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
        await press(page, 'home.election');
        for (const kind of ['ranked', 'approval', 'grades']) {
          await page.check(`[data-kind="${kind}"]`);
          await screenshot(page, `box-setup-${locale}-1080p-${kind}`);
          const fit = await page.locator('.cr-card').evaluate((card) => ({
            scroll: card.scrollHeight,
            client: card.clientHeight,
            bottom: card.getBoundingClientRect().bottom,
          }));
          expect(fit.scroll, kind).toBeLessThanOrEqual(fit.client);
          expect(fit.bottom, kind).toBeLessThanOrEqual(1080);
          expect(
            await page.locator('[data-method="bloc-plurality"], [data-method="bloc-approval"]').count(),
            kind,
          ).toBe(0);
        }
        expect(await page.locator('[data-ungraded]').isVisible()).toBe(true);
        await page.fill('#cr-question', QUESTION);
        await page.fill('#cr-options', OPTIONS.join('\n'));
        await press(page, 'setup.next');
        await page.waitForSelector('[data-control="ways.pass"]');
        // Changing this election keeps its kind, visibly; a new election starts from a ranked ballot.
        await press(page, 'ways.change');
        expect(await page.locator('[data-kind="grades"]').isChecked()).toBe(true);
        await press(page, 'setup.back');
        await press(page, 'home.election');
        expect(await page.locator('[data-kind="ranked"]').isChecked()).toBe(true);
        expect(await page.inputValue('#cr-options')).toBe('');
        clean(g);
        await g.context.close();
      },
      SLOW,
    );
  }

  it(
    'an "offline ready" mark appears on the desk once the service worker holds the game',
    async () => {
      const base = inject('baseURL');
      const g = await openPage(browser, base);
      await g.page.addInitScript((key) => localStorage.setItem(key, 'on'), OfflineKey.testOptIn);
      await g.page.goto(`${base}#classroom`, { timeout: 120_000 });
      await g.page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
      await g.page.waitForSelector('[data-offline-mark]:not([hidden])', { timeout: 120_000 });
      expect(await g.page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state))).toBe('activated');
      expect(await g.page.locator('[data-offline-mark]').innerText()).toContain('Prêt hors ligne');
      await screenshot(g.page, 'box-offline-ready-fr');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );
});
