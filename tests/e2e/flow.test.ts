/**
 * The game's flow in a real browser, with the keyboard alone: a new game from the title,
 * chapter 1 played to its end through the count scenes and the results comparison, the language switched in
 * the middle of a chapter, a reload that continues on the same line, and no error, no request
 * leaving the origin, a screenshot of each screen on the way.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter } from './chapter-run.ts';
import {
  beat,
  engineWinners,
  enterToNextLine,
  enterUntil,
  entered,
  pressAndWait,
  focused,
  framesLater,
  live,
  resultsShown,
  seedSettings,
  waitForFocus,
  waitForScene,
  waitForTitle,
} from './game.ts';
import { gameMessages } from '../../src/i18n/messages/game.ts';

const chapter = loadChapter('chapter-1-first-vote');
const firstLine = (lang: 'fr' | 'en'): string => {
  const say = chapter.steps.find((s) => s.type === 'say');
  return say && say.type === 'say' ? chapter.texts[lang][say.text] : '';
};

const session = browserPerFile();
const pages = session.pages;

async function open(locale = 'fr-FR', settings?: Parameters<typeof seedSettings>[1]): Promise<Page> {
  const guarded = await openPage(session.browser, inject('baseURL'), { locale });
  pages.push(guarded);
  if (settings) await seedSettings(guarded.context, settings);
  await guarded.page.goto(inject('baseURL'));
  await waitForTitle(guarded.page);
  return guarded.page;
}

/** Enter on the title's first control (New game on a first run) and waits for the first line. */
async function newGame(page: Page): Promise<void> {
  expect(await waitForFocus(page)).toBe('title.newGame');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'dialogue');
  await waitForFocus(page, 'dialogue.next');
}

describe('a new game, with the keyboard alone', () => {
  it(
    'starts chapter 1 from the title: the first line is said, typed out, and Enter shows it whole then goes on',
    { timeout: 120_000 },
    async () => {
      const page = await open('fr-FR');
      await screenshot(page, 'title');
      await newGame(page);
      expect(await live(page)).toBe(firstLine('fr'));
      await page.keyboard.press('Enter'); // shows the whole line
      await framesLater(page);
      await screenshot(page, 'dialogue-narration');
      await page.keyboard.press('Enter'); // next line
      await page.waitForFunction((first) => document.querySelector('#a11y')?.textContent !== first, firstLine('fr'));
      expect(await live(page)).not.toBe(firstLine('fr'));
    },
  );
});

/** Plays like the tests' player: Enter on lines, the first answer, the next one when asked again. */
async function playOn(
  page: Page,
  until: (where: string) => Promise<boolean>,
  shoot: (name: string) => Promise<void>,
): Promise<{ elections: number }> {
  // Counted by the game's probe (every vote that became interactive), not by sampling the scene between keys.
  const before = await entered(page, 'election');
  const elections = async (): Promise<number> => (await entered(page, 'election')) - before;
  let previous = '';
  let lastPrompt = '';
  let retries = 0;
  for (let i = 0; i < 1500; i++) {
    const [where, what] = (await beat(page)).split('|');
    if (await until(where)) return { elections: await elections() };
    if (where === 'dialogue' && what === 'say' && (await live(page)).includes(' : ')) await shoot('dialogue-speaker');
    if (where === 'dialogue' && what === 'reveal') await shoot('dialogue-reveal');
    if (where === 'dialogue' && what === 'input' && (await focused(page))?.startsWith('choice.')) {
      await shoot('dialogue-choices');
      // A quiz asked again (a wrong answer): the player tries the next answer.
      const prompt = await live(page);
      retries = prompt === lastPrompt ? retries + 1 : 0;
      lastPrompt = prompt;
      for (let k = 0; k < retries; k++) await page.keyboard.press('ArrowDown');
    }
    if (where === 'election' && previous !== 'election') await shoot('election-handoff');
    if (where === 'results') await shoot('results-before-return');
    previous = where;
    // The results: Enter on their Continue button (the first focus) leaves them.
    await pressAndWait(page);
  }
  throw new Error(`stuck at ${await beat(page)}: ${await live(page)}`);
}

function shooter(page: Page): (name: string) => Promise<void> {
  const shots = new Set<string>();
  return async (name) => {
    if (shots.has(name)) return;
    shots.add(name);
    await framesLater(page, 10);
    await screenshot(page, name);
  };
}

