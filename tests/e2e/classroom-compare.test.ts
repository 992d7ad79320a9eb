/**
 * The method comparison (ResultsScene) after a classroom vote of ten 40-character options,
 * measured in headless Chromium like the board: every page's texts (facts, reasons, group
 * headers, method chips) at 1280×720, 1920×1080 and a phone held upright, three text sizes (upright,
 * the text floor draws them all at the larger size; 1280×720 is 1920×1080's layout at 2/3),
 * French and English — no overlap, nothing cut, nothing left out, 24 px at 1920×1080.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser.ts';
import { canvasTexts, longElection, openDesk, press } from './classroom-helpers.ts';
import { boxProblems } from './layout-checks.ts';
import { LAPTOP, PHONE, PROJECTOR, resize, sameOnLaptop, setDisplay, sizesFor } from './display-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = 900_000;

interface Seen {
  problems: string[];
  methods: Set<string>;
  bullets: number;
  smallest: number;
}

/** Every page of the comparison, once: its texts checked, the chips and bullets counted. */
async function checkComparison(page: Page, label: string, minFont: number, shots: boolean): Promise<Seen> {
  const seen: Seen = { problems: [], methods: new Set(), bullets: 0, smallest: Infinity };
  const viewport = page.viewportSize()!;
  const [first, total] = (await page.evaluate(() => document.body.dataset.resultsPage ?? '1/1')).split('/').map(Number);
  for (let p = 0; p < total; p++) {
    if (p > 0) {
      await press(page, 'results.page');
      await page.waitForSelector(`body[data-results-page="${((first - 1 + p) % total) + 1}/${total}"]`);
    }
    const texts = await canvasTexts(page, 'results');
    // Everything on this screen is read by the room: the facts, the reasons, the chips' names.
    seen.problems.push(...boxProblems(texts, viewport, { minFont }).map((x) => `${label} p${p + 1}: ${x}`));
    for (const t of texts) seen.smallest = Math.min(seen.smallest, t.fontPx);
    seen.bullets += texts.filter((t) => t.name === 'pupil' && t.text.startsWith('•')).length;
    for (const m of await page
      .locator('[data-control^="results.method."]')
      .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.method ?? '')))
      seen.methods.add(m);
    if (shots && (p === 0 || p === total - 1)) await screenshot(page, `compare-${label}-${p === 0 ? 'first' : 'last'}`);
  }
  return seen;
}

describe('classroom comparison', () => {
  it.each([
    ['landscape', 'fr'],
    ['landscape', 'en'],
    ['phone', 'fr'],
    ['phone', 'en'],
  ] as const)(
    '10 options of 40 characters: the comparison fits (%s, %s) at every text size the screen draws, every method and every reason on a page',
    async (screen, language) => {
      const problems: string[] = [];
      const g = await openDesk(browser, screen === 'phone' ? PHONE : LAPTOP, { language, reducedMotion: true });
      const { page } = g;
      await longElection(page);
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
        await press(page, 'results.compare');
        await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
        const reasons = Number(await page.evaluate(() => document.body.dataset.whyReasons));
        expect(reasons).toBeGreaterThan(0);
        if (screen !== 'phone') problems.push(...(await sameOnLaptop(page, 'results')));
        for (const viewport of screen === 'phone' ? [PHONE] : [PROJECTOR]) {
          await resize(page, viewport);
          const label = `${screen === 'phone' ? 'phone' : viewport.width}-${language}-${size}`;
          // A phone shows the 720-wide frame at about half size: 13 px there, more pages rather than less.
          const minFont = viewport === PROJECTOR ? 24 : 13;
          const seen = await checkComparison(page, label, minFont, size !== 'large');
          problems.push(...seen.problems);
          if (viewport === PROJECTOR) smallest = Math.min(smallest, seen.smallest);
          // Nothing left out: every method has its chip, every fact and every reason its line.
          expect([...seen.methods].sort()).toEqual([...ids].sort());
          expect(seen.bullets).toBe(3 + reasons);
        }
      }
      if (screen === 'landscape')
        console.log(`smallest comparison text at 1920×1080 (${language}): ${smallest.toFixed(1)} px`);
      expect(problems).toEqual([]);
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    },
    SLOW,
  );
});
