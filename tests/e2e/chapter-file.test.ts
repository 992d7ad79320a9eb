/**
 * A teacher's chapter file in the game, in a real browser: opened through Chapters → "Open a
 * chapter file…" (the system's picker) and by a real drop on the game, played to its end in
 * French and in English, still there after a reload, removed; a chapter source with its English
 * table; a broken file refused with its problems and their lines; `#chapter-file` for slides;
 * and a chapter whose id is not `chapter-N` continued after a reload.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from './browser.ts';
import { browserPerFile } from './browser-per-file.ts';
import { enterUntil, live, seedSettings, waitForFocus, waitForScene, waitForTitle } from './game.ts';
import { chapterFileMessages } from '../../src/i18n/messages/chapter-file.ts';
import { CHAPTER_SHELF_KEY } from '../../src/game/flow/stored-chapters.ts';

const FIXTURE = 'tests/scenarios/chapter-file/phare.json';
const phare = readFileSync(FIXTURE, 'utf8');
const texts = (JSON.parse(phare) as { texts: Record<'fr' | 'en', Record<string, string>> }).texts;
/** The same chapter as a chapter source, and its English table. */
const source = readFileSync('tests/scenarios/chapter-file/phare.chapitre', 'utf8');
const english = readFileSync('tests/scenarios/chapter-file/phare.en.txt', 'utf8');
/** The same chapter with a jump to a section that does not exist. */
const broken = phare.replace('"goto": "white-end"', '"goto": "nowhere"');
const brokenLine = broken.split('\n').findIndex((l) => l.includes('"nowhere"')) + 1;

const session = browserPerFile();
const pages = session.pages;

async function open(lang: 'fr' | 'en', hash = ''): Promise<Page> {
  const guarded = await openPage(session.browser, inject('baseURL'), { locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
  pages.push(guarded);
  await seedSettings(guarded.context, { language: lang, textSpeed: 'instant', reducedMotion: true });
  // File choosers are intercepted from the start (a chooser opened before would stay open, and block the next ones).
  guarded.page.on('filechooser', () => undefined);
  await guarded.page.goto(`${inject('baseURL')}${hash}`);
  if (!hash) await waitForTitle(guarded.page);
  return guarded.page;
}

/** Focuses a control of the DOM layer and presses Enter, as a keyboard user does. */
async function activate(page: Page, control: string): Promise<void> {
  const selector = `[data-control="${control}"]`;
  await page.waitForSelector(selector, { state: 'attached', timeout: 30_000 });
  await page.focus(selector);
  await page.keyboard.press('Enter');
}

async function toChapters(page: Page): Promise<void> {
  await activate(page, 'title.chapters');
  await waitForScene(page, 'chapters');
  await page.waitForSelector('[data-control="chapters.openFile"]', { state: 'attached', timeout: 30_000 });
}

/** Chapters → "Open a chapter file…" → "Choose a file…" → the system's picker, given these files. */
async function pick(page: Page, files: readonly { name: string; text: string }[]): Promise<void> {
  await activate(page, 'chapters.openFile');
  await waitForFocus(page, 'chapterFile.choose');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  await chooser.setFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: f.name.endsWith('.json') ? 'application/json' : 'text/plain',
      buffer: Buffer.from(f.text, 'utf8'),
    })),
  );
}

/** A real drop on the game's canvas: a DataTransfer holding the file, built in the page. */
async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      const target = document.querySelector('canvas') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text] as const,
  );
}

/** Enter until the chapter's end menu; returns what it says. */
async function playToEnd(page: Page): Promise<string> {
  await waitForScene(page, 'dialogue');
  await waitForFocus(page);
  await enterUntil(page, async () => (await page.evaluate(() => document.body.dataset.ready)) === 'end', 60);
  await waitForFocus(page, 'end.coast');
  return live(page);
}

async function shelf(page: Page): Promise<string[]> {
  return page.evaluate(
    (key) =>
      (
        (JSON.parse(localStorage.getItem(key) ?? '{"chapters":[]}') as { chapters: { meta: { id: string } }[] })
          .chapters ?? []
      ).map((c) => c.meta.id),
    CHAPTER_SHELF_KEY,
  );
}

