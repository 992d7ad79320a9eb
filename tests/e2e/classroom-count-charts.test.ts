/**
 * Every count chart of the classroom's long election (ten options of 40 characters), measured
 * at 1920×1080 like the board: rounds, duels, matrices, graphs, points — at its first step and
 * at its last, no text under 24 px, no two texts overlapping, nothing off the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser.ts';
import { canvasTexts, longElection, openDesk, press } from './classroom-helpers.ts';
import { boxProblems } from './layout-checks.ts';
import { LAPTOP, PROJECTOR, resize } from './display-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openComparison(page: Page): Promise<string[]> {
  await press(page, 'results.compare');
  await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-control^="results.method."]')].map((b) => b.dataset.method ?? ''),
  );
}

/** The comparison page that holds `method`'s chip (the comparison may have several). */
async function findChip(page: Page, method: string): Promise<void> {
  for (
    let turn = 0;
    turn < 6 && (await page.locator(`[data-control="results.method.${method}"]`).count()) === 0;
    turn++
  ) {
    const at = await page.evaluate(() => document.body.dataset.resultsPage);
    await press(page, 'results.page');
    await page.waitForFunction((before) => document.body.dataset.resultsPage !== before, at);
  }
}

describe('classroom count charts', () => {
  it('every method’s chart keeps ten 40-character names readable and apart at 1920×1080 (first and last step)', async () => {
    const problems: string[] = [];
    const g = await openDesk(browser, LAPTOP, { language: 'fr', reducedMotion: true });
    const { page } = g;
    await longElection(page);
    await press(page, 'piles.count');
    await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
    await resize(page, PROJECTOR);
    const first = await openComparison(page);
    const all = new Set(first);
    // Methods on later pages of the comparison too.
    const total = Number((await page.evaluate(() => document.body.dataset.resultsPage ?? '1/1')).split('/')[1]);
    for (let p = 1; p < total; p++) {
      const at = await page.evaluate(() => document.body.dataset.resultsPage);
      await press(page, 'results.page');
      await page.waitForFunction((before) => document.body.dataset.resultsPage !== before, at);
      for (const m of await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-control^="results.method."]')].map(
          (b) => b.dataset.method ?? '',
        ),
      ))
        all.add(m);
    }
    expect(all.size).toBeGreaterThanOrEqual(8);
    for (const method of all) {
      await findChip(page, method);
      await press(page, `results.method.${method}`);
      await page.waitForSelector('body[data-count-ready="count"]', { timeout: 120_000 });
      for (const end of [false, true]) {
        if (end) {
          await press(page, 'count.end');
          await page.waitForFunction(() => {
            const [a, b] = (document.body.dataset.countStep ?? '0/1').split('/');
            return a === b;
          });
        }
        const texts = (await canvasTexts(page, 'count')).filter((t) => !t.control);
        problems.push(
          ...boxProblems(texts, PROJECTOR, { minFont: 24 }).map((x) => `${method} ${end ? 'last' : 'first'}: ${x}`),
        );
        await screenshot(page, `chart-${method}-${end ? 'last' : 'first'}`);
      }
      await press(page, 'count.next');
      await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
    }
    console.log(problems.join('\n'));
    expect(problems).toEqual([]);
    expect(g.consoleErrors).toEqual([]);
    await g.context.close();
  }, 900_000);

  it('instant runoff shows the ballots with no choice left as their own pile, from the round they run out', async () => {
    const g = await openDesk(browser, PROJECTOR, { language: 'fr', reducedMotion: true });
    const { page } = g;
    await press(page, 'home.election');
    await page.fill('#cr-question', 'Où part la sortie ?');
    await page.fill('#cr-options', ['La mer', 'La montagne', 'La ville'].join('\n'));
    await page.locator('#cr-options').dispatchEvent('change');
    await page.check('[data-kind="ranked"]');
    await page.check('[data-method="irv"]');
    await press(page, 'setup.next');
    await press(page, 'ways.piles');
    await page.waitForSelector('#cr-pile-3-3');
    // 4 rank only the sea, 5 the mountain then the town, 3 only the town.
    const rows = [
      [['1', '', ''], 4],
      [['', '1', '2'], 5],
      [['', '', '1'], 3],
    ] as const;
    for (const [r, [ranks, count]] of rows.entries()) {
      for (const [i, rank] of ranks.entries()) await page.fill(`#cr-pile-${r + 1}-${i + 1}`, rank);
      await page.fill(`#cr-pile-${r + 1}-count`, String(count));
    }
    await press(page, 'piles.count');
    await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
    await press(page, 'results.compare');
    await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
    await findChip(page, 'irv');
    await press(page, 'results.method.irv');
    await page.waitForSelector('body[data-count-ready="count"]', { timeout: 120_000 });
    const pile = async () => (await canvasTexts(page, 'count')).filter((t) => t.name === 'exhausted-pile');
    // Round 1: every ballot still has a choice in the count.
    expect(await pile()).toEqual([]);
    await press(page, 'count.end');
    await page.waitForFunction(() => {
      const [a, b] = (document.body.dataset.countStep ?? '0/1').split('/');
      return a === b;
    });
    const shown = await pile();
    expect(shown.map((t) => t.text)).toEqual(['3 bulletins épuisés (plus aucun choix restant)']);
    const texts = (await canvasTexts(page, 'count')).filter((t) => !t.control);
    expect(boxProblems(texts, PROJECTOR, { minFont: 24 })).toEqual([]);
    await screenshot(page, 'chart-irv-exhausted-fr');
    expect(g.consoleErrors).toEqual([]);
    await g.context.close();
  }, 300_000);
});
