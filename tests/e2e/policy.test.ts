/**
 * The built game under its Content-Security-Policy, served by the real room server (`npm
 * start`'s server/main.ts, which adds the policy as a header on top of the pages' <meta>):
 * every main screen — the title, a chapter's dialogue, an election, its count and results,
 * the sandbox with its Yee workers, the classroom, settings, credits, a live vote's host screen
 * and the phone's ballot page, with the service worker registered — runs with no
 * `securitypolicyviolation` event and no console error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, screenshot, type GuardedPage } from './browser.ts';
import { beat, focused, live, pressAndWait, waitForFocus, waitForScene, waitForTitle } from './game.ts';
import { freePort } from '../../scripts/serve-build.ts';
import { spawnServer, type ChildServer } from '../server/support/child-server.ts';
import { createRequire } from 'node:module';
import { pagePolicy } from '../../build/csp.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: ChildServer | undefined;
let base = '';
let dataDir = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'crustaces-policy-'));
  server = await spawnServer(
    await freePort(),
    dataDir,
    {},
    { dist: inject('distDir'), limits: 'product', waitMs: 90_000 },
  );
  base = server.base;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Every violation the page reports, from its very first script on (also in workers' and the service worker's pages). */
async function watchPolicy(guarded: GuardedPage): Promise<void> {
  await guarded.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? ['no watcher']);
}

/**
 * axe-core's findings on the page as it is (WCAG 2.x A and AA and the best practices), one line
 * each; axe is evaluated through the DevTools protocol, which the page's policy does not govern.
 */
