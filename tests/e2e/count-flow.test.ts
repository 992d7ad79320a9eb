/**
 * The count shows its mechanism, in a real browser through the bench page, with reduced motion
 * (nothing flies, so what moved must be said): an instant runoff's and an STV count's transfers
 * are written under the chart ("5 → la soupe"), the first step shows the options before any
 * figure, a sortition lists each draw with its number. Screenshots of each.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { benchPerFile } from './browser-bench.ts';
import { screenshot, type GuardedPage } from './browser.ts';
import { canvasTexts } from './classroom-helpers.ts';

const bench = benchPerFile();

async function openCount(scenario: string, election: string, method: string, lang: 'fr' | 'en'): Promise<GuardedPage> {
  const g = await bench.open(
    lang,
    `scenario=${scenario}&election=${election}&scene=count&method=${method}&motion=reduced&renderer=canvas`,
  );
  await g.page.waitForSelector('body[data-count-ready="count"]', { state: 'attached', timeout: 30_000 });
  return g;
}

const texts = async (page: Page): Promise<string> =>
  (await canvasTexts(page, 'count')).map((t) => t.text.replace(/\s+/g, ' ')).join(' | ');

/** Steps on with → until the page says where ballots went (and matches `want`); returns that sentence. */
async function nextTransfer(page: Page, want: RegExp = /→/): Promise<string> {
  const total = Number((await page.evaluate(() => document.body.dataset.countStep))!.split('/')[1]);
  for (let k = 0; k < total; k++) {
    const said = await page.evaluate(() => document.body.dataset.countTransfers);
    if (said && want.test(said)) return said.replace(/\s+/g, ' ');
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`no transfer matching ${want} in this count`);
}

describe('the count shows the mechanism', () => {
  it('instant runoff (chapter 3): where the eliminated dish’s ballots went, written under the chart', async () => {
    const g = await openCount('chapter-3-instant-runoff', 'trial', 'irv', 'fr');
    // The buffet goes first, and its ballots go nowhere (Balthazar: « Nulle part ? »): a pile.
    const first = await nextTransfer(g.page);
    expect(first).toMatch(/^Bulletins transférés depuis .+ : (\d+ → [^,]+)(, \d+ → [^,]+)*$/);
    expect(await texts(g.page)).toContain(first);
    await screenshot(g.page, 'count-flow-irv-first-fr');
    // A round whose ballots reach another dish: the receivers' figures say what they got ("+5").
    await g.page.keyboard.press('ArrowRight');
    const said = await nextTransfer(g.page, /\d+ → (?!épuisé)/);
    expect(await texts(g.page)).toContain(said);
    expect(await texts(g.page)).toMatch(/\d+ \+\d+/);
    await screenshot(g.page, 'count-flow-irv-fr');
    expect(g.consoleErrors).toEqual([]);
    await g.context.close();
  });

  it('STV (chapter 8): opens on the candidates with no figure, then shows each stage’s transfers', async () => {
    const g = await openCount('chapter-8-council', 'delegates', 'stv', 'en');
    const fr = await openCount('chapter-8-council', 'delegates', 'stv', 'fr');
    await fr.page.keyboard.press('End');
    await fr.page.waitForFunction(() => /^(\d+)\/\1$/.test(document.body.dataset.countStep ?? ''));
    // In French every figure of the chart has a decimal comma, never a point.
    expect(await texts(fr.page)).not.toMatch(/\d\.\d/);
    await screenshot(fr.page, 'count-flow-stv-end-fr');
    await fr.context.close();
    const first = await texts(g.page);
    expect(first).toContain('The options in the running (nothing counted yet)');
    expect(first).not.toMatch(/Stage \d/);
    await screenshot(g.page, 'count-flow-stv-opening-en');
    const said = await nextTransfer(g.page);
    expect(said).toMatch(/^Ballots transferred from .+: [\d.]+ → /);
    await screenshot(g.page, 'count-flow-stv-en');
    expect(g.consoleErrors).toEqual([]);
    await g.context.close();
  });

  it('sortition (chapter 8, seed « pluie »): each draw with its number in the pool', async () => {
    const g = await openCount('chapter-8-council', 'panel-crabs', 'sortition', 'fr');
    await g.page.keyboard.press('End');
    await g.page.waitForSelector('body[data-count-draws="2"]', { state: 'attached' });
    const all = await texts(g.page);
    expect(all).toMatch(/Tirage 1 : n° [1-5] sur 5 → [^|]+Tirage 2 : n° [1-4] sur 4 → /);
    expect(all).toMatch(/tirage 1/);
    await screenshot(g.page, 'count-flow-sortition-fr');
    expect(g.consoleErrors).toEqual([]);
    await g.context.close();
  });

  for (const lang of ['fr', 'en'] as const)
    it(`Borda (chapter 4): each option's points rank by rank, on the chart and to the screen reader (${lang})`, async () => {
      const g = await openCount('chapter-4-points-and-duels', 'games', 'borda', lang);
      // Steps: the scale, the points, the winners. The points: the treasure hunt is 6 × 1st, 16 × 2nd, 3 × 3rd = 28.
      await g.page.keyboard.press('ArrowRight');
      await g.page.waitForSelector('body[data-count-drawn="2/3"]', { state: 'attached' });
      const line =
        lang === 'fr'
          ? /6 × 1er = 12 points, 16 × 2e = 16 points, 3 × 3e = 0 point → 28 points/
          : /6 × 1st = 12 points, 16 × 2nd = 16 points, 3 × 3rd = 0 points → 28 points/;
      expect(await g.page.locator('#a11y').innerText()).toMatch(line);
      expect(await texts(g.page)).toMatch(
        lang === 'fr' ? /6 × 1er = 12 points · 16 × 2e/ : /6 × 1st = 12 points · 16 × 2nd/,
      );
      await screenshot(g.page, `count-flow-borda-${lang}`);
      expect(g.consoleErrors).toEqual([]);
      await g.context.close();
    });
});
