/**
 * The classroom in front of a room, in headless Chromium: projector mode is a stored setting
 * the classroom's screens use (high contrast, the presenter's hint at 4.5:1 or more, native
 * checkboxes that look unchecked when they are); the notes panel keeps the answers off the
 * shared screen; the board's PNG is at the screen's resolution; print asks how many copies of
 * which ballots and which chapter's guide, keeps its margins on every page and a grade scale
 * on one line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, screenshot, SCREENSHOT_DIR } from './browser.ts';
import {
  canvasTexts,
  contrastRatio,
  control,
  longElection,
  longSetup,
  openDesk,
  pictureStats,
  press,
} from './classroom-helpers.ts';
import { StorageKey } from '../../src/game/keys.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = 400_000;
const PROJECTOR = { width: 1920, height: 1080 };

/** The chapter's own English sheet: the answers the shared screen must not show unasked. */
function chapterOneAnswers(): { goal: string; keyMoment: string } {
  const file = readdirSync('scenarios').find((f) => /^chapter-1[^0-9].*\.json$/.test(f))!;
  const scenario = JSON.parse(readFileSync(join('scenarios', file), 'utf8')) as {
    texts: Record<string, Record<string, string>>;
  };
  return { goal: scenario.texts.en['teacher.goal'], keyMoment: scenario.texts.en['teacher.keyMoment'] };
}

/** The PDF's pages as greyscale pictures (pdftoppm), each as rows of 0–255 values. */
function pdfPagesGrey(pdf: Buffer, name: string, dpi: number): { width: number; height: number; rows: Uint8Array[] }[] {
  if (!existsSync('/usr/bin/pdftoppm'))
    throw new Error(
      'The print tests need pdftoppm to read the PDF: install it (Debian: sudo apt-get install poppler-utils).',
    );
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '50', file, join(SCREENSHOT_DIR, name)]);
  execFileSync('/usr/bin/pdftoppm', ['-gray', '-r', String(dpi), file, join(SCREENSHOT_DIR, `${name}-grey`)]);
  return readdirSync(SCREENSHOT_DIR)
    .filter((f) => f.startsWith(`${name}-grey`) && f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(SCREENSHOT_DIR, f));
      // P5 header: magic, width, height, maxval, then one byte a pixel.
      const header = bytes
        .subarray(0, 64)
        .toString('latin1')
        .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const start = header[0].length;
      return {
        width,
        height,
        rows: Array.from({ length: height }, (_, y) => bytes.subarray(start + y * width, start + (y + 1) * width)),
      };
    });
}

/** The blank border of a page: the first inked row from the top and column from the left, in mm. */
function margins(
  page: { width: number; height: number; rows: Uint8Array[] },
  dpi: number,
): { top: number; left: number } {
  const inked = (v: number) => v < 200;
  const top = page.rows.findIndex((r) => r.some(inked));
  let left = page.width;
  for (const r of page.rows) {
    const x = r.findIndex(inked);
    if (x >= 0) left = Math.min(left, x);
  }
  const mm = (px: number) => (px / dpi) * 25.4;
  return { top: mm(top < 0 ? page.height : top), left: mm(left) };
}

async function settingsSaved(page: Page): Promise<{ highContrast?: boolean }> {
  return page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: { settings?: { highContrast?: boolean } } }).state
        ?.settings ?? {},
    StorageKey.save,
  );
}

