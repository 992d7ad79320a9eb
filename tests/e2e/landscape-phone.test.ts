/**
 * A phone held sideways (740 × 360 CSS px, a touch screen), in French and English: the title,
 * the chapters, the coast, the dialogue and its pause menu; the player's ballot
 * cards (a ranking, grades with named mentions, STAR's scores); and from the bench page the vote,
 * the count (bars and rounds, duels, seats) and the results. On each screen every control a
 * finger can reach is at least 44 × 44 CSS px, inside the screen (or inside its own card that
 * scrolls), and overlaps no other; the HTML cards' text is at least 12 px (landscape-checks.ts).
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ServedBuild } from '../../scripts/serve-build.ts';
import { serveBenchBuild } from './browser-bench.ts';
import { openPage, screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { answersUntil, loadChapter, type Stop } from './chapter-run.ts';
import { focused, framesLater, resumeChapter, waitForFocus, waitForProbe, waitForScene, waitForTitle } from './game.ts';
import { canvasTextProblems, fingerProblems, onScreen, sceneControls, touch, touchDrag } from './landscape-checks.ts';
import { StorageKey } from '../../src/game/keys.ts';
import { formatTemplate } from '../../src/i18n/format.ts';
import { gameMessages } from '../../src/i18n/messages/game.ts';

const SIDEWAYS = { width: 740, height: 360 };
const session = browserPerFile();
let bench: ServedBuild | undefined;
afterAll(async () => {
  await bench?.close();
});

type Lang = 'fr' | 'en';

async function sideways(lang: Lang, url: string): Promise<Page> {
  const guarded = await openPage(session.browser, url, {
    locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
    viewport: SIDEWAYS,
    touch: true,
  });
  session.pages.push(guarded);
  return guarded.page;
}

/** Checks the screen and keeps its picture. */
async function check(page: Page, where: string, under: readonly string[] = []): Promise<void> {
  await screenshot(page, `landscape-${where}`);
  const { problems, controls } = await fingerProblems(page);
  expect(controls, `${where}: controls on screen`).toBeGreaterThan(0);
  expect([...problems, ...(await canvasTextProblems(page, under))], where).toEqual([]);
}

/** A save with chapter 1 done and no chapter under way: the title continues to the coast. */
async function seedCoastSave(page: Page, lang: Lang): Promise<void> {
  const save = {
    version: 1,
    state: {
      settings: { language: lang, textSize: 'normal', reducedMotion: true, highContrast: false, textSpeed: 'instant' },
      progress: { chaptersDone: ['chapter-1-first-vote'], endings: {}, flags: {} },
      run: null,
    },
  };
  await page
    .context()
    .addInitScript(([key, value]) => localStorage.setItem(key, value), [
      StorageKey.save,
      JSON.stringify(save),
    ] as const);
}

/**
 * The settings' rows are taller than a phone held sideways: each control comes on screen when the
 * keyboard focuses it, the wheel reaches the last and the first, and a finger's drag scrolls the
 * rows without pressing the button it started on.
 */
async function settingsReachable(page: Page): Promise<void> {
  const all = await sceneControls(page, 'settings');
  expect(all.size, 'the settings’ controls').toBeGreaterThanOrEqual(20);
  const reached = new Set<string>();
  for (let i = 0; i < all.size + 2; i++) {
    await page.keyboard.press('Tab');
    await framesLater(page, 2);
    const name = (await focused(page)) ?? '';
    // After the last control, Tab passes by the page itself (the browser's own order) once.
    if (name === '') continue;
    expect(onScreen(page, (await sceneControls(page, 'settings')).get(name)), `${name} focused on screen`).toBe(true);
    reached.add(name);
  }
  expect([...reached].sort()).toEqual([...all.keys()].sort());
  await page.mouse.move(370, 180);
  await page.mouse.wheel(0, 3000);
  await framesLater(page, 3);
  expect(onScreen(page, (await sceneControls(page, 'settings')).get('settings.back')), 'Back after the wheel').toBe(
    true,
  );
  await page.mouse.wheel(0, -3000);
  await framesLater(page, 3);
  const top = await sceneControls(page, 'settings');
  expect(onScreen(page, top.get('settings.language.fr')), 'the first row after the wheel back').toBe(true);
  const saved = await page.evaluate((key) => localStorage.getItem(key), StorageKey.save);
  // A drag upwards from the middle of a button: the rows follow the finger, nothing is pressed.
  const start = top.get('settings.textSize.large')!;
  await touchDrag(page, { x: start.x + start.w / 2, y: start.y + start.h / 2 }, -150);
  await framesLater(page, 3);
  const moved = (await sceneControls(page, 'settings')).get('settings.textSize.large')!;
  expect(start.y - moved.y, 'the rows follow the finger').toBeGreaterThan(100);
  expect(await page.evaluate((key) => localStorage.getItem(key), StorageKey.save)).toBe(saved);
}

