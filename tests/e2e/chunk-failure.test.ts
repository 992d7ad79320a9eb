/**
 * A part of the game that does not arrive (the network gone, or a new deployment that replaced
 * the files the page knows) shows the error card that says so and offers to reload, in the
 * player's language — never an endless "Loading…". The chunk's request is refused here by the
 * browser's own request interception; once it is allowed again, "Reload" brings the screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser.ts';
import { waitForScene, waitForTitle } from './game.ts';
import { safetyMessages } from '../../src/i18n/messages/safety.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function card(page: Page): Promise<{ kind?: string; title: string; button: string; focused?: string }> {
  await page.waitForSelector('body[data-crash="shown"]', { timeout: 60_000 });
  const shown = page.locator('#error-card');
  return {
    kind: (await shown.getAttribute('data-error-kind')) ?? undefined,
    title: await shown.locator('h2').innerText(),
    button: await shown.locator('button').innerText(),
    focused: await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.control),
  };
}

describe('a chunk that does not load', () => {
  it('opening the sandbox by its address while its chunk is refused shows the reload card in French, and reloading brings the sandbox', async () => {
    const base = inject('baseURL');
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, base, { locale: 'fr-FR' });
    const refused: string[] = [];
    await page.route(/\/assets\/SandboxScene-[^/]*\.js$/, (route) => {
      refused.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto(`${base}#sandbox/spoiler`);
    expect(await card(page)).toEqual({
      kind: 'chunk',
      title: safetyMessages.fr['chunkFailure.title'],
      button: safetyMessages.fr['chunkFailure.reload'],
      focused: 'chunkFailure.reload',
    });
    expect(refused.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.dataset.ready)).not.toBe('sandbox');
    await screenshot(page, 'chunk-failure-fr');
    // The failed request and the failed import are what the console saw; nothing else.
    expect(
      consoleErrors.every((e) => /SandboxScene|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)),
      consoleErrors.join('\n'),
    ).toBe(true);
    consoleErrors.length = 0;

    await page.unroute(/\/assets\/SandboxScene-[^/]*\.js$/);
    await page.locator('[data-control="chunkFailure.reload"]').press('Enter');
    await page.waitForSelector('body[data-ready="sandbox"]', { timeout: 60_000 });
    expect(await page.evaluate(() => document.body.dataset.crash)).toBeUndefined();
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 180_000);

  it('going to Settings after the game was updated under the page shows the reload card in English', async () => {
    const base = inject('baseURL');
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, base, { locale: 'en-GB' });
    await page.goto(base);
    await waitForTitle(page);
    // A new deployment: the old chunk names are gone from the server.
    await page.route(/\/assets\/SettingsScene-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.evaluate(() => (location.hash = '#settings'));
    expect(await card(page)).toEqual({
      kind: 'chunk',
      title: safetyMessages.en['chunkFailure.title'],
      button: safetyMessages.en['chunkFailure.reload'],
      focused: 'chunkFailure.reload',
    });
    expect(await page.locator('#error-card').innerText()).toContain(safetyMessages.en['chunkFailure.body']);
    await screenshot(page, 'chunk-failure-en');
    consoleErrors.length = 0;
    await page.unroute(/\/assets\/SettingsScene-[^/]*\.js$/);
    await page.locator('[data-control="chunkFailure.reload"]').click();
    await waitForScene(page, 'settings', 60_000);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 180_000);
});
