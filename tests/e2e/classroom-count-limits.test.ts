/**
 * The count charts the long ranked election does not reach, at the product's limits: a graded
 * class election of ten 40-character options counted by majority judgment (merit profiles),
 * STAR (its duel) and score, in French and English, at every text size, on 1920×1080 (no text
 * under 24 px), 1280×720 (that layout at 2/3) and a phone held upright (the text floor draws every
 * setting there at the larger size) (no text under 12 px, the count's buttons at
 * least 44 CSS px to a finger) — first and last step, no two texts overlapping, nothing off the
 * screen or out of its panel, no name cut mid-word.
 *
 * One page per frame (landscape, upright), its election typed once: each case changes the
 * language and text size in place through the settings screen, and reads every text of a
 * screen in one call (window.crustacesTextBoxes).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { browserPerFile, keptPages } from './browser-per-file.ts';
import { canvasTexts, LONG_OPTIONS, longSetup, openDesk, press } from './classroom-helpers.ts';
import { LAYOUT_CASES, PHONE, PROJECTOR, resize, sameOnLaptop, setDisplay, TEXT_SIZES } from './display-helpers.ts';
import { boxProblems, cutWords, overlap, type Rect } from './layout-checks.ts';

const session = browserPerFile();

/** The charts this file is for, by the method that draws them. */
const CHARTS = { 'majority-judgment': 'merit', star: 'duel', score: 'bars' } as const;
/**
 * What a pupil must read, by screen: 24 px at 1920×1080 (16 px is the same type at 1280×720),
 * 12 px on a phone held upright. The game picks its frame when it starts: a page opened
 * upright gets the portrait frame (checked by the second group).
 */
const PROJECTOR_MIN_FONT = 24;
const PHONE_UPRIGHT_MIN_FONT = 12;
/** A finger's reach (tests/e2e/touch-targets.test.ts holds the same). */
const MIN_TOUCH = 44;

/** Three piles of graded ballots over the ten options (grades 0–5), typed in one call. */
async function gradedPiles(page: Page): Promise<void> {
  await press(page, 'ways.piles');
  await page.waitForSelector('#cr-pile-3-10');
  const piles = [
    { grades: [5, 4, 3, 2, 1, 0, 0, 1, 2, 3], count: 12 },
    { grades: [0, 1, 2, 3, 4, 5, 5, 4, 3, 2], count: 10 },
    { grades: [3, 3, 2, 2, 4, 1, 0, 5, 1, 3], count: 8 },
  ];
  await page.evaluate((piles) => {
    const set = (id: string, value: number) => {
      const input = document.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    for (const [r, pile] of piles.entries()) {
      for (const [i, grade] of pile.grades.entries()) set(`cr-pile-${r + 1}-${i + 1}`, grade);
      set(`cr-pile-${r + 1}-count`, pile.count);
    }
  }, piles);
  await press(page, 'piles.count');
  await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
}

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

async function toLastStep(page: Page): Promise<void> {
  await press(page, 'count.end');
  await page.waitForFunction(() => {
    const [a, b] = (document.body.dataset.countStep ?? '0/1').split('/');
    return a === b;
  });
}

/** The count screen's controls a finger reaches, too small or overlapping, in words. */
async function touchProblems(page: Page): Promise<string[]> {
  const areas = await page.evaluate(() =>
    (window as unknown as { crustacesHitAreas: () => (Rect & { scene: string; name: string })[] })
      .crustacesHitAreas()
      .filter((a) => a.scene === 'count'),
  );
  const problems = areas
    .filter((a) => a.w < MIN_TOUCH || a.h < MIN_TOUCH)
    .map((a) => `${a.name} is ${a.w.toFixed(1)}×${a.h.toFixed(1)} CSS px`);
  areas.forEach((a, i) => {
    for (const b of areas.slice(i + 1)) if (overlap(a, b) > 0) problems.push(`${a.name} overlaps ${b.name}`);
  });
  if (areas.length < 3) problems.push(`only ${areas.length} count controls on screen`);
  return problems;
}

/**
 * Opens majority judgment's, STAR's and score's counts from the comparison, at their first and
 * last step, and says what is wrong with the count screen's texts (buttons' captions aside):
 * title, step counter, chart (captions, legends, marks, names, figures), the step's words and
 * the keys' hint, which keep to their side panel; on a touch screen, the controls' reach too.
 */
async function countScreens(
  page: Page,
  what: string,
  viewport: { width: number; height: number },
  o: { minFont: number; touch?: boolean; pictures: boolean; laptopToo?: boolean },
  smallest: Map<number, number>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const [method, chart] of Object.entries(CHARTS)) {
    await findChip(page, method);
    await press(page, `results.method.${method}`);
    await page.waitForSelector('body[data-count-ready="count"]', { timeout: 120_000 });
    for (const end of [false, true]) {
      if (end) await toLastStep(page);
      const all = (await canvasTexts(page, 'count')).filter((t) => !t.control);
      const label = `${chart} ${method} ${what} ${viewport.width}×${viewport.height} ${end ? 'last' : 'first'}`;
      // At the end every option is named on the chart (ten names of 40 characters), the duel's two at least.
      const names = all.filter((t) => LONG_OPTIONS.includes(t.text));
      if (end) expect(names.length, label).toBeGreaterThanOrEqual(chart === 'duel' ? 2 : 10);
      // The step's words are on screen, inside their side panel.
      expect(
        all.some((t) => t.within && t.text.length > 40),
        label,
      ).toBe(true);
      problems.push(...boxProblems(all, viewport, { minFont: o.minFont }).map((x) => `${label}: ${x}`));
      // A name wraps between words or shrinks, never splits a word (the duel's names at larger text upright).
      problems.push(...cutWords(all, LONG_OPTIONS).map((x) => `${label}: ${x}`));
      if (o.touch) problems.push(...(await touchProblems(page)).map((x) => `${label}: ${x}`));
      if (o.laptopToo) problems.push(...(await sameOnLaptop(page, 'count')).map((x) => `${label}: ${x}`));
      for (const t of all) smallest.set(viewport.width, Math.min(smallest.get(viewport.width) ?? Infinity, t.fontPx));
      if (o.pictures)
        await screenshot(
          page,
          `limits-${chart}-${what.split(' ').join('-')}-${viewport.width}-${end ? 'last' : 'first'}`,
        );
    }
    await press(page, 'count.next');
    await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
  }
  return problems;
}

