/**
 * The coast late in the story on phones: with every chapter finished (the harbour holds six
 * residents with the keeper), the residents found room covering no sign, name or other group
 * (the coast's own measure, `data-coast-crowd`), every control a finger reaches is 44 CSS px and
 * apart, and the canvas's texts are readable and apart. And the finale on a touch screen can be
 * paused from its Menu button (there is no Escape key), resumed, and left for the title.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { waitForProbe, waitForScene } from './game.ts';
import { canvasTextProblems, fingerProblems, touch } from './landscape-checks.ts';
import { openCoast } from './open-coast.ts';
import { finale } from '../../src/present/flow/coast-world.ts';

const session = browserPerFile();

const ENDINGS = {
  'chapter-1': 'wreck',
  'chapter-2': 'etrille',
  'chapter-3': 'salad',
  // The keeper chapter 6 elected moves to the harbour: six live there.
  'chapter-6': 'maia',
  'chapter-7': 'portrait',
  'chapter-8': 'bonus',
  'chapter-9': 'majority-judgment',
};
const DONE = [...Object.keys(ENDINGS), 'chapter-4', 'chapter-5'];
const SIDEWAYS = { width: 740, height: 360 };
const UPRIGHT = { width: 390, height: 844 };

async function lateCoast(language: 'fr' | 'en', viewport: { width: number; height: number }): Promise<Page> {
  const page = await openCoast(session, inject('baseURL'), {
    language,
    viewport,
    touch: true,
    progress: { chaptersDone: DONE, endings: ENDINGS, finaleSeen: true },
  });
  await waitForProbe(page, 'landmarks', /./);
  return page;
}

describe('the coast late in the story, on phones', () => {
  it.each([
    ['fr', 'sideways', SIDEWAYS],
    ['en', 'sideways', SIDEWAYS],
    ['fr', 'upright', UPRIGHT],
  ] as const)('gives every resident room (%s, held %s)', { timeout: 180_000 }, async (lang, held, viewport) => {
    const page = await lateCoast(lang, viewport);
    expect(await waitForProbe(page, 'coastCrowd', /./)).toBe('fits');
    await page.waitForSelector('[data-control="coast.talk.perle"]', { state: 'attached' });
    await screenshot(page, `coast-crowd-${held}-${lang}`);
    const { problems, controls } = await fingerProblems(page);
    // The beach's four residents, its sign, the finale's button and the menu at least.
    expect(controls).toBeGreaterThanOrEqual(7);
    expect([...problems, ...(held === 'sideways' ? await canvasTextProblems(page) : [])]).toEqual([]);
  });

  it('pauses the finale by touch, resumes it, and leaves it for the title', { timeout: 180_000 }, async () => {
    const page = await lateCoast('fr', SIDEWAYS);
    const n = finale({ chaptersDone: DONE, endings: ENDINGS })!.length;
    await page.waitForSelector('[data-control="coast.finale"]', { state: 'attached' });
    await touch(page, 'coast.finale');
    await waitForProbe(page, 'finale', `1/${n}`);
    const { problems } = await fingerProblems(page);
    expect(problems).toEqual([]);
    // On a touch screen the button names no key.
    expect(await page.locator('[data-control="coast.finale.menu"]').textContent()).toBe('Menu');
    await screenshot(page, 'coast-finale-menu-sideways-fr');
    await touch(page, 'coast.finale.menu');
    await page.waitForSelector('[data-control="pause.resume"]', { state: 'attached' });
    expect(await page.evaluate(() => document.body.dataset.finale)).toBe(`1/${n}`);
    await screenshot(page, 'coast-finale-paused-sideways-fr');
    await touch(page, 'pause.resume');
    await page.waitForSelector('[data-control="pause.resume"]', { state: 'detached' });
    // The finale goes on where it was: a tap anywhere says the next line.
    await page.touchscreen.tap(SIDEWAYS.width / 2, 60);
    await waitForProbe(page, 'finale', `2/${n}`);
    await touch(page, 'coast.finale.menu');
    await page.waitForSelector('[data-control="pause.quit"]', { state: 'attached' });
    await touch(page, 'pause.quit');
    await waitForScene(page, 'title');
  });
});
