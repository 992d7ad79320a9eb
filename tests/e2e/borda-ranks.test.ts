/**
 * Borda's points rank by rank (« 6 × 1er = 12 points · 16 × 2e = 16 points ») are never dropped
 * and never overlap: on a 1280 × 720 screen and on a phone held upright, at every text size, in
 * chapter 4's clone vote (4 games) and Burlington's real ballots (6 candidates, figures in
 * thousands, shared ranks). Where the whole line fits, it is written under each bar; where it
 * does not (the clone vote upright at a larger text, Burlington upright), each bar keeps one line
 * of its first ranks and a « Points par rang » button opens a card with every option's whole
 * line — by keyboard (Tab, Enter) on the laptop, by a tap on the phone — and closes it again.
 * Measured on the canvas's laid-out texts: at least 12 CSS px, inside the screen, overlapping no
 * other text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { benchPerFile } from './browser-bench.ts';
import { screenshot } from './browser.ts';
import { canvasTexts } from './classroom-helpers.ts';
import { LAPTOP, PHONE, TEXT_SIZES } from './display-helpers.ts';
import { focused, live, waitForProbe } from './game.ts';
import { overlap } from './layout-checks.ts';

const bench = benchPerFile();

type Size = (typeof TEXT_SIZES)[number];
type Texts = Awaited<ReturnType<typeof canvasTexts>>;

interface Case {
  readonly scenario: string;
  readonly election: string;
  readonly options: number;
  readonly upright: boolean;
  /** The sizes where the whole lines cannot fit under the bars: they must be offered on demand. */
  readonly dense: readonly Size[];
}

const CASES: readonly Case[] = [
  { scenario: 'chapter-4-points-and-duels', election: 'twin-vote', options: 4, upright: false, dense: [] },
  {
    scenario: 'chapter-4-points-and-duels',
    election: 'twin-vote',
    options: 4,
    upright: true,
    // Upright, the screen's text floor draws every setting at the larger size (12 CSS px at least).
    dense: ['normal', 'large', 'larger'],
  },
  { scenario: 'chapter-9-real-election', election: 'burlington', options: 6, upright: false, dense: ['larger'] },
  {
    scenario: 'chapter-9-real-election',
    election: 'burlington',
    options: 6,
    upright: true,
    dense: ['normal', 'large', 'larger'],
  },
];

/** Each of `lines` is legible, on screen, and overlaps no other text shown; what is wrong, in words. */
function checkLines(lines: Texts, texts: Texts, viewport: { width: number; height: number }, label: string): string[] {
  const problems: string[] = [];
  for (const line of lines) {
    const what = `${label}: « ${line.text.slice(0, 40)} »`;
    if (!/ × /.test(line.text)) problems.push(`${what} is not a rank line`);
    if (line.fontPx < 12) problems.push(`${what} is ${line.fontPx.toFixed(1)} px`);
    if (line.x < 0 || line.y < 0 || line.x + line.w > viewport.width + 0.5 || line.y + line.h > viewport.height + 0.5)
      problems.push(`${what} leaves the screen`);
    for (const other of texts)
      if (other !== line && overlap(line, other) > 0) problems.push(`${what} overlaps « ${other.text.slice(0, 30)} »`);
  }
  return problems;
}

/** The detail button's centre on the page, from the game's own hit areas. */
async function detailButton(page: Page): Promise<{ x: number; y: number }> {
  const areas = await page.evaluate(() =>
    (
      window as unknown as { crustacesHitAreas: () => { name: string; x: number; y: number; w: number; h: number }[] }
    ).crustacesHitAreas(),
  );
  const button = areas.find((a) => a.name === 'count.rankDetail');
  if (!button) throw new Error('no « Points par rang » button on screen');
  return { x: button.x + button.w / 2, y: button.y + button.h / 2 };
}

