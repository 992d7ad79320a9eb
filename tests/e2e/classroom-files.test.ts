/**
 * Ballot files as teachers really have them, through the real file picker of the classroom's
 * import: every form shape, French Excel's Windows-1252 CSV, a results file refused, bad rows
 * left out only when asked, several files merged with each file's count, the French exports
 * opened as columns by a ";" CSV reader; and the sandbox refusing an oversize file by its size.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { launchBrowser, openPage, screenshot, type GuardedPage } from './browser.ts';
import { setDisplay } from './display-helpers.ts';
import { countClass, type ClassElection } from '../../src/classroom/election.ts';
import { resultsCsv } from '../../src/classroom/files.ts';
import { LIMITS } from '../../src/scenario/limits.ts';
import { MAX_FILE_BYTES } from '../../src/voting/io/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = 300_000;

interface FileSpec {
  name: string;
  bytes: Uint8Array | string;
}

async function openImport(locale = 'fr-FR'): Promise<GuardedPage> {
  const base = inject('baseURL');
  const guarded = await openPage(browser, base, { locale });
  await guarded.page.goto(`${base}#classroom`, { timeout: 120_000 });
  await guarded.page.waitForSelector('body[data-ready="classroom"]', { timeout: 120_000 });
  await press(guarded.page, 'home.import');
  await guarded.page.waitForSelector('#cr-file');
  return guarded;
}

async function press(page: Page, id: string): Promise<void> {
  await page.locator(`[data-control="${id}"]`).focus();
  await page.keyboard.press('Enter');
}

/** Picks files through the page's own file input (as the browser's file dialog would). */
async function pick(page: Page, files: FileSpec[]): Promise<void> {
  await page.setInputFiles(
    '#cr-file',
    files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })),
  );
}

async function winners(page: Page): Promise<Record<string, string[]>> {
  await page.waitForSelector('body[data-ready="classroom-results"]', { timeout: 120_000 });
  return JSON.parse((await page.evaluate(() => document.body.dataset.classResults)) ?? '{}') as Record<
    string,
    string[]
  >;
}

async function problem(page: Page): Promise<string> {
  await page.waitForSelector('[data-problem]:not([hidden])');
  return page.locator('[data-problem]').innerText();
}

function clean(g: GuardedPage): void {
  expect(g.consoleErrors).toEqual([]);
  expect(g.foreignRequests).toEqual([]);
}

