/**
 * Burlington's 384 groups of voters on a touch phone held upright (390 × 844, touch), from the
 * bench page: the canvas cannot give each group a finger-sized cell, so the crowd is one target
 * that opens the groups' list, a scrollable card of rows whose buttons are at least 44 CSS px.
 * A group's ballot opened from a row and closed again brings the list back at the same scroll,
 * with the focus on the same row. Readable at the normal and the largest text size, in French
 * and English; no keyboard hint on the touch screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { benchPerFile } from './browser-bench.ts';
import { screenshot } from './browser.ts';
import { loadChapter } from './chapter-run.ts';
import { waitForProbe } from './game.ts';
import { domProblems, overlap, type Rect } from './layout-checks.ts';
import { voterTableMessages } from '../../src/i18n/messages/voter-table.ts';
import { keysMessages } from '../../src/i18n/messages/keys.ts';

const bench = benchPerFile();

const PHONE = { width: 390, height: 844 };
const MIN = 44;
const chapter9 = loadChapter('chapter-9-real-election');
const groups = chapter9.electorates.find((e) => e.id === 'burlington')!.voters;
const largest = Math.max(...groups.map((g) => g.count));

interface Area extends Rect {
  readonly name: string;
}

const hitAreas = (page: Page): Promise<Area[]> =>
  page.evaluate(() => (window as unknown as { crustacesHitAreas: () => Area[] }).crustacesHitAreas());

const canvasTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as { crustacesTextBoxes: () => { text: string }[] }).crustacesTextBoxes().map((b) => b.text),
  );

async function tapArea(page: Page, area: Rect): Promise<void> {
  await page.touchscreen.tap(area.x + area.w / 2, area.y + area.h / 2);
}

/** Every visible button of the list: its box and its font size, in CSS px. */
const listButtons = (page: Page) =>
  page.$$eval('[data-voter-list] button', (buttons) =>
    buttons
      .filter((b) => (b as HTMLElement).offsetParent !== null)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return {
          text: b.textContent ?? '',
          x: r.x,
          w: r.width,
          h: r.height,
          font: parseFloat(getComputedStyle(b).fontSize),
        };
      }),
  );

describe.each([
  ['fr', 'normal'],
  ['en', 'larger'],
] as const)('Burlington’s groups on a touch phone (%s, %s text)', (lang, text) => {
  it('a touch on the crowd opens a list of finger-sized rows that keeps its place', { timeout: 180_000 }, async () => {
    const words = voterTableMessages[lang];
    const { page, context, consoleErrors } = await bench.open(
      lang,
      `scenario=chapter-9-real-election&election=burlington&motion=reduced&text=${text}&portrait=1`,
      PHONE,
      true,
    );
    await page.waitForSelector('body[data-count-ready="election"]', { state: 'attached', timeout: 60_000 });

    // The canvas: no tiny cell per group, one crowd target, every target a finger's size, none overlapping.
    const areas = await hitAreas(page);
    expect(areas.filter((a) => a.name === 'Image')).toEqual([]);
    const crowd = areas.find((a) => a.name === 'Zone');
    expect(crowd, 'the crowd is one target').toBeDefined();
    for (const a of areas) expect([a.name, a.w >= MIN, a.h >= MIN]).toEqual([a.name, true, true]);
    for (let i = 0; i < areas.length; i++)
      for (const b of areas.slice(i + 1)) expect(overlap(areas[i], b), `${areas[i].name} / ${b.name}`).toBe(0);
    // The hint says what a touch does, and no key is named.
    const texts = (await canvasTexts(page)).join('\n');
    expect(texts).toContain(words['count.voterPanel.hint'].replace('{groups}', '384'));
    expect(texts).not.toContain(keysMessages[lang]['keys.election.hint']);

    await tapArea(page, crowd!);
    await waitForProbe(page, 'voterPanel', 'open');
    expect(await page.locator('[data-voter-list] tbody tr').count()).toBe(20);
    const firstCount = await page.textContent('[data-voter-list] tbody tr:first-child td');
    expect(Number(firstCount)).toBe(largest);
    // Every button is a finger's size, inside the screen's width, in readable type; nothing
    // scrolls sideways, the card stays on screen, no two cells overlap.
    for (const b of await listButtons(page)) {
      expect([b.text, b.w >= MIN, b.h >= MIN, b.font >= 12]).toEqual([b.text, true, true, true]);
      expect([b.text, b.x >= 0, b.x + b.w <= PHONE.width]).toEqual([b.text, true, true]);
    }
    expect(
      await domProblems(
        page,
        '[data-voter-list] .vp-card',
        ['[data-voter-list] tbody th', '[data-voter-list] tbody td'],
        12,
      ),
    ).toEqual([]);
    await screenshot(page, `voter-list-touch-${lang}-${text}`);

    // A ballot opened from the twelfth row, then closed: the list comes back where it was.
    const scroller = page.locator('[data-voter-list] .vp-scroll');
    const row = page.locator('[data-voter-list] tbody tr:nth-child(12) th button');
    await row.scrollIntoViewIfNeeded();
    const scrolled = await scroller.evaluate((e) => e.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    await row.tap();
    await waitForProbe(page, 'voterPanel', 'ballot');
    expect(await page.locator('[data-voter-list]').isHidden()).toBe(true);
    const close = (await hitAreas(page)).find((a) => a.name === 'election.closeBallot');
    expect(close).toBeDefined();
    await tapArea(page, close!);
    await waitForProbe(page, 'voterPanel', 'open');
    expect(await scroller.evaluate((e) => e.scrollTop)).toBe(scrolled);
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex)).toBe(12);

    // More rows on demand, then the list closes and the vote's own controls come back.
    await page.locator('[data-voter-list] [data-voter-table-more]').tap();
    await page.waitForFunction(() => document.querySelectorAll('[data-voter-list] tbody tr').length === 40);
    await page.locator('[data-voter-list] [data-action="close-voters"]').tap();
    await waitForProbe(page, 'voterPanel', null);
    expect(await page.locator('[data-voter-list]').count()).toBe(0);
    expect((await hitAreas(page)).some((a) => a.name === 'election.next')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
