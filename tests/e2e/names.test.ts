/**
 * A name that would print differently from what it holds never reaches the screen: a shared
 * sandbox link whose flag is named with a right-to-left override (U+202E) is refused, in
 * French and in English, with the code point written out, and the sandbox falls back to an
 * example. (The rule is src/voting/names.ts; the scenario checks apply it to every text.)
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeState } from '../../src/sandbox/codec.ts';
import { openScenarioText } from '../../src/sandbox/open.ts';
import { launchBrowser, openPage, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function linkWithBidiName(): string {
  const opened = openScenarioText(readFileSync('scenarios/sandbox-spoiler.json', 'utf8'));
  if (!('state' in opened)) throw new Error('the spoiler preset does not open');
  const state = opened.state;
  const flags = state.flags.map((f, i) =>
    i === 0 ? { ...f, name: { fr: 'la d\u202Eenud', en: 'the d\u202Eenud' } } : f,
  );
  return encodeState({ ...state, flags });
}

describe('names with a bidi override', () => {
  it.each([
    ['fr-FR', /contient U\+202E, un caractère de contrôle ou de sens d’écriture invisible/, 'names-bidi-link-fr'],
    ['en-GB', /holds U\+202E, an invisible control or text-direction character/, 'names-bidi-link-en'],
  ])(
    'a shared sandbox link is refused with the code point shown (%s)',
    async (locale, message, shot) => {
      const baseURL = inject('baseURL');
      const { page, context, consoleErrors } = await openPage(browser, baseURL, { locale });
      await page.goto(`${baseURL}#sandbox/share/${linkWithBidiName()}`);
      await page.waitForSelector('body[data-ready="sandbox"]', { timeout: 40_000 });
      await page.waitForSelector('[data-control="sandbox.problems.close"]');
      const said = (await page.locator('#a11y').textContent()) ?? '';
      expect(said).toMatch(message);
      expect(said).toContain('d[U+202E]enud'); // the name, with the code point written out
      expect(said).not.toContain('\u202E');
      await screenshot(page, shot);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-control="sandbox.problems.close"]', { state: 'detached' });
      // The example it fell back to shows no such name.
      expect(await page.evaluate(() => document.body.innerText.includes('\u202E'))).toBe(false);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