/** The chapter's ballot step, where the run stops. */
const atBallotStep: Stop = { input: (step) => step.type === 'ballot' };

describe.each(['fr', 'en'] as const)('a phone held sideways (%s)', (lang) => {
  it('title and chapters', { timeout: 300_000 }, async () => {
    const base = inject('baseURL');
    const page = await sideways(lang, base);
    await seedCoastSave(page, lang);
    await page.goto(base);
    await waitForTitle(page);
    // The teaser's short form (title-teaser.ts): its heading and its summary, drawn once counted;
    // check() then measures them with the rest (on screen, apart from the title and the buttons).
    const teaser = (['title.teaser.heading', 'title.teaser.count'] as const).map((key) =>
      formatTemplate(gameMessages[lang][key], { count: 3 }, lang),
    );
    await page.waitForFunction(
      (want) =>
        want.every((s) =>
          (window as unknown as { crustacesTextBoxes: () => { scene: string; text: string }[] })
            .crustacesTextBoxes()
            .some((b) => b.scene === 'title' && b.text === s),
        ),
      teaser,
      { timeout: 30_000 },
    );
    await check(page, `title-${lang}`);
    await touch(page, 'title.chapters');
    await waitForScene(page, 'chapters');
    await waitForFocus(page);
    await check(page, `chapters-${lang}`);
  });

  it('the coast', { timeout: 300_000 }, async () => {
    const base = inject('baseURL');
    const page = await sideways(lang, base);
    await seedCoastSave(page, lang);
    await page.goto(base);
    await waitForTitle(page);
    await touch(page, 'title.continue');
    await waitForScene(page, 'coast');
    await page.waitForSelector('body[data-coast-map]', { state: 'attached' });
    await check(page, `coast-${lang}`);
  });

  it('the dialogue, its pause menu and the settings', { timeout: 300_000 }, async () => {
    const base = inject('baseURL');
    const page = await sideways(lang, base);
    await seedCoastSave(page, lang);
    await page.goto(`${base}#chapter/2`);
    await waitForProbe(page, 'waits', 'line', 60_000);
    await check(page, `dialogue-${lang}`);
    await touch(page, 'dialogue.menu');
    await page.waitForSelector('[data-control="pause.resume"]', { state: 'attached' });
    await check(page, `pause-${lang}`);
    await touch(page, 'pause.settings');
    await page.waitForSelector('[data-control="settings.back"]', { state: 'attached' });
    // Each label inside its column (`within`), every target a finger's size, none over another.
    await check(page, `settings-${lang}`, ['dialogue']);
    await settingsReachable(page);
  });

  it.each([
    ['chapter-4-points-and-duels', 'krill-nacre', 'ranked'],
    ['chapter-6-majority-judgment', 'lamp', 'grades'],
    ['chapter-7-star', 'nacre-grades', 'star'],
  ] as const)('the ballot card of %s (%s, %s)', { timeout: 240_000 }, async (file, ballot, kind) => {
    const chapter = loadChapter(file);
    const { answers, cursor } = answersUntil(chapter, atBallotStep);
    const page = await sideways(lang, inject('baseURL'));
    await resumeChapter(page, page.context(), { scenario: chapter.id, answers, cursor, lang, url: inject('baseURL') });
    await page.waitForSelector(`[data-player-ballot="${ballot}"] [data-action="send"]`, { state: 'attached' });
    await check(page, `ballot-${kind}-${lang}`);
  });

  it.each([
    ['election', 'chapter-3-instant-runoff', 'final', 'election', ''],
    ['count-rounds', 'chapter-3-instant-runoff', 'final', 'count', 'irv'],
    ['count-duels', 'chapter-4-points-and-duels', 'krill', 'count', 'copeland'],
    ['count-seats', 'chapter-8-council', 'lists', 'count', 'dhondt'],
    ['results', 'chapter-1-first-vote', 'trial-slate', 'results', ''],
  ] as const)('the %s screen (%s, %s)', { timeout: 180_000 }, async (where, scenario, election, scene, method) => {
    bench ??= await serveBenchBuild();
    const page = await sideways(lang, bench.url);
    const query = `lang=${lang}&scenario=${scenario}&election=${election}&scene=${scene}&motion=reduced${method ? `&method=${method}` : ''}`;
    await page.goto(new URL(`bench/election.html?${query}`, bench.url).href);
    await page.waitForSelector(`body[data-count-ready="${scene}"]`, { state: 'attached', timeout: 60_000 });
    if (scene === 'election') await page.waitForSelector('body[data-cast="done"]', { state: 'attached' });
    await check(page, `${where}-${lang}`);
  });
});
