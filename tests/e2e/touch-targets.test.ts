/**
 * Touch targets on a phone held upright (390 × 844 CSS px, a touch screen): every control a
 * finger can reach on the canvas — the title's buttons, the coast's signs and buttons, the
 * dialogue's choices, the vote's voters and buttons, the count's step controls, the results'
 * buttons, the settings — has a hit area of at least 44 × 44 CSS px, and no two hit areas overlap
 * (a finger must never land on two controls); the canvas's text reads at 12 CSS px at least. The
 * hit areas come from window.crustacesHitAreas (Phaser's own hit rectangles, mapped to the page),
 * read at each screen of a walk through chapter 1.
 */
import { describe, expect, inject, it } from 'vitest';
import { benchPerFile } from './browser-bench.ts';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import {
  beat,
  focused,
  resultsShown,
  framesLater,
  live,
  seedSettings,
  pressAndWait,
  waitForFocus,
  waitForScene,
  waitForTitle,
} from './game.ts';
import { canvasTextProblems, touch } from './landscape-checks.ts';
import { overlap, type Rect } from './layout-checks.ts';
import { gameMessages } from '../../src/i18n/messages/game.ts';

interface HitArea extends Rect {
  readonly scene: string;
  readonly name: string;
}

const session = browserPerFile();
// The slate's results come from the bench page, served with a browser of its own for this file.
const bench = benchPerFile();
const PHONE = { width: 390, height: 844 };
const MIN = 44;

async function hitAreas(page: Page): Promise<HitArea[]> {
  return page.evaluate(() => (window as unknown as { crustacesHitAreas: () => HitArea[] }).crustacesHitAreas());
}

/** Every reachable control is at least 44 × 44 CSS px and overlaps no other; returns them. */
async function checkTargets(page: Page, where: string): Promise<HitArea[]> {
  await framesLater(page, 4);
  const areas = await hitAreas(page);
  expect(areas.length, `${where}: controls on screen`).toBeGreaterThan(0);
  const problems: string[] = [];
  const size = (a: HitArea) =>
    `${a.scene}/${a.name} ${a.w.toFixed(1)}×${a.h.toFixed(1)} at ${a.x.toFixed(1)},${a.y.toFixed(1)}`;
  for (const a of areas) if (a.w < MIN || a.h < MIN) problems.push(`too small: ${size(a)}`);
  for (let i = 0; i < areas.length; i++)
    for (let j = i + 1; j < areas.length; j++)
      if (overlap(areas[i], areas[j]) > 0) problems.push(`overlap: ${size(areas[i])} and ${size(areas[j])}`);
  // The canvas's words read at 12 CSS px at least: the 720 wide frame shown at 0.54 needs the
  // phone's text floor (ui/screen-text.ts), without which 16 px would read as 8.7.
  problems.push(...(await canvasTextProblems(page)).filter((p) => p.includes(' px (under ')));
  expect(problems, where).toEqual([]);
  return areas;
}