/** Opens (or closes) the card: Tab to the button and Enter, or a tap on it. */
async function toggleDetail(page: Page, by: 'keyboard' | 'touch'): Promise<void> {
  if (by === 'touch') {
    const at = await detailButton(page);
    await page.touchscreen.tap(at.x, at.y);
    return;
  }
  for (let i = 0; i < 8 && (await focused(page)) !== 'count.rankDetail'; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('count.rankDetail');
  await page.keyboard.press('Enter');
}

describe('Borda’s points rank by rank are never dropped and never overlap', () => {
  for (const { scenario, election, options, upright, dense } of CASES)
    it(`${election}, ${upright ? 'phone held upright (by touch)' : '1280 × 720 (by keyboard)'}, every text size`, async () => {
      const viewport = upright ? PHONE : LAPTOP;
      const by = upright ? 'touch' : 'keyboard';
      const problems: string[] = [];
      for (const size of TEXT_SIZES) {
        const lang = size === 'large' ? 'en' : 'fr';
        const label = `${size} ${lang}`;
        const query = `scenario=${scenario}&election=${election}&scene=count&method=borda&motion=reduced&renderer=canvas&text=${size}${upright ? '&portrait=1' : ''}`;
        const g = await bench.open(lang, query, viewport, upright);
        const { page } = g;
        await waitForProbe(page, 'countReady', 'count');
        await page.keyboard.press('End');
        await waitForProbe(page, 'countDrawn', /^(\d+)\/\1$/);
        const texts = await canvasTexts(page, 'count');
        const whole = texts.filter((t) => t.name === 'borda-ranks');
        const short = texts.filter((t) => t.name === 'borda-ranks-short');
        const offered = await page.evaluate(() => document.body.dataset.countDetail);
        const name = `borda-ranks-${election}-${upright ? 'upright' : 'laptop'}-${size}`;
        await screenshot(page, name);
        if (!dense.includes(size)) {
          // Room enough: every option's whole line under its bar, and no button.
          if (offered !== undefined) problems.push(`${label}: the lines are on demand where they fit`);
          if (whole.length !== options) problems.push(`${label}: ${whole.length} lines for ${options} options`);
          problems.push(...checkLines(whole, texts, viewport, label));
        } else {
          if (offered !== 'offered') problems.push(`${label}: the whole lines are not offered (${offered})`);
          if (whole.length > 0) problems.push(`${label}: ${whole.length} whole lines where they do not fit`);
          // One line each, ended by « … » when ranks are left for the card.
          for (const line of short) if (line.lines?.length !== 1) problems.push(`${label}: « ${line.text} » wraps`);
          problems.push(...checkLines(short, texts, viewport, label));

          await toggleDetail(page, by);
          await waitForProbe(page, 'countDetail', 'open');
          const open = await canvasTexts(page, 'count');
          const card = open.filter((t) => t.name === 'borda-ranks-detail');
          if (card.length !== options) problems.push(`${label}: the card has ${card.length} lines for ${options}`);
          problems.push(...checkLines(card, open, viewport, `${label} card`));
          // The screen reader hears the card, and the button says it is open.
          const said = (await live(page)).replace(/\s+/g, ' ');
          for (const line of card)
            if (!said.includes(line.text.replace(/\s+/g, ' ').slice(0, 20)))
              problems.push(`${label}: the screen reader is not told « ${line.text.slice(0, 30)} »`);
          const expanded = await page.getAttribute('[data-control="count.rankDetail"]', 'aria-expanded');
          if (expanded !== 'true') problems.push(`${label}: the button is not aria-expanded`);
          await screenshot(page, `${name}-detail`);

          await toggleDetail(page, by);
          await waitForProbe(page, 'countDetail', 'offered');
          const back = await canvasTexts(page, 'count');
          if (back.some((t) => t.name === 'borda-ranks-detail')) problems.push(`${label}: the card stays open`);
          if (back.filter((t) => t.name === 'borda-ranks-short').length !== short.length)
            problems.push(`${label}: the bars' lines do not come back`);
        }
        expect(g.consoleErrors).toEqual([]);
        await g.context.close();
      }
      expect(problems).toEqual([]);
    });
});
