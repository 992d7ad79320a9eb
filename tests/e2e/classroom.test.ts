/**
 * The classroom tools in headless Chromium: a class election voted by pass-and-play, typed-in
 * counts, ballot files (a bad row named, a form's extra columns), exports that read back, the
 * print views (screenshots and PDF pages), the projector lesson's keys, and offline play.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchBrowser, openPage, screenshot, SCREENSHOT_DIR, screenshotsWanted, type GuardedPage } from './browser.ts';
import { rankedProfile } from '../../src/voting/ballots.ts';
import { getMethod } from '../../src/voting/methods/index.ts';
import { finalWinners } from '../../src/voting/result.ts';
import { countClass, DEFAULT_METHODS } from '../../src/classroom/election.ts';
import { importBallots } from '../../src/classroom/files.ts';
import { OfflineKey } from '../../src/game/classroom/offline.ts';

let browser: Browser;
beforeAll(async () => {
  try {
    browser = await launchBrowser();
  } catch {
    // playwright-core refuses a --user-data-dir flag in launch(): the same flags without it
    // (playwright then makes its own fresh profile).
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-swiftshader',
      ],
    });
  }
});
afterAll(async () => {
  await browser?.close();
});

const OPTIONS = ['La mer', 'La montagne', 'La ville'];

async function openDesk(base: string, locale = 'fr-FR'): Promise<GuardedPage> {
  const guarded = await openPage(browser, base, { locale });
  await guarded.page.goto(`${base}#classroom`, { timeout: 120_000 });
  await guarded.page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
  return guarded;
}

const control = (page: Page, id: string) => page.locator(`[data-control="${id}"]`);

/** Presses a control from the keyboard (canvas buttons have a DOM twin that the canvas covers). */
async function press(page: Page, id: string): Promise<void> {
  await control(page, id).focus();
  await page.keyboard.press('Enter');
}

async function setUp(page: Page, kind: 'ranked' | 'approval' | 'grades' = 'ranked'): Promise<void> {
  await press(page, 'home.election');
  await page.fill('#cr-question', 'Où part la sortie ?');
  await page.fill('#cr-options', OPTIONS.join('\n'));
  await page.check(`[data-kind="${kind}"]`);
  await press(page, 'setup.next');
  await page.waitForSelector('[data-control="ways.pass"]');
}

/** The winners (by name) the engine gives for these ranked ballots, per default method. */
function engineWinners(ballots: { ranking: string[]; count: number }[]): Record<string, readonly string[]> {
  const profile = rankedProfile(OPTIONS, ballots);
  return Object.fromEntries(
    DEFAULT_METHODS.ranked.map((m) => [
      m,
      finalWinners(getMethod(m).count(profile as never, { seats: 1, tieBreak: 'none' })),
    ]),
  );
}

async function shownWinners(page: Page): Promise<Record<string, string[]>> {
  await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
  return JSON.parse((await page.evaluate(() => document.body.dataset.classResults)) ?? '{}') as Record<
    string,
    string[]
  >;
}

function clean(g: GuardedPage): void {
  expect(g.consoleErrors).toEqual([]);
  expect(g.foreignRequests).toEqual([]);
}

// The machine is shared and slow: generous time for each test.
const SLOW = 300_000;