describe('touch targets on a 390 × 844 phone', () => {
  it(
    'are at least 44 CSS px and never overlap: title, coast, dialogue choices, vote, count, results',
    { timeout: 300_000 },
    async () => {
      const guarded = await openPage(session.browser, inject('baseURL'), {
        locale: 'fr-FR',
        viewport: PHONE,
        touch: true,
      });
      session.pages.push(guarded);
      await seedSettings(guarded.context, { textSpeed: 'instant', reducedMotion: true });
      const { page } = guarded;
      await page.goto(inject('baseURL'));
      await waitForTitle(page);
      await waitForFocus(page);
      const seen = new Set<string>();
      const visit = async (where: string): Promise<void> => {
        if (seen.has(where)) return;
        seen.add(where);
        const areas = await checkTargets(page, where);
        await screenshot(page, `touch-${where}`);
        // Each screen's own controls, not only the ones below it.
        expect(
          areas.map((a) => a.scene),
          where,
        ).toContain(where === 'choices' ? 'dialogue' : where);
      };
      await visit('title');
      // A new game: chapter 1's story, through its first question, a vote, its count and results.
      await page.keyboard.press('Enter');
      await waitForScene(page, 'dialogue');
      for (let i = 0; i < 1500 && !seen.has('results'); i++) {
        const [scene, what] = (await beat(page)).split('|');
        if (scene === 'dialogue' && what === 'input' && (await focused(page))?.startsWith('choice.'))
          await visit('choices');
        if (scene === 'election' && (await page.$('body[data-count-ready="election"]'))) await visit('election');
        if (scene === 'count' && (await page.$('body[data-count-ready="count"]'))) await visit('count');
        if (scene === 'results' && (await page.$('body[data-count-ready="results"]'))) await visit('results');
        if (seen.has('results')) break;
        await pressAndWait(page);
      }
      expect([...seen]).toEqual(['title', 'choices', 'election', 'count', 'results']);
      expect(await live(page)).not.toBe('');
    },
  );

  it('on the coast: the signs and the buttons', { timeout: 120_000 }, async () => {
    const guarded = await openPage(session.browser, inject('baseURL'), {
      locale: 'en-GB',
      viewport: PHONE,
      touch: true,
    });
    session.pages.push(guarded);
    // A save with chapter 1 done and no chapter in progress: the title's Continue leads to the coast.
    const save = {
      version: 1,
      state: {
        settings: {
          language: 'en',
          textSize: 'normal',
          reducedMotion: false,
          highContrast: false,
          textSpeed: 'instant',
        },
        progress: { chaptersDone: ['chapter-1-first-vote'], endings: {}, flags: {} },
        run: null,
      },
    };
    await guarded.context.addInitScript(
      (value) => localStorage.setItem('democratie-et-crustaces', value),
      JSON.stringify(save),
    );
    const { page } = guarded;
    await page.goto(inject('baseURL'));
    await waitForTitle(page);
    expect(await waitForFocus(page)).toBe('title.continue');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'coast');
    await page.waitForSelector('body[data-coast-map]', { state: 'attached' });
    const areas = await checkTargets(page, 'coast');
    expect(areas.filter((a) => a.name.startsWith('coast.chapter.')).length).toBeGreaterThanOrEqual(9);
    await screenshot(page, 'touch-coast');
    // The settings, from the coast's menu: at the raised text their rows scroll; every word whole
    // in its place, none under 12 CSS px, none over another.
    await touch(page, 'coast.menu');
    await page.waitForSelector('[data-control="pause.settings"]', { state: 'attached' });
    await touch(page, 'pause.settings');
    await page.waitForSelector('[data-control="settings.back"]', { state: 'attached' });
    await checkTargets(page, 'settings');
    expect(await canvasTextProblems(page, ['coast']), 'settings').toEqual([]);
    // Upright the floor draws the normal size larger: a line under the text-size row says why.
    const note = gameMessages.en['settings.textSize.floor'];
    expect(await page.evaluate((n) => document.querySelector('#a11y')?.textContent?.includes(n), note)).toBe(true);
    const texts = await page.evaluate(() =>
      (window as unknown as { crustacesTextBoxes: () => { scene: string; text: string }[] }).crustacesTextBoxes(),
    );
    expect(texts.filter((b) => b.scene === 'settings' && b.text === note)).toHaveLength(1);
    await screenshot(page, 'touch-settings');
  });

  it(
    'on a results page comparing several methods (chapter 1’s slate, from the bench page)',
    { timeout: 240_000 },
    async () => {
      const guarded = await bench.open(
        'fr',
        'scenario=chapter-1-first-vote&election=trial-slate&motion=reduced&portrait=1',
        PHONE,
        true,
      );
      session.pages.push(guarded);
      const { page } = guarded;
      await page.waitForSelector('body[data-cast="done"]', { state: 'attached', timeout: 60_000 });
      await checkTargets(page, 'election');
      expect(await waitForFocus(page)).toMatch(/^election\./);
      await page.keyboard.press('Enter');
      await page.waitForSelector('body[data-count-ready="results"]', { state: 'attached', timeout: 30_000 });
      const areas = await checkTargets(page, 'results');
      // The way on and the comparison's own controls (its pages, its methods).
      expect(areas.filter((a) => a.scene === 'results').length).toBeGreaterThanOrEqual(2);
      expect((await resultsShown(page)).length).toBeGreaterThan(1);
      await screenshot(page, 'touch-results-slate');
    },
  );
});
