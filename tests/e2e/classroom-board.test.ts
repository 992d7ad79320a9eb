/**
 * The classroom's projector side, measured in headless Chromium: the results board (canvas
 * texts, measured through window.crustacesTextBoxes) and the typed-in counts (DOM boxes) at
 * 10 options × 40 characters, three screens, three text sizes (upright, the text floor draws
 * them all at the larger size; 1280×720 is 1920×1080's layout at 2/3), French and English; projector
 * mode; the notes' answers kept off the shared screen; the PNG's size; the print options.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser.ts';
import { canvasTexts, longElection, openDesk, press } from './classroom-helpers.ts';
import type { MethodId } from '../../src/voting/method.ts';
import { methods as registry } from '../../src/voting/methods/index.ts';
import { boxProblems, domProblems } from './layout-checks.ts';
import { LAPTOP, PHONE, PROJECTOR, resize, sameOnLaptop, setDisplay, sizesFor } from './display-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = 600_000;

/** Every page of the board: its pupil texts checked, the methods seen on one page or another. */
async function checkBoard(
  page: Page,
  label: string,
  projector: boolean,
): Promise<{ problems: string[]; seen: string[]; smallest: number }> {
  await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
  const problems: string[] = [];
  const seen: string[] = [];
  let smallest = Infinity;
  const viewport = page.viewportSize()!;
  // The board may open on any page (it keeps the one last shown): every page, once, in turn.
  const [first, pages] = (await page.evaluate(() => document.body.dataset.boardPage ?? '1/1')).split('/').map(Number);
  for (let p = 0; p < pages; p++) {
    if (p > 0) {
      await press(page, 'results.page');
      await page.waitForSelector(
        `body[data-board-page="${((first - 1 + p) % pages) + 1}/${pages}"][data-ready="classroom-results"]`,
      );
    }
    const texts = await canvasTexts(page, 'classroom-results');
    const pupil = texts.filter((t) => t.name === 'pupil');
    expect(pupil.length).toBeGreaterThanOrEqual(4);
    problems.push(
      ...boxProblems(pupil, viewport, { minFont: projector ? 24 : 0 }).map((x) => `${label} p${p + 1}: ${x}`),
    );
    // Controls stay clear of the board's texts.
    problems.push(
      ...boxProblems([...pupil, ...texts.filter((t) => t.control)], viewport, { minFont: 0 })
        .filter((x) => x.includes('overlaps'))
        .map((x) => `${label} p${p + 1} (buttons): ${x}`),
    );
    for (const t of pupil) {
      seen.push(t.text);
      smallest = Math.min(smallest, t.fontPx);
    }
    if (p === 0 || p === pages - 1) await screenshot(page, `board-${label}-${p === 0 ? 'first' : 'last'}`);
  }
  return { problems, seen, smallest };
}

const CASES = [
  ['landscape', 'fr'],
  ['landscape', 'en'],
  ['phone', 'fr'],
  ['phone', 'en'],
] as const;

describe('classroom board', () => {
  it.each(CASES)(
    '10 options of 40 characters fit the board (%s, %s) at every text size the screen draws: no overlap, nothing cut, 24 px at 1920×1080',
    async (screen, language) => {
      const problems: string[] = [];
      const g = await openDesk(browser, screen === 'phone' ? PHONE : LAPTOP, { language });
      const { page } = g;
      await longElection(page);
      // The typed-in counts: the wide table is stacked in its card, never past the page.
      await screenshot(page, `board-piles-${screen}-${language}`);
      problems.push(
        ...(await domProblems(page, '.cr-card', ['.cr-card h1', '.cr-card p', '.cr-card th', '.cr-card label'])).map(
          (x) => `piles ${screen}: ${x}`,
        ),
      );
      await press(page, 'piles.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      const ids = await page.evaluate(() =>
        Object.keys(JSON.parse(document.body.dataset.classResults ?? '{}') as object),
      );
      expect(ids.length).toBeGreaterThanOrEqual(8);
      let smallest = Infinity;
      // Upright, the text floor draws every setting at the larger size: the phone is checked there.
      // In landscape, the laptop shows the projector's layout at 2/3 (sameOnLaptop): every page
      // is checked at 1920×1080, where 24 px is the laptop's 16 px.
      for (const size of screen === 'phone' ? (['larger'] as const) : sizesFor(language)) {
        await setDisplay(page, language, size);
        if (screen !== 'phone') problems.push(...(await sameOnLaptop(page, 'classroom-results')));
        for (const viewport of screen === 'phone' ? [PHONE] : [PROJECTOR]) {
          await resize(page, viewport);
          const board = await checkBoard(
            page,
            `${screen === 'phone' ? 'phone' : viewport.width}-${language}-${size}`,
            viewport === PROJECTOR,
          );
          problems.push(...board.problems);
          if (viewport === PROJECTOR) smallest = Math.min(smallest, board.smallest);
          // Nothing dropped: every method's name is on one page or another.
          for (const id of ids) expect(board.seen).toContain(registry[id as MethodId].info.name[language]);
        }
      }
      if (screen === 'landscape')
        console.log(`smallest pupil text at 1920×1080 (${language}): ${smallest.toFixed(1)} px`);
      expect(problems).toEqual([]);
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    },
    SLOW,
  );
});

describe('classroom count', () => {
  it(
    'a count’s bars keep ten names of 40 characters apart and readable (instant runoff, normal text, 1280×720 and 1920×1080)',
    async () => {
      const problems: string[] = [];
      const g = await openDesk(browser, LAPTOP, { language: 'fr', reducedMotion: true });
      const { page } = g;
      await longElection(page);
      await press(page, 'piles.count');
      await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
      await press(page, 'results.compare');
      await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
      await press(page, 'results.method.irv');
      await page.waitForSelector('body[data-count-ready="count"]', { timeout: 120_000 });
      for (const viewport of [LAPTOP, PROJECTOR]) {
        await resize(page, viewport);
        const texts = (await canvasTexts(page, 'count')).filter((t) => !t.control);
        expect(texts.filter((t) => /Pique-nique/.test(t.text) && t.text.length <= 40)).toHaveLength(10);
        problems.push(
          ...boxProblems(texts, viewport, { minFont: viewport === PROJECTOR ? 24 : 0 }).map(
            (x) => `count ${viewport.width}: ${x}`,
          ),
        );
        await screenshot(page, `count-irv-${viewport.width}-fr`);
      }
      expect(problems).toEqual([]);
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    },
    SLOW,
  );
});