describe('classroom', () => {
  it(
    'pass-and-play: 5 ballots, only their number shown, then the results the engine counts; exports read back',
    async () => {
      const g = await openDesk(inject('baseURL'));
      const { page } = g;
      await screenshot(page, 'classroom-desk');
      await setUp(page);
      await press(page, 'ways.pass');
      await page.waitForSelector('body[data-ready="classroom-vote"]');
      const ballots = [
        [0, 1, 2],
        [1, 2, 0],
        [2, 1],
        [0, 2, 1],
        [1, 0, 2],
      ];
      for (const [i, order] of ballots.entries()) {
        await press(page, 'vote.begin');
        for (const o of order) await page.locator(`[data-option="${OPTIONS[o]}"]`).click();
        if (i === 2) await screenshot(page, 'classroom-ballot');
        await press(page, 'vote.cast');
        await page.waitForSelector(`[data-cast="${i + 1}"]`);
        // The privacy screen says how many ballots, and nothing about what they say.
        const shown = (await page.locator('.cr-layer').innerText()) + (await page.locator('#a11y').innerText());
        for (const name of OPTIONS) expect(shown).not.toContain(name);
      }
      await screenshot(page, 'classroom-privacy');
      await press(page, 'vote.close');
      await press(page, 'vote.close');
      const winners = await shownWinners(page);
      const expected = engineWinners(ballots.map((order) => ({ ranking: order.map((o) => OPTIONS[o]), count: 1 })));
      expect(winners).toEqual(expected);
      await screenshot(page, 'classroom-results');

      // Exports: the image, the results, and ballots that read back to the same winners.
      const save = async (id: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), press(page, id)]);
        const path = await download.path();
        return { name: download.suggestedFilename(), bytes: readFileSync(path) };
      };
      const png = await save('results.png');
      expect(png.name).toMatch(/\.png$/);
      expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(join(SCREENSHOT_DIR, 'classroom-export.png'), png.bytes);
      const results = (await save('results.csv')).bytes.toString('utf8');
      expect(results).toContain('plurality');
      for (const id of ['results.ballotsCsv', 'results.ballotsJson']) {
        const file = await save(id);
        const back = importBallots(file.name, file.bytes.toString('utf8'), 'ranked');
        const names = (ids: readonly string[]) => ids.map((x) => back.election.options[Number(x.slice(1)) - 1]);
        const counted = countClass({ ...back.election, methods: DEFAULT_METHODS.ranked }, back.groups);
        expect(Object.fromEntries(counted.entry.counted.counts.map((k) => [k.method, names(k.winners)]))).toEqual(
          expected,
        );
      }

      // The game's own comparison of the class's ballots, and back.
      await press(page, 'results.compare');
      await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
      await screenshot(page, 'classroom-compare');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'typed-in counts: a show of hands and piles of graded paper ballots',
    async () => {
      const g = await openDesk(inject('baseURL'));
      const { page } = g;
      await setUp(page);
      await press(page, 'ways.hands');
      await page.fill('#cr-hands-1', '7');
      await page.fill('#cr-hands-2', '9');
      await page.fill('#cr-hands-3', '4');
      await press(page, 'hands.count');
      // Nobody has more than half of 20 hands: a second show of hands, between the top two.
      await page.fill('#cr-hands-s2-1', '12');
      await page.fill('#cr-hands-s2-2', '8');
      await press(page, 'hands.count');
      const winners = await shownWinners(page);
      // Hands answer plurality and the two-round by two shows; nothing that needs rankings is counted.
      expect(winners).toEqual({ plurality: ['La montagne'], 'two-round': ['La mer'] });

      await press(page, 'results.desk');
      await page.waitForSelector('body[data-ready="classroom"]');
      await setUp(page, 'grades');
      expect(await control(page, 'ways.hands').count()).toBe(0);
      await press(page, 'ways.piles');
      const row = async (r: number, grades: number[], count: number) => {
        for (const [i, grade] of grades.entries()) await page.fill(`#cr-pile-${r}-${i + 1}`, String(grade));
        await page.fill(`#cr-pile-${r}-count`, String(count));
      };
      await row(1, [5, 2, 0], 3);
      await row(2, [1, 4, 3], 2);
      await row(3, [9, 4, 3], 1);
      await press(page, 'piles.count');
      await expect.poll(() => page.locator('[data-problem]').innerText()).toMatch(/Ligne 3.*La mer.*0 à 5/);
      await page.fill('#cr-pile-3-1', '');
      await page.fill('#cr-pile-3-count', '');
      await page.fill('#cr-pile-3-2', '');
      await page.fill('#cr-pile-3-3', '');
      await press(page, 'piles.count');
      const graded = await shownWinners(page);
      // Score: mer 15+2 = 17, montagne 6+8 = 14, ville 0+6 = 6.
      expect(graded.score).toEqual(['La mer']);
      await screenshot(page, 'classroom-results-grades');
      // The results sheet: every method's winner and the counts, on paper.
      await press(page, 'results.print');
      await page.waitForSelector('body[data-print-ready="results"]');
      const sheet = await page.locator('[data-sheet="results"]').innerText();
      for (const name of ['Vote par notes', 'STAR', 'Jugement majoritaire']) expect(sheet).toContain(name);
      await screenshot(page, 'classroom-print-results');
      pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'classroom-print-results');
      await control(page, 'print.close').click();
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'ballot files: a bad row is named; a form export is read once its option columns are picked',
    async () => {
      const g = await openDesk(inject('baseURL'));
      const { page } = g;
      await press(page, 'home.import');
      const bad = 'La mer,La montagne,La ville\n1,2,3\n2,1,3\n1,deux,3\n3,2,1\n';
      await page.setInputFiles('#cr-file', { name: 'classe.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      await press(page, 'import.read');
      await expect.poll(() => page.locator('[data-problem]').innerText()).toMatch(/classe\.csv.*ligne 4/i);
      await screenshot(page, 'classroom-import-error');

      const form = [
        'Horodateur,Adresse e-mail,Classez [La mer],Classez [La montagne],Classez [La ville]',
        '2026/11/14 10:02:31,a@example.org,1er choix,2e choix,3e choix',
        '2026/11/14 10:03:02,b@example.org,3e choix,1er choix,2e choix',
        '2026/11/14 10:04:40,c@example.org,1er choix,3e choix,2e choix',
      ].join('\n');
      await page.setInputFiles('#cr-file', { name: 'formulaire.csv', mimeType: 'text/csv', buffer: Buffer.from(form) });
      await page.waitForSelector('[data-columns]:not([hidden])');
      expect(await page.locator('[data-column]:checked').count()).toBe(3);
      await screenshot(page, 'classroom-import-columns');
      await press(page, 'import.read');
      const winners = await shownWinners(page);
      expect(winners.plurality).toEqual(['La mer']);
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'print views: paper ballots of each kind, the results sheet and the teacher guides',
    async () => {
      const g = await openDesk(inject('baseURL'), 'en-GB');
      const { page } = g;
      await setUp(page);
      await press(page, 'ways.print');
      await page.waitForSelector('body[data-print-ready="ballots"]');
      // A class's worth (30, six to a page) of the election's own kind only, by default.
      expect(await page.locator('[data-sheet="ballots-ranked"]').count()).toBe(5);
      expect(await page.locator('[data-sheet^="ballots-"]').count()).toBe(5);
      await screenshot(page, 'classroom-print-ballots');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      pdfPages(pdf, 'classroom-print-ballots');
      await press(page, 'print.fr');
      await page.waitForSelector('body[data-print-ready="ballots"]');
      expect(await page.locator('.cr-sheet').first().innerText()).toContain('Écrivez 1');
      await press(page, 'print.close');
      await press(page, 'ways.back');
      await press(page, 'home.guides');
      await page.waitForSelector('body[data-print-ready="guides"]', { timeout: 120_000 });
      expect(await page.locator('[data-sheet^="guide-"]').count()).toBeGreaterThanOrEqual(9);
      await screenshot(page, 'classroom-print-guides');
      pdfPages(await page.pdf({ format: 'A4', printBackground: true, pageRanges: '1-2' }), 'classroom-print-guides');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'projector lesson: presenter keys, blank screen, notes from the teacher sheet',
    async () => {
      const g = await openDesk(inject('baseURL'), 'en-GB');
      const { page } = g;
      await press(page, 'home.lesson');
      await press(page, 'lesson.1');
      await page.waitForSelector('body[data-ready="classroom-lesson"]', { timeout: 120_000 });
      expect(await page.evaluate(() => document.body.dataset.lessonStep)).toBe('1/7');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press(' ');
      expect(await page.evaluate(() => document.body.dataset.lessonStep)).toBe('3/7');
      await page.keyboard.press('ArrowLeft');
      expect(await page.evaluate(() => document.body.dataset.lessonStep)).toBe('2/7');
      await page.keyboard.press('4');
      expect(await page.evaluate(() => document.body.dataset.lessonStep)).toBe('4/7');
      await page.keyboard.press('n');
      await page.waitForSelector('[data-notes="panel"]');
      // The shared screen's panel: the questions, the answers only when asked for.
      expect(await page.locator('[data-notes="panel"]').innerText()).toMatch(/Questions for discussion/);
      await screenshot(page, 'classroom-lesson-notes');
      await page.keyboard.press('b');
      expect(await page.evaluate(() => document.body.dataset.blank)).toBe('on');
      await page.keyboard.press('ArrowRight'); // brings the slide back, does not move on
      expect(await page.evaluate(() => document.body.dataset.blank)).toBeUndefined();
      expect(await page.evaluate(() => document.body.dataset.lessonStep)).toBe('4/7');
      await page.keyboard.press('3');
      await screenshot(page, 'classroom-lesson-vote');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'offline: after one visit the game reloads and plays with the network cut',
    async () => {
      const base = inject('baseURL');
      const g = await openPage(browser, base);
      const { page, context } = g;
      // This test opts in to the service worker (the others run without it).
      await page.addInitScript((key) => localStorage.setItem(key, 'on'), OfflineKey.testOptIn);
      await page.goto(base, { timeout: 120_000 });
      await page.waitForSelector('body[data-ready="title"]', { timeout: 120_000 });
      await page.waitForFunction(
        () => navigator.serviceWorker.ready.then((r) => r.active?.state === 'activated'),
        undefined,
        { timeout: 120_000 },
      );
      await context.setOffline(true);
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('body[data-ready="title"]', { timeout: 120_000 });
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.evaluate(() => (location.hash = '#classroom'));
      await page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
      await setUp(page);
      await press(page, 'ways.hands');
      await page.fill('#cr-hands-1', '3');
      await press(page, 'hands.count');
      expect((await shownWinners(page)).plurality).toEqual(['La mer']);
      await page.evaluate(() => (location.hash = '#chapter/2'));
      await page.waitForFunction(
        () => document.body.dataset.scene === 'coast' || document.body.dataset.scene === 'dialogue',
        undefined,
        { timeout: 120_000 },
      );
      await screenshot(page, 'classroom-offline-chapter');
      clean(g);
      await context.close();
    },
    SLOW,
  );
});

/** The PDF's pages as PNG files (Debian's pdftoppm), to be looked at (not when screenshots are off). */
function pdfPages(pdf: Buffer, name: string): void {
  if (!screenshotsWanted()) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (!existsSync('/usr/bin/pdftoppm')) return;
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', file, join(SCREENSHOT_DIR, name)]);
}
