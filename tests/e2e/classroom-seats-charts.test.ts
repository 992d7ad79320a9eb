/**
 * The several-seat charts the list shares do not draw, at the product's limits: STV (its
 * quota line, its transfers and surpluses stage by stage) and the bloc vote (each ballot's first
 * choices, as many as seats) on ten 40-character names, three seats, in French and English, at
 * every text size, on 1920×1080 (no text under 24 px; 1280×720 shows the same layout at 2/3, checked
 * once a case, so 16 px there) and a phone held upright
 * (12 px; its text floor draws every setting at the larger size, so it is checked there) — every step, no two texts overlapping, nothing off the screen or out of its panel, no
 * name cut mid-word (upright at the larger size, rows too short for two lines shorten a name to
 * one line ended by « … »: that text still carries the full name).
 *
 * One page per frame, its election typed once (seats-election.ts): each case changes the
 * language and the text size in place through the settings screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { canvasTexts, LONG_OPTIONS, press } from './classroom-helpers.ts';
import { LAYOUT_CASES, PROJECTOR, resize, sameOnLaptop, setDisplay, TEXT_SIZES } from './display-helpers.ts';
import { boxProblems, cutWords } from './layout-checks.ts';
import { seatsPages } from './seats-election.ts';

const session = browserPerFile();
const METHODS = ['stv', 'bloc-plurality'] as const;
const SEATS = 3;

/** The comparison page that holds `method`'s chip. */
async function findChip(page: Page, method: string): Promise<void> {
  for (
    let turn = 0;
    turn < 12 && (await page.locator(`[data-control="results.method.${method}"]`).count()) === 0;
    turn++
  ) {
    const at = await page.evaluate(() => document.body.dataset.resultsPage);
    await press(page, 'results.page');
    await page.waitForFunction((before) => document.body.dataset.resultsPage !== before, at);
  }
}

/** Every step of each method's count, from the comparison: what is wrong with its texts, in words. */
async function countSteps(
  page: Page,
  label: string,
  minFont: number,
  pictures: boolean,
  laptopToo = false,
): Promise<string[]> {
  const problems: string[] = [];
  const viewport = page.viewportSize()!;
  for (const method of METHODS) {
    await findChip(page, method);
    await press(page, `results.method.${method}`);
    await page.waitForSelector('body[data-count-ready="count"]', { timeout: 120_000 });
    for (let turn = 0; turn < 30; turn++) {
      const step = await page.evaluate(() => document.body.dataset.countStep ?? '0/1');
      const [a, b] = step.split('/').map(Number);
      const all = (await canvasTexts(page, 'count')).filter((t) => !t.control);
      const at = `${method} ${label} ${step}`;
      problems.push(...boxProblems(all, viewport, { minFont }).map((x) => `${at}: ${x}`));
      problems.push(...cutWords(all, LONG_OPTIONS).map((x) => `${at}: ${x}`));
      if (a >= b) {
        // The last step names every one of the ten on the chart.
        // A name shortened to one line (« Le grand… ») carries the full one it begins.
        const shortened = (t: (typeof all)[number], name: string) =>
          t.name?.includes(name) === true && t.text.endsWith('…') && t.name.startsWith(t.text.slice(0, -1).trimEnd());
        const names = all.filter((t) => LONG_OPTIONS.some((name) => t.text.includes(name) || shortened(t, name)));
        expect(names.length, `${at}: names on the chart`).toBeGreaterThanOrEqual(10);
      }
      // The first and last steps, at 1280×720 too: the same layout at 2/3.
      if (laptopToo && (a === 1 || a >= b))
        problems.push(...(await sameOnLaptop(page, 'count')).map((x) => `${at}: ${x}`));
      if (pictures && (a === 1 || a === 2 || a >= b))
        await screenshot(page, `seats-charts-${method}-${label.split(' ').join('-')}-${a}`);
      if (a >= b) break;
      await press(page, 'count.next');
      await page.waitForFunction((before) => document.body.dataset.countStep !== before, step);
    }
    await press(page, 'count.end');
    await press(page, 'count.next');
    await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
  }
  return problems;
}

const CASES = LAYOUT_CASES;

const electionPage = seatsPages(session, SEATS, METHODS);

async function comparison(page: Page, language: 'fr' | 'en', size: (typeof TEXT_SIZES)[number]): Promise<void> {
  await setDisplay(page, language, size);
  await press(page, 'results.compare');
  await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
}

describe('STV and the bloc vote at the limits', () => {
  it.each(CASES)(
    'ten 40-character names, three seats: every step of STV and the bloc vote fits (%s, %s text, two screens, and upright where the floor leaves it)',
    async (language, size) => {
      const problems: string[] = [];
      const landscape = await electionPage('landscape');
      const results = JSON.parse(
        (await landscape.page.evaluate(() => document.body.dataset.classResults)) ?? '{}',
      ) as Record<string, string[]>;
      expect(results.stv).toHaveLength(SEATS);
      expect(results['bloc-plurality']).toHaveLength(SEATS);
      await resize(landscape.page, PROJECTOR);
      await comparison(landscape.page, language, size);
      // The laptop shows the projector's layout at 2/3 (sameOnLaptop, checked at the first and
      // last steps): the steps are walked once, at 1920×1080, where 24 px is the laptop's 16 px.
      problems.push(...(await countSteps(landscape.page, `${language} ${size} 1920`, 24, size !== 'large', true)));
      // Upright, the screen's text floor draws every setting at the larger size (12 CSS px at
      // least): the normal and large passes would repeat the larger one step for step.
      if (size === 'larger') {
        const upright = await electionPage('upright');
        await comparison(upright.page, language, size);
        problems.push(...(await countSteps(upright.page, `${language} ${size} upright`, 12, true)));
      }
      expect(problems).toEqual([]);
    },
    600_000,
  );
});