describe('chapter 1 with the keyboard alone', () => {
  it('is played from a new game to its end: each election through the count scenes, and the slate compares the methods as the engine counts them', async () => {
    const page = await open('fr-FR', { textSpeed: 'instant', reducedMotion: true });
    await newGame(page);
    const comparisons: Map<string, string[]>[] = [];
    const shoot = shooter(page);
    const { elections } = await playOn(
      page,
      async (where) => {
        if (where === 'results') {
          const shown = new Map((await resultsShown(page)).map((o) => [o.method, o.winners]));
          comparisons.push(shown);
          if (shown.size > 1) await shoot('results-comparison-chapter-1');
        }
        return (await page.$('[data-control="end.title"]')) !== null;
      },
      shoot,
    );
    // Five elections on the keyboard player's path (the name, the trial, the duel, the final, the slate).
    expect(elections).toBe(5);
    await waitForFocus(page);
    await shoot('dialogue-end-fr');
    // The slate: the same ballots, one winner per method, as the engine counts them here in Node.
    const slate = comparisons.find((c) => c.size > 1);
    expect(slate, 'a results screen comparing several methods').toBeDefined();
    const expected = engineWinners(chapter, 'trial-slate');
    expect(slate).toEqual(expected);
    expect(new Set([...expected.values()].map((w) => w.join()))).toHaveProperty('size', 2);
  }, 400_000);

  it('ends: the chapter counts as finished and the end offers the next chapter, the coast and the title', async () => {
    // A saved run that answered everything but has its last lines still to read.
    const { answers } = answersUntil(chapter, 'end');
    const guarded = await openPage(session.browser, inject('baseURL'), { locale: 'en-GB' });
    pages.push(guarded);
    await seedSettings(
      guarded.context,
      { language: 'en', textSpeed: 'instant', reducedMotion: true },
      { scenario: chapter.id, answers },
    );
    const { page } = guarded;
    await page.goto(inject('baseURL'));
    await waitForTitle(page);
    expect(await waitForFocus(page)).toBe('title.continue');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'dialogue');
    await playOn(page, async () => (await page.$('[data-control="end.title"]')) !== null, shooter(page));
    await waitForFocus(page);
    await screenshot(page, 'dialogue-end');
    expect(await live(page)).toContain(gameMessages.en['dialogue.endTitle'].replace('{n}', '1'));
    const save = JSON.parse((await page.evaluate(() => localStorage.getItem('democratie-et-crustaces'))) ?? '{}');
    expect(save.state.progress.chaptersDone).toContain(chapter.id);
    expect(save.state.run).toBeNull();
    // Back to the coast: the free walk, with a sign for each chapter (chapter 1 ticked).
    for (let i = 0; i < 5 && (await focused(page)) !== 'end.coast'; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'coast');
    await waitForFocus(page, 'coast.chapter.1');
    expect(await page.locator('[data-control="coast.chapter.1"]').textContent()).toContain('finished');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await screenshot(page, 'coast');
  }, 300_000);
});

describe('a puzzle solved by changing ballots', () => {
  it(
    'is played with the keyboard on the box: a row, its new ballot, the recount, and the verdict is said',
    { timeout: 120_000 },
    async () => {
      const council = loadChapter('chapter-8-council');
      // A saved run that stops at the chapter's ballot puzzle.
      const { answers } = answersUntil(council, {
        input: (step) => step.type === 'puzzle' && step.goal.kind === 'change-ballots',
      });
      const guarded = await openPage(session.browser, inject('baseURL'), { locale: 'en-GB' });
      pages.push(guarded);
      await seedSettings(
        guarded.context,
        { language: 'en', textSpeed: 'instant', reducedMotion: true },
        { scenario: council.id, answers },
      );
      const { page } = guarded;
      await page.goto(inject('baseURL'));
      await waitForTitle(page);
      await page.keyboard.press('Enter'); // Continue
      await waitForScene(page, 'dialogue');
      await playOn(
        page,
        async () => (await page.locator('[data-puzzle-board]').count()) > 0,
        async () => undefined,
      );
      await page.waitForSelector('[data-puzzle-board] [data-recount]');
      await screenshot(page, 'dialogue-ballot-editor');
      const onBoard = (): Promise<string> =>
        page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.board ?? '');
      // The largest group's row (the focus starts on it), one option moved down, kept, confirmed.
      // The board takes the keys once its first row has the focus (on a loaded machine, a frame or
      // more after it is drawn): an Enter pressed before that went elsewhere.
      await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset?.board !== undefined);
      if ((await page.locator('[data-board-editor]').count()) === 0) await page.keyboard.press('Enter');
      await page.waitForSelector('[data-board-editor]');
      for (let i = 0; i < 40 && !(await onBoard()).startsWith('down:'); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-recount][data-changed="1"]');
      for (let i = 0; i < 40 && (await onBoard()) !== 'keep'; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-change]');
      await page.keyboard.press('Enter'); // confirm: the focus is on it after keeping
      await waitForFocus(page, 'dialogue.next');
      expect(await live(page)).toMatch(/✓|✗/);
    },
  );
});

describe('settings in the middle of a chapter', () => {
  it(
    'switches the language from the pause menu and keeps the line the player was on',
    { timeout: 120_000 },
    async () => {
      const page = await open('fr-FR', { textSpeed: 'instant' });
      await newGame(page);
      for (let i = 0; i < 4; i++) await enterToNextLine(page);
      await waitForFocus(page, 'dialogue.next');
      const before = await live(page);
      const position = await page.evaluate(() => localStorage.getItem('democratie-et-crustaces.bookmark'));
      await page.keyboard.press('Escape');
      await waitForFocus(page, 'pause.resume');
      await screenshot(page, 'dialogue-pause');
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toBe('pause.settings');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'settings');
      await waitForFocus(page);
      await screenshot(page, 'settings-over-dialogue');
      // Tab to English, Enter.
      for (let i = 0; i < 10 && (await focused(page)) !== 'settings.language.en'; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await waitForFocus(page, 'settings.language.en');
      await page.keyboard.press('Escape');
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      const after = await live(page);
      expect(after).not.toBe(before);
      expect(await page.evaluate(() => localStorage.getItem('democratie-et-crustaces.bookmark'))).toBe(position);
      // The same line, in English: the speaker's name is the same, the text is the English text.
      const englishTexts = Object.values(chapter.texts.en);
      expect(englishTexts.some((t) => after.endsWith(t))).toBe(true);
      await screenshot(page, 'dialogue-english');
    },
  );
});