describe('a chapter file opened in the game', () => {
  it(
    'French: opened through the picker, played to its end, there after a reload, then removed',
    { timeout: 180_000 },
    async () => {
      const page = await open('fr');
      await toChapters(page);
      await pick(page, [{ name: 'phare.json', text: phare }]);
      const end = await playToEnd(page);
      expect(end).toContain(texts.fr['end.red']);
      expect(end).toContain(`Fin de «\u00a0${texts.fr.title}\u00a0»`);
      expect(await shelf(page)).toEqual(['phare']);
      await page.reload();
      await waitForTitle(page);
      await toChapters(page);
      const button = page.locator('[data-control="chapters.file.phare"]');
      expect(await button.textContent()).toBe(`${texts.fr.title} (terminé)`);
      // The game's chapters are still listed, by their own titles.
      expect(await page.locator('[data-control="chapters.1"]').textContent()).toBe('1. Le premier vote');
      await screenshot(page, 'chapter-file-chapters-fr');
      await activate(page, 'chapters.remove.phare');
      await page.waitForSelector('[data-control="chapters.file.phare"]', { state: 'detached', timeout: 15_000 });
      expect(await shelf(page)).toEqual([]);
      await page.reload();
      await waitForTitle(page);
      await toChapters(page);
      expect(await page.locator('[data-control="chapters.file.phare"]').count()).toBe(0);
    },
  );

  it(
    'English: dropped on the game from the title screen, played to its end, listed after a reload',
    { timeout: 180_000 },
    async () => {
      const page = await open('en');
      await drop(page, 'phare.json', phare);
      const end = await playToEnd(page);
      expect(end).toContain(texts.en['end.red']);
      expect(end).toContain(`End of “${texts.en.title}”`);
      // On the coast, its sign stands where its file says (`"coast": "harbour"`), named by its title.
      await activate(page, 'end.coast');
      await waitForScene(page, 'coast');
      await page.waitForSelector('[data-control="coast.chapter.phare"]', { state: 'attached', timeout: 30_000 });
      expect(await page.locator('[data-control="coast.chapter.phare"]').textContent()).toBe(
        `“${texts.en.title}” (the harbour), finished`,
      );
      await screenshot(page, 'chapter-file-coast-en');
      await page.reload();
      await waitForTitle(page);
      await toChapters(page);
      expect(await page.locator('[data-control="chapters.file.phare"]').textContent()).toBe(
        `${texts.en.title} (finished)`,
      );
      // The DOM layer's button says what is removed (the canvas shows "Remove").
      expect(await page.locator('[data-control="chapters.remove.phare"]').textContent()).toBe(
        `Remove “${texts.en.title}” from this browser`,
      );
      await screenshot(page, 'chapter-file-chapters-en');
    },
  );

  for (const lang of ['fr', 'en'] as const) {
    it(
      `${lang}: a broken file is refused with each problem and its line and column, and nothing is kept`,
      { timeout: 120_000 },
      async () => {
        const page = await open(lang);
        await toChapters(page);
        await pick(page, [{ name: 'phare-casse.json', text: broken }]);
        await page.waitForFunction(() => document.body.dataset.chapterProblems !== undefined, undefined, {
          timeout: 30_000,
        });
        await waitForFocus(page, 'chapterFile.choose');
        const said = await live(page);
        const at = lang === 'fr' ? `Ligne ${brokenLine}, colonne ` : `Line ${brokenLine}, column `;
        expect(said).toContain(
          chapterFileMessages[lang]['chapterFile.problemsTitle'].replace('{name}', 'phare-casse.json'),
        );
        expect(said).toContain(at);
        expect(said).toContain('nowhere');
        expect(await shelf(page)).toEqual([]);
        await screenshot(page, `chapter-file-problems-${lang}`);
        // The fixed file, from the same panel, plays.
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
        await chooser.setFiles({
          name: 'phare.json',
          mimeType: 'application/json',
          buffer: Buffer.from(phare, 'utf8'),
        });
        await waitForScene(page, 'dialogue');
      },
    );
  }

  it(
    'English: a chapter source with its English table, through the picker; a broken source is refused on its line first',
    { timeout: 180_000 },
    async () => {
      const page = await open('en');
      await toChapters(page);
      const brokenSource = source.replace('* En blanc -> white-end', '* En blanc -> nulle-part');
      const line = brokenSource.split('\n').findIndex((l) => l.includes('nulle-part')) + 1;
      await pick(page, [{ name: 'phare.chapitre', text: brokenSource }]);
      await page.waitForFunction(() => document.body.dataset.chapterProblems !== undefined, undefined, {
        timeout: 30_000,
      });
      expect(await live(page)).toMatch(new RegExp(`Line ${line}, column \\d+: .*nulle-part`));
      await screenshot(page, 'chapter-file-source-problems-en');
      await page.keyboard.press('Escape');
      await pick(page, [
        { name: 'phare.chapitre', text: source },
        { name: 'phare.en.txt', text: english },
      ]);
      const end = await playToEnd(page);
      expect(end).toContain(texts.en['end.red']);
      expect(await shelf(page)).toEqual(['phare']);
    },
  );

  it(
    '#chapter-file opens the chapters screen on the "Open a chapter" panel; a dropped broken file is listed there too',
    { timeout: 120_000 },
    async () => {
      const page = await open('fr', '#chapter-file');
      await waitForScene(page, 'chapters');
      await waitForFocus(page, 'chapterFile.choose');
      expect(await live(page)).toContain(chapterFileMessages.fr['chapterFile.pickTitle']);
      await screenshot(page, 'chapter-file-picker-fr');
      await drop(page, 'phare.json', broken);
      await page.waitForFunction(() => document.body.dataset.chapterProblems !== undefined, undefined, {
        timeout: 30_000,
      });
      expect(await live(page)).toContain(`Ligne ${brokenLine}, colonne `);
    },
  );

  it(
    'on a phone held upright, the chapters screen lists a kept chapter with its Remove button, and many problems are counted',
    { timeout: 120_000 },
    async () => {
      const guarded = await openPage(session.browser, inject('baseURL'), {
        locale: 'fr-FR',
        viewport: { width: 390, height: 844 },
      });
      pages.push(guarded);
      const { page } = guarded;
      await seedSettings(guarded.context, { language: 'fr', textSpeed: 'instant', reducedMotion: true });
      const shelfValue = {
        version: 1,
        chapters: [
          {
            meta: { id: 'phare', title: { fr: texts.fr.title, en: texts.en.title }, coast: 'harbour' },
            name: 'phare.json',
            text: phare,
            savedAt: 1,
          },
        ],
      };
      await guarded.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        CHAPTER_SHELF_KEY,
        JSON.stringify(shelfValue),
      ] as const);
      await page.goto(inject('baseURL'));
      await waitForTitle(page);
      await toChapters(page);
      expect(await page.locator('[data-control="chapters.file.phare"]').textContent()).toBe(texts.fr.title);
      await page.waitForSelector('[data-control="chapters.remove.phare"]', { state: 'attached' });
      await screenshot(page, 'chapter-file-chapters-portrait-fr');
      // Every text key of the French table missing: more problems than the panel shows.
      const many = phare.replace(/"fr": \{[^}]*\}/, '"fr": {}');
      await drop(page, 'phare-vide.json', many);
      await page.waitForFunction(() => document.body.dataset.chapterProblems !== undefined, undefined, {
        timeout: 30_000,
      });
      const count = Number(await page.evaluate(() => document.body.dataset.chapterProblems));
      expect(count).toBeGreaterThan(6);
      expect(await live(page)).toContain(`… et ${count - 6} autres problèmes.`);
      await screenshot(page, 'chapter-file-many-problems-portrait-fr');
    },
  );

  it(
    'a chapter whose id is not chapter-N is continued after a reload, on the line the player was reading',
    { timeout: 180_000 },
    async () => {
      const page = await open('fr');
      await drop(page, 'phare.json', phare);
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (line) => document.querySelector('#a11y')?.textContent?.includes(line),
        texts.fr['perle.asks'],
        { timeout: 15_000 },
      );
      await page.reload();
      await waitForTitle(page);
      // Continue is offered first, and takes the player back into that chapter.
      expect(await waitForFocus(page)).toBe('title.continue');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'dialogue');
      await waitForFocus(page);
      expect(await live(page)).toContain(texts.fr['perle.asks']);
      const run = await page.evaluate(
        () =>
          (
            JSON.parse(localStorage.getItem('democratie-et-crustaces') ?? '{}') as {
              state?: { run?: { scenario?: string } };
            }
          ).state?.run?.scenario,
      );
      expect(run).toBe('phare');
    },
  );
});