describe('classroom projector', () => {
  it(
    'projector mode is a stored setting the classroom uses: high contrast, a readable hint, light checkboxes',
    async () => {
      const g = await openDesk(browser, PROJECTOR, { language: 'en' }, 'en-GB');
      const { page } = g;
      // Ordinary screen first: the checkboxes on the cream card are drawn light (color-scheme).
      await press(page, 'home.election');
      await page.waitForSelector('[data-method]');
      const unchecked = page.locator('[data-method]:not(:checked)').first();
      const checked = page.locator('[data-method]:checked').first();
      expect(await unchecked.evaluate((e) => getComputedStyle(e).colorScheme)).toBe('light');
      const off = await pictureStats(page, await unchecked.screenshot());
      const on = await pictureStats(page, await checked.screenshot());
      // An empty box is light inside; a ticked one is filled: they never look alike.
      expect(off.centre).toBeGreaterThan(200);
      expect(Math.abs(off.mean - on.mean)).toBeGreaterThan(40);
      await screenshot(page, 'projector-setup-ordinary');

      await page.evaluate(() => (location.hash = '#settings'));
      await page.waitForSelector('body[data-scene="settings"]');
      await press(page, 'settings.highContrast.true');
      await expect.poll(async () => (await settingsSaved(page)).highContrast).toBe(true);
      await screenshot(page, 'projector-settings');
      await page.evaluate(() => (location.hash = '#classroom'));
      await page.waitForSelector('body[data-ready="classroom"] .cr-layer.cr-contrast');
      const card = await page
        .locator('.cr-card')
        .evaluate((e) => ({ fg: getComputedStyle(e).color, bg: getComputedStyle(e).backgroundColor }));
      expect(contrastRatio(card.fg, card.bg)).toBeGreaterThanOrEqual(15);
      await screenshot(page, 'projector-desk-contrast');

      // The board in projector mode: black and white only.
      await longElection(page);
      await press(page, 'piles.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      const colours = new Set(
        (await canvasTexts(page, 'classroom-results'))
          .filter((t) => t.name === 'pupil')
          .map((t) => t.colour.toLowerCase()),
      );
      expect([...colours].every((c) => c === '#000000' || c === '#ffffff' || c === '#8f1d16')).toBe(true);
      await screenshot(page, 'projector-board-contrast');

      // A lesson: the presenter's hint is HTML on an opaque band, above 4.5:1, in both modes.
      // Back to the desk by its button (the board already keeps #classroom in the address for a reload).
      await press(page, 'results.desk');
      await page.waitForSelector('body[data-ready="classroom"]');
      await press(page, 'home.lesson');
      await press(page, 'lesson.1');
      await page.waitForSelector('body[data-ready="classroom-lesson"] [data-presenter-hint]', { timeout: 120_000 });
      const hint = async () =>
        page.locator('[data-presenter-hint]').evaluate((e) => ({
          fg: getComputedStyle(e).color,
          bg: getComputedStyle(e).backgroundColor,
          text: e.textContent ?? '',
        }));
      const contrastHint = await hint();
      expect(contrastHint.text).toMatch(/Space/);
      expect(contrastRatio(contrastHint.fg, contrastHint.bg)).toBeGreaterThanOrEqual(4.5);
      await screenshot(page, 'projector-lesson-contrast');
      await page.evaluate(() => (location.hash = '#settings'));
      await page.waitForSelector('body[data-scene="settings"]');
      await press(page, 'settings.highContrast.false');
      await expect.poll(async () => (await settingsSaved(page)).highContrast).toBe(false);
      await page.evaluate(() => (location.hash = '#classroom'));
      await page.waitForSelector('body[data-ready="classroom"]');
      expect(await page.locator('.cr-layer.cr-contrast').count()).toBe(0);
      await press(page, 'home.lessonContinue');
      await page.waitForSelector('body[data-ready="classroom-lesson"] [data-presenter-hint]', { timeout: 120_000 });
      const ordinary = await hint();
      expect(contrastRatio(ordinary.fg, ordinary.bg)).toBeGreaterThanOrEqual(4.5);
      await screenshot(page, 'projector-lesson-ordinary');
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'the notes panel (N) keeps the answers off the shared screen until asked; the second window (W) has them',
    async () => {
      const g = await openDesk(browser, PROJECTOR, { language: 'en' }, 'en-GB');
      const { page, context } = g;
      const answers = chapterOneAnswers();
      await press(page, 'home.lesson');
      await press(page, 'lesson.1');
      await page.waitForSelector('body[data-ready="classroom-lesson"]', { timeout: 120_000 });
      await page.keyboard.press('4');
      await page.keyboard.press('n');
      const panel = page.locator('[data-notes="panel"]');
      await panel.waitFor();
      const hidden = await panel.innerText();
      expect(hidden).toMatch(/Discussion|question/i);
      expect(hidden).not.toContain(answers.keyMoment);
      expect(hidden).not.toContain(answers.goal);
      await screenshot(page, 'projector-notes-hidden');
      await press(page, 'notes.answers');
      await expect.poll(() => panel.innerText()).toContain(answers.keyMoment);
      await screenshot(page, 'projector-notes-shown');
      // Closed and opened again: hidden again.
      await page.locator('body').focus();
      await page.keyboard.press('n');
      await page.keyboard.press('n');
      await expect.poll(() => panel.innerText()).not.toContain(answers.keyMoment);
      // The second window, on the teacher's own screen, shows everything.
      const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('w')]);
      await expect.poll(() => popup.locator('body').innerText()).toContain(answers.keyMoment);
      expect(g.consoleErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'the board saves as a PNG at the screen’s resolution (1920×1080 on a projector)',
    async () => {
      const g = await openDesk(browser, PROJECTOR);
      const { page } = g;
      await longElection(page);
      await press(page, 'piles.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'results.png')]);
      const png = readFileSync(await download.path());
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(join(SCREENSHOT_DIR, 'projector-board-export.png'), png);
      const stats = await pictureStats(page, png);
      expect(stats.width).toBeGreaterThanOrEqual(1920);
      expect(stats.height).toBeGreaterThanOrEqual(1080);
      // A drawn board, not an empty picture.
      expect(stats.spread).toBeGreaterThan(20);
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'print: copies per ballot kind (the election’s own kind by default), one guide or all, margins on every page, a grade scale on one line',
    async () => {
      const g = await openDesk(browser, { width: 1280, height: 720 }, { language: 'en' }, 'en-GB');
      const { page } = g;
      await longSetup(page, 'grades');
      await press(page, 'ways.print');
      await page.waitForSelector('body[data-print-ready="ballots"]');
      // By default: a class's worth (30, six to a page) of the election's own kind only.
      expect(await page.locator('[data-sheet="ballots-grades"]').count()).toBe(5);
      expect(await page.locator('[data-sheet^="ballots-"]:not([data-sheet="ballots-grades"])').count()).toBe(0);
      expect(await page.locator('[data-sheet="ballots-grades"] .cr-slip').count()).toBe(30);
      await page.fill('[data-copies="approval"]', '7');
      await page.locator('[data-copies="approval"]').dispatchEvent('change');
      await page.fill('[data-copies="grades"]', '6');
      await page.locator('[data-copies="grades"]').dispatchEvent('change');
      await expect.poll(() => page.locator('[data-sheet="ballots-approval"] .cr-slip').count()).toBe(7);
      expect(await page.locator('[data-sheet="ballots-grades"] .cr-slip').count()).toBe(6);
      expect(await page.locator('[data-sheet="ballots-ranked"]').count()).toBe(0);
      // Every grade scale on one line, inside its slip, on paper.
      await page.emulateMedia({ media: 'print' });
      const scales = await page.locator('[data-sheet="ballots-grades"] .cr-scale').evaluateAll((cells) =>
        cells.map((cell) => {
          const tops = new Set(
            [...cell.querySelectorAll('.cr-circle')].map((c) => Math.round(c.getBoundingClientRect().top)),
          );
          const slip = cell.closest('.cr-slip')!.getBoundingClientRect();
          const r = cell.getBoundingClientRect();
          return {
            lines: tops.size,
            inside: r.right <= slip.right + 0.5,
            fits: cell.scrollWidth <= cell.clientWidth + 1,
          };
        }),
      );
      expect(scales.length).toBe(60);
      expect(scales.every((s) => s.lines === 1 && s.inside && s.fits)).toBe(true);
      const ballots = pdfPagesGrey(
        await page.pdf({ format: 'A4', printBackground: true }),
        'projector-print-ballots',
        40,
      );
      await page.emulateMedia({ media: null });
      await screenshot(page, 'projector-print-ballots');
      for (const sheet of ballots) expect(margins(sheet, 40).top).toBeGreaterThan(10);
      await press(page, 'print.close');

      // One chapter's guide, or all of them.
      await press(page, 'ways.back');
      await press(page, 'home.guides');
      await page.waitForSelector('body[data-print-ready="guides"]', { timeout: 120_000 });
      expect(await page.locator('[data-sheet^="guide-"]').count()).toBeGreaterThanOrEqual(9);
      await page.selectOption('[data-guide]', '3');
      await page.waitForSelector('body[data-print-ready="guides"]');
      await expect.poll(() => page.locator('[data-sheet^="guide-"]').count()).toBe(1);
      expect(await page.locator('[data-sheet="guide-3"]').count()).toBe(1);
      await screenshot(page, 'projector-print-guide-3');
      await press(page, 'print.close');

      // A results sheet longer than a page: its continuation pages keep the printable margin.
      await page.evaluate(() => (location.hash = '#classroom'));
      await page.waitForSelector('body[data-ready="classroom"]');
      await longElection(page);
      await press(page, 'piles.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      await press(page, 'results.print');
      await page.waitForSelector('body[data-print-ready="results"]');
      const pages = pdfPagesGrey(
        await page.pdf({ format: 'A4', printBackground: true }),
        'projector-print-results',
        40,
      );
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const sheet of pages) {
        const m = margins(sheet, 40);
        expect(m.top).toBeGreaterThan(10);
        expect(m.left).toBeGreaterThan(10);
      }
      expect(
        existsSync(join(SCREENSHOT_DIR, 'projector-print-results-2.png')) ||
          existsSync(join(SCREENSHOT_DIR, 'projector-print-results-02.png')),
      ).toBe(true);
      expect(await control(page, 'print.close').count()).toBe(1);
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    },
    SLOW,
  );
});
