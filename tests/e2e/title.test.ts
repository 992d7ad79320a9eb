import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser.ts';
import { countTeaser } from '../../src/present/flow/teaser.ts';
import { gameMessages } from '../../src/i18n/messages/game.ts';
import { formatTemplate, type Lang } from '../../src/i18n/format.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const text = (key: string, lang: Lang, params = {}): string =>
  formatTemplate((gameMessages[lang] as Readonly<Record<string, string>>)[key], params, lang);

describe.each<[Lang, string]>([
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
])('title screen in %s', (lang, locale) => {
  it('follows the browser language and shows the winners the engine counts, from its own origin only', async () => {
    const baseURL = inject('baseURL');
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, baseURL, { locale });
    await page.goto(baseURL);
    await page.waitForSelector('body[data-ready="title"]', { timeout: 30_000 });
    const expected = countTeaser().map(({ name, winners }) =>
      text('title.winnerLine', lang, { method: name[lang], winners: winners.map((w) => text(`place.${w}`, lang)) }),
    );
    await page.waitForFunction((n) => document.querySelectorAll('#a11y p').length >= n, expected.length + 3);
    const lines = await page.locator('#a11y p').allTextContents();
    for (const line of expected) expect(lines).toContain(line);
    // The point of the teaser: the same ballots elect different winners.
    expect(new Set(countTeaser().map((r) => r.winners.join()))).toHaveProperty('size', 3);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    // Headless Chromium draws WebGL in software (SwiftShader): the game chose Canvas, which is faster there.
    expect(await page.evaluate(() => document.body.dataset.renderer)).toBe('canvas');
    expect(await page.title()).toBe(text('title.name', lang));
    // Every menu entry is a real, labelled, focusable button.
    const controls = await page.locator('#a11y-controls button').allTextContents();
    expect(controls).toEqual(
      ['title.newGame', 'title.chapters', 'title.sandbox', 'title.classroom', 'title.settings', 'title.credits'].map(
        (k) => text(k, lang),
      ),
    );
    await screenshot(page, `title-${lang}`);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the game’s build', () => {
  it('ships no bench page, and its service worker precaches neither the bench nor the phone page', () => {
    const distDir = inject('distDir');
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
    expect(files).toContain('index.html');
    expect(files).toContain('vote.html');
    // The bench page (bench/election.html) is built only for the bench (vite.config.ts).
    expect(files.filter((f) => /bench/i.test(f))).toEqual([]);
    const precached = [...readFileSync(join(distDir, 'sw.js'), 'utf8').matchAll(/\burl"?\s*:\s*"([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(precached).toContain('index.html');
    expect(precached.filter((url) => /bench/i.test(url))).toEqual([]);
    // The phone's ballot page is the room server's, at /vote/CODE: never from the game's cache.
    expect(precached.filter((url) => url === 'vote.html' || url.startsWith('assets/vote-'))).toEqual([]);
    for (const url of precached) expect(files, url).toContain(url);
  });
});