describe('a reload', () => {
  it(
    'continues on the very line the player was reading, and the title offers to continue',
    { timeout: 120_000 },
    async () => {
      const page = await open('fr-FR', { textSpeed: 'instant', reducedMotion: true });
      await newGame(page);
      // Past the first choice, then a few lines further.
      await enterUntil(page, async () => (await beat(page)).endsWith('|input'));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      for (let i = 0; i < 3; i++) {
        await waitForFocus(page, 'dialogue.next');
        await enterToNextLine(page);
      }
      await waitForFocus(page, 'dialogue.next');
      const line = await live(page);
      await page.reload();
      await waitForTitle(page);
      expect(await waitForFocus(page)).toBe('title.continue');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      expect(await live(page)).toBe(line);
    },
  );
});

describe('deep links', () => {
  it(
    'opens settings, credits and chapters from the address, and follows a new hash at any time',
    { timeout: 120_000 },
    async () => {
      const page = await open('en-GB');
      await page.evaluate(() => (location.hash = '#credits'));
      await waitForScene(page, 'credits');
      await waitForFocus(page, 'credits.back');
      const credits = await live(page);
      for (const key of [
        'credits.data.preflib',
        'credits.data.openstv',
        'credits.fonts.atkinson',
        'credits.fonts.fredoka',
      ] as const)
        expect(credits).toContain(gameMessages.en[key]);
      await screenshot(page, 'credits');
      await page.keyboard.press('Escape');
      await waitForTitle(page);
      // The chapters, from the title's menu.
      await waitForFocus(page, 'title.newGame');
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toBe('title.chapters');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'chapters');
      await waitForFocus(page, 'chapters.1');
      await screenshot(page, 'chapters');
      await page.keyboard.press('Escape');
      await waitForScene(page, 'title');
      await page.evaluate(() => (location.hash = '#settings'));
      await waitForScene(page, 'settings');
      await waitForFocus(page);
      await screenshot(page, 'settings');
      await page.evaluate(() => (location.hash = '#chapter/1'));
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      expect(await live(page)).toBe(firstLine('en'));
      // The hash is forgotten once followed: a reload continues the game instead.
      expect(await page.evaluate(() => location.hash)).toBe('');
    },
  );

  it('opens a chapter on arrival, and the sandbox and classroom (or their notice)', { timeout: 120_000 }, async () => {
    const guarded = await openPage(session.browser, inject('baseURL'), { locale: 'fr-FR' });
    pages.push(guarded);
    const { page } = guarded;
    await page.goto(`${inject('baseURL')}#chapter/1`);
    await waitForScene(page, 'dialogue');
    expect(await live(page)).toBe(firstLine('fr'));
    for (const mode of ['sandbox', 'classroom']) {
      await page.goto(`${inject('baseURL')}#${mode}`);
      await page.waitForFunction(
        (m) =>
          document.body.dataset.scene === m ||
          document.body.dataset.scene === 'title.panel' ||
          document.querySelector('[data-control="notice.back"]') !== null,
        mode,
        { timeout: 30_000 },
      );
      await framesLater(page, 10);
      await screenshot(page, `deep-link-${mode}`);
    }
    await page.goto(`${inject('baseURL')}#chapter/42`);
    await page.waitForSelector('[data-control="notice.back"]', { timeout: 30_000 });
    expect(await live(page)).toContain(gameMessages.fr['chapters.notFound'].replace('{n}', '42'));
  });
});

describe('a phone held upright', () => {
  it('lays the title, the settings and the dialogue out for a portrait screen', { timeout: 120_000 }, async () => {
    const guarded = await openPage(session.browser, inject('baseURL'), {
      locale: 'fr-FR',
      viewport: { width: 390, height: 844 },
    });
    pages.push(guarded);
    await seedSettings(guarded.context, { textSpeed: 'instant' });
    const { page } = guarded;
    await page.goto(inject('baseURL'));
    await waitForTitle(page);
    await framesLater(page, 10);
    await screenshot(page, 'portrait-title');
    await newGame(page);
    for (let i = 0; i < 4; i++) await enterToNextLine(page);
    await waitForFocus(page, 'dialogue.next');
    await screenshot(page, 'portrait-dialogue');
    await page.evaluate(() => (location.hash = '#settings'));
    await waitForScene(page, 'settings');
    await waitForFocus(page);
    await screenshot(page, 'portrait-settings');
  });
});