const CASES = LAYOUT_CASES;

/**
 * One page per frame, its graded election typed once; the cases change language and size in
 * place. Kept across the cases (browser-per-file's keptPages): checked clean after every case,
 * closed when the next frame opens and at the end.
 */
const framePage = keptPages(
  async (frame: 'landscape' | 'upright') => {
    const upright = frame === 'upright';
    const g = await openDesk(session.browser, upright ? PHONE : PROJECTOR, { reducedMotion: true }, 'fr-FR', upright);
    await longSetup(g.page, 'grades');
    await gradedPiles(g.page);
    return g;
  },
  { oneAtATime: true },
);
const electionPage = async (frame: 'landscape' | 'upright'): Promise<Page> => (await framePage(frame)).page;

async function comparison(page: Page, language: 'fr' | 'en', size: (typeof TEXT_SIZES)[number]): Promise<void> {
  await setDisplay(page, language, size);
  await press(page, 'results.compare');
  await page.waitForSelector('body[data-ready="results"]', { timeout: 120_000 });
}

describe('classroom count charts at the limits: merit profiles and duels', () => {
  it.each(CASES)(
    'majority judgment, STAR and score keep ten 40-character names, their captions and the step’s words readable and apart (%s, %s text, three screens)',
    async (language, size) => {
      const page = await electionPage('landscape');
      const problems: string[] = [];
      const smallest = new Map<number, number>();
      await resize(page, PROJECTOR);
      await comparison(page, language, size);
      // One walk, at 1920×1080: the laptop shows that layout at 2/3 (sameOnLaptop, at each
      // chart's first and last step), and a landscape page narrowed to a phone draws every setting
      // at the larger size (the text floor), which the larger case walks here.
      problems.push(
        ...(await countScreens(
          page,
          `${language} ${size}`,
          PROJECTOR,
          { minFont: PROJECTOR_MIN_FONT, pictures: size === 'normal', laptopToo: true },
          smallest,
        )),
      );
      console.log(
        `smallest count text (${language}, ${size}): ${[...smallest].map(([w, px]) => `${w} px wide ${px.toFixed(1)} px`).join(', ')}`,
      );
      expect(problems).toEqual([]);
    },
    600_000,
  );
});

// Upright, the text floor draws every setting at the larger size: each language is checked there.
describe('classroom count charts at the limits on a phone held upright, by touch', () => {
  it.each((['fr', 'en'] as const).map((language) => [language, 'larger'] as const))(
    'majority judgment, STAR and score lay the chart above the step’s words, nothing under 12 px, buttons a finger’s size (%s, %s text, 390×844)',
    async (language, size) => {
      const page = await electionPage('upright');
      await comparison(page, language, size);
      const smallest = new Map<number, number>();
      const problems = await countScreens(
        page,
        `${language} ${size} upright`,
        PHONE,
        { minFont: PHONE_UPRIGHT_MIN_FONT, touch: true, pictures: true },
        smallest,
      );
      console.log(`smallest count text upright (${language}, ${size}): ${smallest.get(PHONE.width)?.toFixed(1)} px`);
      expect(problems).toEqual([]);
    },
    300_000,
  );
});