/** Windows-1252 bytes (these texts only use characters below U+0100, where it is Latin-1). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('classroom files', () => {
  it(
    'reads every form shape: a grid of ranks in words, a column per rank, a checkbox question, a Microsoft Forms ranking',
    async () => {
      const grid = [
        'Horodateur,Adresse e-mail,Classez [La mer],Classez [La montagne],Classez [La ville]',
        '2026/11/14 10:02:31,a@example.org,Premier choix,Deuxième choix,Troisième choix',
        '2026/11/14 10:03:02,b@example.org,3rd choice,1st choice,2nd choice',
        '2026/11/14 10:04:40,c@example.org,1,3,2',
      ].join('\n');
      const ranks = [
        'Horodatage,Classez [Premier choix],Classez [Deuxième choix],Classez [Troisième choix]',
        '14/11/2026 10:02,La ville,La mer,La montagne',
        '14/11/2026 10:03,La ville,La montagne,La mer',
        '14/11/2026 10:04,La mer,La ville,La montagne',
      ].join('\n');
      const checkbox = [
        'Horodateur,Quelles sorties vous plaisent ?',
        '2026/11/14 10:02:31,"La mer, La ville"',
        '2026/11/14 10:03:02,La ville',
        '2026/11/14 10:04:40,"La ville, La montagne"',
      ].join('\n');
      const msForms = [
        'ID,Start time,Completion time,Email,Name,Classez les sorties',
        '1,11/14/26 10:02,11/14/26 10:03,anonymous,,La montagne;La mer;La ville;',
        '2,11/14/26 10:04,11/14/26 10:05,anonymous,,La montagne;La ville;La mer;',
        '3,11/14/26 10:06,11/14/26 10:07,anonymous,,La mer;La montagne;La ville;',
      ].join('\n');
      const cases: { file: FileSpec; shape?: string; plurality?: string[]; approval?: string[] }[] = [
        { file: { name: 'grille.csv', bytes: grid }, plurality: ['La mer'] },
        { file: { name: 'rangs.csv', bytes: ranks }, shape: 'ranks', plurality: ['La ville'] },
        { file: { name: 'cases.csv', bytes: checkbox }, shape: 'list', approval: ['La ville'] },
        { file: { name: 'msforms.csv', bytes: msForms }, shape: 'list', plurality: ['La montagne'] },
      ];
      for (const c of cases) {
        const g = await openImport();
        await pick(g.page, [c.file]);
        if (c.shape) await g.page.waitForSelector(`[data-shape="${c.shape}"]:not([hidden])`);
        if (c.file.name === 'grille.csv') {
          await g.page.waitForSelector('[data-columns]:not([hidden])');
          expect(await g.page.locator('[data-column]:checked').count()).toBe(3);
        }
        await screenshot(g.page, `classroom-files-shape-${c.file.name.replace('.csv', '')}`);
        await press(g.page, 'import.read');
        const shown = await winners(g.page);
        if (c.plurality) expect([c.file.name, shown.plurality]).toEqual([c.file.name, c.plurality]);
        if (c.approval) expect([c.file.name, shown.approval]).toEqual([c.file.name, c.approval]);
        clean(g);
        await g.context.close();
      }
    },
    SLOW,
  );

  it(
    'reads French Excel\'s CSV (Windows-1252, ";") with its accents, says so, and counts it',
    async () => {
      const g = await openImport();
      await pick(g.page, [{ name: 'excel.csv', bytes: cp1252('Élodie;Cédric;Noël\r\n1;2;3\r\n1;3;2\r\n2;1;3\r\n') }]);
      await press(g.page, 'import.read');
      await g.page.waitForSelector('[data-summary]');
      expect(await g.page.locator('[data-encoding]').getAttribute('data-encoding')).toBe('windows-1252');
      const total = await g.page.locator('[data-total]').innerText();
      expect(total).toContain('Élodie, Cédric, Noël');
      expect(total).not.toContain('\ufffd');
      await screenshot(g.page, 'classroom-files-windows-1252');
      await press(g.page, 'import.count');
      expect((await winners(g.page)).plurality).toEqual(['Élodie']);
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'refuses a results file, an empty file, a file with only its header, bytes no encoding reads, and a file too large by its size',
    async () => {
      const g = await openImport('en-GB');
      const election: ClassElection = {
        question: 'Trip',
        options: ['Sea', 'Town'],
        kind: 'ranked',
        methods: ['plurality'],
      };
      const results = resultsCsv(
        election,
        countClass(election, [{ ballot: { kind: 'ranked', ranking: [['o1'], ['o2']] }, count: 2 }]),
        'en',
      );
      const refusals: [FileSpec, RegExp][] = [
        [{ name: 'results.csv', bytes: results }, /results\.csv: this is a results file/],
        [{ name: 'empty.csv', bytes: '' }, /empty\.csv: the file is empty/],
        [
          { name: 'header.csv', bytes: 'Sea,Town\n' },
          /header\.csv: the file names the options \(Sea, Town\) but holds no ballot/,
        ],
        [
          { name: 'odd.csv', bytes: Uint8Array.from([0x41, 0x2c, 0x42, 0x0a, 0x81, 0x2c, 0x32]) },
          /odd\.csv: .*“CSV UTF-8”/,
        ],
      ];
      for (const [file, message] of refusals) {
        await pick(g.page, [file]);
        await press(g.page, 'import.read');
        await expect.poll(() => problem(g.page)).toMatch(message);
      }
      // A file over MAX_FILE_BYTES is refused by its size, before it is read. (Its 100 MB are one
      // 1 MB block repeated, handed to the same file input as the dialog would.)
      const bytes = MAX_FILE_BYTES + 4_000_000;
      await g.page.evaluate((size) => {
        const block = new Uint8Array(1_000_000).fill(0x41);
        const file = new File(
          Array.from({ length: size / 1_000_000 }, () => block),
          'big.csv',
          { type: 'text/csv' },
        );
        const input = document.querySelector<HTMLInputElement>('#cr-file')!;
        const picked = new DataTransfer();
        picked.items.add(file);
        input.files = picked.files;
        input.dispatchEvent(new Event('change'));
      }, bytes);
      await expect.poll(() => problem(g.page)).toBe('big.csv: the file is too large to read (100 MB; at most 96 MB).');
      await screenshot(g.page, 'classroom-files-refused');
      expect(await g.page.evaluate(() => document.body.dataset.ready)).toBe('classroom');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'lists bad rows with their lines and leaves them out only when the teacher asks',
    async () => {
      const g = await openImport();
      await pick(g.page, [
        { name: 'classe.csv', bytes: 'La mer,La montagne,La ville\n1,2,3\n2,1,3\n1,deux,3\n3,2,1\n\n1,2,z\n1,3,2\n' },
      ]);
      await press(g.page, 'import.read');
      expect(await problem(g.page)).toMatch(/classe\.csv\u00a0: 2 lignes ne se lisent pas \(lignes 4, 7\)/);
      expect(
        await g.page
          .locator('[data-bad-rows] li')
          .evaluateAll((items) => items.map((i) => i.getAttribute('data-line'))),
      ).toEqual(['4', '7']);
      expect(await g.page.locator('[data-bad-rows] li').first().innerText()).toMatch(/classe\.csv, ligne 4/);
      expect(await g.page.evaluate(() => document.body.dataset.ready)).toBe('classroom');
      await screenshot(g.page, 'classroom-files-bad-rows');
      // On a phone held upright, the rows and the offer fit the width (nothing cut).
      await g.page.setViewportSize({ width: 390, height: 844 });
      await g.page.locator('[data-control="import.leaveOut"]').scrollIntoViewIfNeeded();
      const right = await g.page
        .locator('[data-bad-rows] li, [data-control="import.leaveOut"]')
        .evaluateAll((items) => Math.max(...items.map((i) => i.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(390);
      await screenshot(g.page, 'classroom-files-bad-rows-phone');
      await press(g.page, 'import.leaveOut');
      expect((await winners(g.page)).plurality).toEqual(['La mer']);
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'merges two devices\' files with each file\'s count, refuses files whose options differ, and exports in French as ";" columns with the BOM, in English with ","',
    async () => {
      const g = await openImport();
      const a = { name: 'tablette-1.csv', bytes: '\ufeffLa mer,La montagne,La ville,count\n1,2,3,4\n2,1,3,1\n' };
      const b = { name: 'tablette-2.csv', bytes: 'La ville;La mer;La montagne;count\n1;2;3;2\n' };
      const other = { name: 'autre.csv', bytes: 'La mer,La plage\n1,2\n' };
      await pick(g.page, [a, other]);
      await press(g.page, 'import.read');
      expect(await problem(g.page)).toMatch(/autre\.csv n’a pas les mêmes options que tablette-1\.csv/);
      await pick(g.page, [a, b]);
      await press(g.page, 'import.read');
      await g.page.waitForSelector('[data-summary]');
      const perFile = await g.page
        .locator('[data-summary] li[data-file]')
        .evaluateAll((items) =>
          items.map((i) => [i.getAttribute('data-file'), i.getAttribute('data-ballots'), i.textContent]),
        );
      expect(perFile).toEqual([
        ['tablette-1.csv', '5', 'tablette-1.csv\u00a0: 5 bulletins'],
        ['tablette-2.csv', '2', 'tablette-2.csv\u00a0: 2 bulletins'],
      ]);
      expect(await g.page.locator('[data-total]').getAttribute('data-total')).toBe('7');
      await screenshot(g.page, 'classroom-files-merge');
      await press(g.page, 'import.count');
      expect((await winners(g.page)).plurality).toEqual(['La mer']);

      const save = async (id: string) => {
        const [download] = await Promise.all([g.page.waitForEvent('download'), press(g.page, id)]);
        return readFileSync(await download.path());
      };
      for (const id of ['results.ballotsCsv', 'results.csv']) {
        const bytes = await save(id);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
          delimiter: ';',
          skipEmptyLines: true,
        }).data;
        expect(rows[0].slice(0, 3)).toEqual(
          id === 'results.csv' ? ['méthode', 'nom', 'élu(s)'] : ['La mer', 'La montagne', 'La ville'],
        );
        expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
        if (id === 'results.ballotsCsv') expect(rows.slice(1).reduce((n, row) => n + Number(row[3]), 0)).toBe(7);
        // Split at commas, the French file gives no columns: a spreadsheet opens it by its `;`.
        const byComma = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ',', skipEmptyLines: true });
        expect(byComma.data[0].length, id).toBe(1);
      }
      // The same board in English: the files use `,` (with the BOM), as an English spreadsheet opens them.
      await setDisplay(g.page, 'en', 'normal');
      for (const id of ['results.ballotsCsv', 'results.csv']) {
        const bytes = await save(id);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8').slice(1);
        const rows = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data;
        expect(rows[0].slice(0, 3)).toEqual(
          id === 'results.csv' ? ['method', 'name', 'winner(s)'] : ['La mer', 'La montagne', 'La ville'],
        );
        expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
        if (id === 'results.ballotsCsv') expect(rows.slice(1).reduce((n, row) => n + Number(row[3]), 0)).toBe(7);
      }
      clean(g);
      await g.context.close();
    },
    SLOW,
  );

  it(
    'the sandbox refuses a scenario file larger than it reads, by its size, in English',
    async () => {
      const base = inject('baseURL');
      const g = await openPage(browser, base, { locale: 'en-GB' });
      await g.page.goto(`${base}#sandbox/spoiler`);
      await g.page.waitForSelector('body[data-ready="sandbox"]', { timeout: 60_000 });
      expect(3_000_000).toBeGreaterThan(LIMITS.fileBytes); // the file below is over the limit
      const [chooser] = await Promise.all([
        g.page.waitForEvent('filechooser'),
        g.page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-control="sandbox.openFile"]')?.click()),
      ]);
      await chooser.setFiles({
        name: 'huge.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(3_000_000, 0x20),
      });
      await g.page.waitForSelector('[data-control="sandbox.problems.close"]');
      expect(await g.page.locator('#a11y').textContent()).toContain(
        'huge.json: the file is too large to read (3 MB; at most 2.1 MB)',
      );
      await screenshot(g.page, 'sandbox-file-too-large');
      clean(g);
      await g.context.close();
    },
    SLOW,
  );
});
