/**
 * A large electorate for screen readers (the bench page's build, which opens one election of a
 * shipped chapter): chapter 9's Burlington vote, 384 groups of voters, is read as a table — a
 * caption, column headers, the largest group first with its ranking in words, the first rows
 * and a "show more" button that the keyboard reaches — not as 384 identical buttons; chapter 1's
 * small vote keeps one button per voter.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { benchPerFile } from './browser-bench.ts';
import { loadChapter } from './chapter-run.ts';
import { screenshot, type GuardedPage } from './browser.ts';
import { voterTableMessages } from '../../src/i18n/messages/voter-table.ts';

const bench = benchPerFile();

const chapter9 = loadChapter('chapter-9-real-election');
const burlington = chapter9.electorates.find((e) => e.id === 'burlington')!;
const groups = burlington.voters;

async function openVote(scenario: string, election: string, lang: 'fr' | 'en'): Promise<GuardedPage> {
  const g = await bench.open(lang, `scenario=${scenario}&election=${election}&motion=reduced`);
  await g.page.waitForSelector('body[data-count-ready="election"]', { state: 'attached', timeout: 60_000 });
  return g;
}

const rowTexts = (page: Page): Promise<string[][]> =>
  page.$$eval('[data-voter-table] tbody tr', (rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
  );

describe.each(['fr', 'en'] as const)('Burlington’s 384 groups of voters (%s)', (lang) => {
  it(
    'are a table: caption, headers, the largest group first with its ranking in words, then more rows on demand',
    {
      timeout: 180_000,
    },
    async () => {
      expect(groups.length).toBe(384);
      const words = voterTableMessages[lang];
      const { page, consoleErrors, context } = await openVote('chapter-9-real-election', 'burlington', lang);
      await page.waitForSelector('[data-voter-table]', { state: 'attached' });
      expect(await page.getAttribute('[data-voter-table]', 'data-voter-table')).toBe('384');
      expect(
        await page.$$eval('[data-voter-table] thead th[scope="col"]', (hs) => hs.map((h) => h.textContent)),
      ).toEqual([words['count.voterTable.group'], words['count.voterTable.count'], words['count.voterTable.ranked']]);
      const caption = (await page.textContent('[data-voter-table] caption')) ?? '';
      expect(caption).toContain('384');
      // Not one button per group: only the shown rows' buttons (and the "show more" one).
      expect(await page.locator('[data-scope="election"] button[data-control^="election.ballot."]').count()).toBe(20);
      let rows = await rowTexts(page);
      expect(rows).toHaveLength(20);
      // The largest group first: its number of ballots and its ranking in words, from the chapter's file.
      const largest = [...groups].sort((a, b) => b.count - a.count)[0];
      const ranking = largest.ranking!.map((c, i) => `${i + 1}. ${chapter9.texts[lang][`option.${c}`]}`).join(', ');
      expect(rows[0].slice(1)).toEqual([String(largest.count), ranking]);
      const counts = rows.map((r) => Number(r[1]));
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      // The keyboard reaches "show more"; Enter adds the next rows and takes the focus to the first of them.
      const more = page.locator('[data-voter-table-more]');
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('[data-voter-table] tbody tr').length === 40);
      rows = await rowTexts(page);
      const focusedRow = await page.evaluate(
        () => document.activeElement?.closest('tr')?.rowIndex, // 0 is the header row
      );
      expect(focusedRow).toBe(21);
      expect(Number(rows[20][1])).toBeLessThanOrEqual(Number(rows[19][1]));
      await screenshot(page, `voter-table-burlington-${lang}`);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );
});

describe('a small electorate', () => {
  it('keeps one button per voter, and no table', { timeout: 120_000 }, async () => {
    const { page, consoleErrors, context } = await openVote('chapter-1-first-vote', 'trial', 'fr');
    expect(await page.locator('[data-voter-table]').count()).toBe(0);
    expect(
      await page.locator('[data-scope="election"] button[data-control^="election.ballot."]').count(),
    ).toBeGreaterThan(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
