/**
 * What a reader decided about a file is shown where the file comes in, before its ballots are
 * used: the classroom import says "read as grades" (or ranks) as soon as a file is picked, in
 * French and English, and again on the summary of several files; the sandbox's "open a file"
 * shows the encoding it read and the scenario file's warnings on a card, not only in the status.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type GuardedPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = 300_000;

async function openImport(locale: string): Promise<GuardedPage> {
  const base = inject('baseURL');
  const guarded = await openPage(browser, base, { locale });
  await guarded.page.goto(`${base}#classroom`, { timeout: 120_000 });
  await guarded.page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
  await guarded.page.locator('[data-control="home.import"]').focus();
  await guarded.page.keyboard.press('Enter');
  await guarded.page.waitForSelector('#cr-file');
  return guarded;
}

async function pick(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.setInputFiles(
    '#cr-file',
    files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text) })),
  );
}

const noteTexts = (page: Page, where: string) =>
  page
    .locator(`${where} [data-reader-note]`)
    .evaluateAll((items) => items.map((i) => [i.getAttribute('data-reader-note'), i.textContent]));

function clean(g: GuardedPage): void {
  expect(g.consoleErrors).toEqual([]);
  expect(g.foreignRequests).toEqual([]);
}

/** Windows-1252 bytes of a text whose characters are Latin-1 or the apostrophe ’ (0x92). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));

describe('reader notes', () => {
  it(
    'the classroom import says how a CSV is read as soon as it is picked, in French and English, and on the summary',
    async () => {
      const grades = { name: 'notes.csv', text: 'La mer,La ville\n5,3\n4,8\n2,9\n' };
      const fr = await openImport('fr-FR');
      await pick(fr.page, [grades]);
      await expect
        .poll(() => noteTexts(fr.page, '[data-reader-notes]'))
        .toEqual([
          ['io.note.readAsGrades', 'notes.csv\u00a0: lu comme des notes\u00a0: la plus haute est la meilleure.'],
        ]);
      expect(await fr.page.locator('[data-reader-notes]').isVisible()).toBe(true);
      await screenshot(fr.page, 'reader-notes-classroom-fr');
      // Choosing the kind by hand: the reader no longer guesses, and says nothing.
      await fr.page.selectOption('#cr-file-kind', 'grades');
      await expect.poll(() => fr.page.locator('[data-reader-notes] [data-reader-note]').count()).toBe(0);
      await fr.page.selectOption('#cr-file-kind', 'auto');
      await expect.poll(() => fr.page.locator('[data-reader-notes] [data-reader-note]').count()).toBe(1);
      clean(fr);
      await fr.context.close();

      const en = await openImport('en-GB');
      const a = { name: 'tablet-1.csv', text: 'Sea,Town\n1,2\n2,1\n1,2\n' };
      const b = { name: 'tablet-2.csv', text: 'Sea,Town\n2,1\n' };
      await pick(en.page, [a, b]);
      await expect
        .poll(() => noteTexts(en.page, '[data-reader-notes]'))
        .toEqual([
          ['io.note.readAsRanks', 'tablet-1.csv: read as ranks: 1 is first.'],
          ['io.note.readAsRanks', 'tablet-2.csv: read as ranks: 1 is first.'],
        ]);
      await en.page.locator('[data-control="import.read"]').focus();
      await en.page.keyboard.press('Enter');
      await en.page.waitForSelector('[data-summary]');
      // The summary, before "Count", says it again beside each file's count.
      expect(await noteTexts(en.page, '[data-summary]')).toEqual([
        ['io.note.readAsRanks', 'tablet-1.csv: read as ranks: 1 is first.'],
        ['io.note.readAsRanks', 'tablet-2.csv: read as ranks: 1 is first.'],
      ]);
      await screenshot(en.page, 'reader-notes-classroom-summary-en');
      clean(en);
      await en.context.close();
    },
    SLOW,
  );

  it(
    "the sandbox shows the encoding read and the scenario file's warnings on a card, in English and in French",
    async () => {
      const scenario = JSON.parse(readFileSync('scenarios/sandbox-spoiler.json', 'utf8')) as {
        texts: Record<'fr' | 'en', Record<string, string>>;
      };
      scenario.texts.fr.oublie = 'Un texte qui ne sert à rien';
      scenario.texts.en.oublie = 'A text used nowhere';
      const bytes = cp1252(JSON.stringify(scenario, null, 2));
      for (const [locale, title, encoding, unused] of [
        [
          'en-GB',
          /is open, with notes/,
          /spoiler-excel\.json: .*Windows-1252/,
          /The text “oublie” is not used anywhere/,
        ],
        [
          'fr-FR',
          /est ouvert, avec des remarques/,
          /spoiler-excel\.json\u00a0: .*Windows-1252/,
          /Le texte «\s?oublie\s?» n’est utilisé nulle part/,
        ],
      ] as const) {
        const base = inject('baseURL');
        const g = await openPage(browser, base, { locale });
        await g.page.goto(`${base}#sandbox/spoiler`);
        await g.page.waitForSelector('body[data-ready="sandbox"]', { timeout: 60_000 });
        const [chooser] = await Promise.all([
          g.page.waitForEvent('filechooser'),
          g.page.evaluate(() =>
            document.querySelector<HTMLButtonElement>('[data-control="sandbox.openFile"]')?.click(),
          ),
        ]);
        await chooser.setFiles({
          name: 'spoiler-excel.json',
          mimeType: 'application/json',
          buffer: Buffer.from(bytes),
        });
        await g.page.waitForSelector('[data-control="sandbox.problems.close"]');
        const said = (await g.page.locator('#a11y').textContent()) ?? '';
        expect(said).toMatch(title);
        expect(said).toMatch(encoding);
        expect(said).toMatch(unused);
        await screenshot(g.page, `reader-notes-sandbox-${locale}`);
        await g.page.keyboard.press('Escape');
        await g.page.waitForSelector('[data-control="sandbox.problems.close"]', { state: 'detached' });
        // The file was opened all the same: its accents read right.
        expect(await g.page.evaluate(() => document.body.dataset.ready)).toBe('sandbox');
        clean(g);
        await g.context.close();
      }
    },
    SLOW,
  );
});