async function axeFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(' | ')}`,
    );
  });
}

/** A screen is checked: no policy violation so far, one <main> and one visible <h1>, no axe finding, and a screenshot to look at. */
async function check(page: Page, name: string, guarded: GuardedPage): Promise<void> {
  expect(await violations(page), `${name}: ${JSON.stringify(await violations(page))}`).toEqual([]);
  expect(
    guarded.consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e)),
    name,
  ).toEqual([]);
  const landmarks = await page.evaluate(() => ({
    main: document.querySelectorAll('main, [role="main"]').length,
    h1: [...document.querySelectorAll('h1')]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => h.textContent ?? ''),
  }));
  expect(landmarks.main, `${name}: <main> landmarks`).toBe(1);
  expect(landmarks.h1, `${name}: level-one headings`).toHaveLength(1);
  findings.push(...(await axeFindings(page)).map((f) => `${name} — ${f}`));
  await screenshot(page, `policy-${name}`);
}

/** Every screen's axe findings, asserted empty at the end (one run shows them all). */
const findings: string[] = [];

/** Enter on lines, the first answer to a question (the next one when asked again), until the scene is `target`. */
async function playUntil(page: Page, target: string): Promise<void> {
  let lastPrompt = '';
  let retries = 0;
  for (let i = 0; i < 600; i++) {
    const [where, what] = (await beat(page)).split('|');
    if (where === target) return;
    if (where === 'dialogue' && what === 'input' && (await focused(page))?.startsWith('choice.')) {
      const prompt = await live(page);
      retries = prompt === lastPrompt ? retries + 1 : 0;
      lastPrompt = prompt;
      for (let k = 0; k < retries; k++) await page.keyboard.press('ArrowDown');
    }
    await pressAndWait(page);
  }
  throw new Error(`never reached ${target}: ${await beat(page)}`);
}

describe('the Content-Security-Policy', () => {
  it('is in every built page and in the server’s header, which narrows WebSockets to the server itself', async () => {
    const dist = inject('distDir');
    for (const page of ['index.html', 'vote.html'])
      expect(readFileSync(join(dist, page), 'utf8')).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${pagePolicy()}" />`,
      );
    const port = new URL(base).port;
    for (const path of ['/', '/vote/ABCD', '/sw.js']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      const header = response.headers.get('content-security-policy') ?? '';
      expect(header).toContain(`connect-src 'self' ws://127.0.0.1:${port} wss://127.0.0.1:${port};`);
      expect(header).toContain("script-src 'self';");
      expect(header).toContain("frame-ancestors 'self'");
      expect(header).not.toMatch(/unsafe-eval|\*/);
    }
  });

  it(
    'lets every main screen run with no violation: title, chapter, election, count, results, sandbox, classroom, settings, credits, live host and phone',
    { timeout: 300_000 },
    async () => {
      const guarded = await openPage(browser, base, { locale: 'fr-FR' });
      const { page, context } = guarded;
      await watchPolicy(guarded);
      // Fast text and the service worker registered even under test automation (src/game/classroom/offline.ts).
      await context.addInitScript(() => {
        localStorage.setItem('democratie-et-crustaces.offline-test', 'on');
        if (localStorage.getItem('democratie-et-crustaces') === null)
          localStorage.setItem(
            'democratie-et-crustaces',
            JSON.stringify({
              version: 1,
              state: {
                settings: {
                  language: 'fr',
                  textSize: 'normal',
                  reducedMotion: true,
                  highContrast: false,
                  volume: 70,
                  textSpeed: 'instant',
                },
                progress: { chaptersDone: [], endings: {}, flags: {} },
                run: null,
              },
            }),
          );
      });
      await page.goto(`${base}/`);
      await waitForTitle(page);
      await page.waitForSelector('body[data-offline="registered"]', { timeout: 60_000 });
      await check(page, 'title', guarded);
      await page.locator('[data-control="title.chapters"]').focus();
      await page.keyboard.press('Enter');
      await waitForScene(page, 'chapters');
      await waitForFocus(page, 'chapters.1');
      await check(page, 'chapters', guarded);

      await page.evaluate(() => (location.hash = '#chapter/1'));
      await waitForScene(page, 'dialogue');
      await waitForFocus(page, 'dialogue.next');
      await check(page, 'dialogue', guarded);
      for (const scene of ['election', 'count', 'results']) {
        await playUntil(page, scene);
        await page.waitForSelector(`body[data-ready="${scene}"]`, { timeout: 60_000 });
        await check(page, scene, guarded);
      }

      await page.evaluate(() => (location.hash = '#sandbox/spoiler'));
      await page.waitForSelector('body[data-ready="sandbox"]', { timeout: 60_000 });
      // The Yee diagram twice: plurality (a shader, or the workers), then instant runoff (the workers).
      for (const method of ['plurality', 'irv']) {
        await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-control="sandbox.yee"]')?.click());
        await page.waitForFunction((m) => document.body.dataset.sandboxYee?.startsWith(`fine:${m}:`), method, {
          timeout: 90_000,
        });
      }
      await check(page, 'sandbox', guarded);

      for (const [hash, name] of [
        ['#classroom', 'classroom'],
        ['#settings', 'settings'],
        ['#credits', 'credits'],
      ]) {
        await page.evaluate((h) => (location.hash = h), hash);
        await waitForScene(page, name);
        await waitForFocus(page);
        await check(page, name, guarded);
      }

      // A live vote: the host screen opens a room over the WebSocket, a phone joins it.
      await page.evaluate(
        () => (location.hash = '#live/new?q=Quel%20abri%20%3F&options=Dune|R%C3%A9cif|Varech&kind=ranked'),
      );
      await page.waitForSelector('body[data-room-code]', { timeout: 120_000 });
      const code = (await page.evaluate(() => document.body.dataset.roomCode)) ?? '';
      await check(page, 'live-host', guarded);
      const phone = await openPage(browser, base, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
      await watchPolicy(phone);
      await phone.page.goto(`${base}/vote/${code}`);
      await phone.page.waitForSelector('body[data-ballot-state="ready"][data-connection="online"]', {
        timeout: 60_000,
      });
      await check(phone.page, 'phone', phone);
      expect(phone.consoleErrors).toEqual([]);
      await phone.context.close();

      expect(guarded.consoleErrors).toEqual([]);
      expect(guarded.foreignRequests).toEqual([]);
      expect(findings).toEqual([]);
      // The probe can fail: without the screen's heading and landmark, axe says so.
      await page.evaluate(() => {
        const main = document.getElementById('screen')!;
        for (const heading of document.querySelectorAll('h1')) heading.remove();
        main.replaceWith(...main.childNodes);
      });
      const broken = (await axeFindings(page)).join('\n');
      expect(broken).toContain('page-has-heading-one');
      expect(broken).toContain('landmark-one-main');
      await context.close();
    },
  );
});
