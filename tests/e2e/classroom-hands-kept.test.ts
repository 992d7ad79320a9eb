/**
 * A show of hands counted to its end is kept like the ballots are: a reload on the results
 * board shows the same board again (both shows of a two-round), and the results file carries
 * the runoff's line beside the first show's plurality — in headless Chromium. A value typed
 * past 40 characters is refused with its field named, never cut.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser.ts';
import { openDesk, press } from './classroom-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const OPTIONS = ['La mer', 'La montagne', 'La ville'];

async function data<T>(page: Page, key: string): Promise<T> {
  return JSON.parse((await page.evaluate((k) => document.body.dataset[k], key)) ?? '{}') as T;
}

async function resultsFile(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'results.csv')]);
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
}

describe('a counted show of hands', () => {
  it('comes back after a reload on the board, and its results file has the runoff line', async () => {
    const g = await openDesk(browser, { width: 1920, height: 1080 }, { language: 'fr', reducedMotion: true });
    const { page } = g;
    await press(page, 'home.election');
    await page.fill('#cr-question', 'Où part la sortie ?');
    await page.fill('#cr-options', OPTIONS.join('\n'));
    await page.locator('#cr-options').dispatchEvent('change');
    await page.check('[data-kind="ranked"]');
    await press(page, 'setup.next');
    await press(page, 'ways.hands');
    await page.fill('#cr-hands-1', '7');
    await page.fill('#cr-hands-2', '9');
    await page.fill('#cr-hands-3', '4');
    await press(page, 'hands.count');
    await page.waitForSelector('table[data-show="2"]');
    await page.fill('#cr-hands-s2-1', '12');
    await page.fill('#cr-hands-s2-2', '8');
    await press(page, 'hands.count');
    await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
    const before = {
      results: await data(page, 'classResults'),
      figures: await data(page, 'classFigures'),
      summary: await page.evaluate(() => document.body.dataset.classSummary),
    };
    expect(before.results).toEqual({ plurality: ['La montagne'], 'two-round': ['La mer'] });

    // The results file: the first show's plurality and the runoff's own line (the second show).
    const rows = await resultsFile(page);
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['plurality', 'La montagne'],
      ['two-round', 'La mer'],
    ]);
    expect(rows[2].slice(4)).toEqual(['12', '8', '']);

    // A reload on the board: the same board, not an empty form.
    await page.reload({ timeout: 120_000 });
    await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
    expect({
      results: await data(page, 'classResults'),
      figures: await data(page, 'classFigures'),
      summary: await page.evaluate(() => document.body.dataset.classSummary),
    }).toEqual(before);
    await screenshot(page, 'classroom-hands-kept-fr');

    // A new vote of the same election forgets the counted hands: the form starts empty.
    await press(page, 'results.again');
    await page.waitForSelector('[data-control="ways.hands"]');
    await press(page, 'ways.hands');
    await page.waitForSelector('table[data-show="1"]');
    expect(await page.inputValue('#cr-hands-1')).toBe('');
    await page.reload({ timeout: 120_000 });
    await page.evaluate(() => (location.hash = '#classroom'));
    await page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
    expect(await page.evaluate(() => document.body.dataset.classroomView)).toBe('home');
    expect(g.consoleErrors).toEqual([]);
    await g.context.close();
  }, 300_000);

  // A value is never cut as it is typed: a 41-character count is refused, named, in each language.
  for (const [language, named] of [
    ['fr', '«\u00a0Mains levées pour La montagne\u00a0» dépasse 40 caractères'],
    ['en', '“Hands raised for La montagne” is longer than 40 characters'],
  ] as const)
    it(`refuses a typed value past 40 characters with a message naming its field (${language})`, async () => {
      const g = await openDesk(browser, { width: 1280, height: 720 }, { language, reducedMotion: true });
      const { page } = g;
      await press(page, 'home.election');
      await page.fill('#cr-options', OPTIONS.join('\n'));
      await press(page, 'setup.next');
      await press(page, 'ways.hands');
      await page.fill('#cr-hands-1', '7');
      const long = '1'.repeat(41);
      await page.fill('#cr-hands-2', long);
      const problem = page.locator('[data-problem]');
      await problem.waitFor({ state: 'visible' });
      expect((await problem.textContent())?.replace(/\u202f/g, '\u00a0')).toContain(named);
      // Kept whole on screen for the teacher to correct, not cut to 40.
      expect(await page.inputValue('#cr-hands-2')).toBe(long);
      // Counting is refused with the same words: nothing is counted from a value that was not kept.
      await press(page, 'hands.count');
      expect(await page.evaluate(() => document.body.dataset.classroomView)).toBe('hands');
      expect(await problem.textContent()).toContain(
        language === 'fr' ? 'Mains levées pour La montagne' : 'for La montagne',
      );
      await screenshot(page, `classroom-hands-too-long-${language}`);
      // Corrected: the line goes away and the whole form is kept again.
      await page.fill('#cr-hands-2', '9');
      await problem.waitFor({ state: 'hidden' });
      await page.reload({ timeout: 120_000 });
      await page.waitForSelector('#cr-hands-2', { timeout: 120_000 });
      expect([await page.inputValue('#cr-hands-1'), await page.inputValue('#cr-hands-2')]).toEqual(['7', '9']);
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    }, 300_000);
});
