/**
 * The sandbox in a real browser: open `#sandbox/spoiler`, move a flag with the keyboard and
 * with the mouse, and check after each move that the live winners are exactly what the engine
 * counts for the same positions (counted here with src/sandbox); a shared link reopens the
 * same sandbox; a broken link is refused with a clear message; the Yee diagram arrives.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser.ts';
import { waitForProbe } from './game.ts';
import { encodeState } from '../../src/sandbox/codec.ts';
import { liveCount } from '../../src/sandbox/live.ts';
import { moveItem, type SandboxState } from '../../src/sandbox/model.ts';
import { openScenarioText } from '../../src/sandbox/open.ts';
import { computeYee } from '../../src/sandbox/yee/index.ts';
import { yeeChecksum as checksum } from '../../src/sandbox/yee/job.ts';
import { bigSpoiler } from '../../src/sandbox/testing/states.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function spoiler(): SandboxState {
  const opened = openScenarioText(readFileSync('scenarios/sandbox-spoiler.json', 'utf8'));
  if (!('state' in opened)) throw new Error('the spoiler preset does not open');
  return opened.state;
}

/** What the engine elects, method by method, with the flags where the page says they are. */
function engineWinners(state: SandboxState, positions: Record<string, number[]>): Record<string, readonly string[]> {
  let moved = state;
  for (const [id, position] of Object.entries(positions)) moved = moveItem(moved, { kind: 'flag', id }, position);
  return Object.fromEntries(liveCount(moved).lines.map((l) => [l.method, l.winners]));
}

async function shown(
  page: Page,
): Promise<{ positions: Record<string, number[]>; winners: Record<string, string[]>; updates: number }> {
  return page.evaluate(() => ({
    positions: JSON.parse(document.body.dataset.sandboxPositions ?? '{}') as Record<string, number[]>,
    winners: JSON.parse(document.body.dataset.sandboxWinners ?? '{}') as Record<string, string[]>,
    updates: Number(document.body.dataset.sandboxUpdates),
  }));
}

/** Page coordinates of a point of the plane (the canvas is scaled to fit the window). */
async function pagePoint(page: Page, position: readonly number[]): Promise<{ x: number; y: number }> {
  return page.evaluate((p) => {
    const box = JSON.parse(document.body.dataset.sandboxPlane ?? '{}') as {
      x: number;
      y: number;
      w: number;
      h: number;
      width: number;
    };
    const rect = document.querySelector('canvas')!.getBoundingClientRect();
    const scale = rect.width / box.width;
    return {
      x: rect.left + (box.x + (p[0] / 100) * box.w) * scale,
      y: rect.top + (box.y + box.h - (p[1] / 100) * box.h) * scale,
    };
  }, position);
}

/** Activates a control through its DOM twin (the keyboard's and screen readers' way in). */
async function press(page: Page, control: string): Promise<void> {
  await page.evaluate((id) => document.querySelector<HTMLButtonElement>(`[data-control="${id}"]`)?.click(), control);
}

/** The last change has reached the address (the share link's pending mark is gone): nothing moves any more. */
async function settled(page: Page): Promise<void> {
  await waitForProbe(page, 'sandboxLinkPending', null);
}

async function openSandbox(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="sandbox"]', { timeout: 40_000 });
  await page.waitForFunction(() => Number(document.body.dataset.sandboxUpdates) > 0);
}

describe('the sandbox', () => {
  it('counts exactly as the engine while a flag moves by keyboard and by mouse, and shares its state', async () => {
    const baseURL = inject('baseURL');
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, baseURL);
    const state = spoiler();
    await openSandbox(page, `${baseURL}#sandbox/spoiler`);
    let now = await shown(page);
    expect(now.positions).toEqual({ dune: [20, 20], kelp: [70, 65], wreck: [80, 75] });
    expect(now.winners).toEqual(engineWinners(state, now.positions));
    expect(now.winners.plurality).toEqual(['dune']);
    expect(await page.locator('[data-control="sandbox.method.plurality"]').textContent()).toMatch(/la dune.*≠/);
    await screenshot(page, 'sandbox-spoiler-fr');

    // Keyboard: Tab from the dune to the wreck, then Shift+Left six times (60 units west).
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.control)).toBe(
      'sandbox.flag:dune',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.control)).toBe(
      'sandbox.flag:wreck',
    );
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForFunction(() => document.body.dataset.sandboxPositions?.includes('"wreck":[20,75]'));
    await settled(page);
    now = await shown(page);
    expect(now.winners).toEqual(engineWinners(state, now.positions));
    expect(now.winners.plurality).toEqual(['kelp']);
    await screenshot(page, 'sandbox-keyboard-moved');

    // + adds a flag beside the selected one (and selects it), − takes it away again.
    await page.keyboard.press('+');
    await page.waitForFunction(() => document.body.dataset.sandboxPositions?.includes('flag-1'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.control)).toBe(
      'sandbox.flag:flag-1',
    );
    expect(Object.keys((await shown(page)).winners).length).toBeGreaterThan(10);
    await page.keyboard.press('-');
    await page.waitForFunction(() => !document.body.dataset.sandboxPositions?.includes('flag-1'));
    await page.evaluate(() =>
      document.querySelector<HTMLButtonElement>('[data-control="sandbox.flag:wreck"]')?.focus(),
    );

    // Mouse: drag the kelp forest by its foot to the far corner.
    const from = await pagePoint(page, [70, 65]);
    const to = await pagePoint(page, [90, 10]);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 25 });
    await page.mouse.up();
    await page.waitForFunction(() => !document.body.dataset.sandboxPositions?.includes('"kelp":[70,65]'));
    await settled(page);
    now = await shown(page);
    expect(Math.abs(now.positions.kelp[0] - 90)).toBeLessThanOrEqual(1);
    expect(Math.abs(now.positions.kelp[1] - 10)).toBeLessThanOrEqual(1);
    expect(now.winners).toEqual(engineWinners(state, now.positions));
    expect(now.winners.plurality).not.toEqual(['kelp']);
    await screenshot(page, 'sandbox-mouse-moved');

    // The address is the state: a new page opened on it shows the same sandbox.
    // The address follows a moment after the last change: wait until no change is pending.
    await page.waitForFunction(
      () =>
        document.body.dataset.sandboxLinkPending === undefined &&
        location.hash.startsWith('#sandbox/share/') &&
        location.hash.endsWith(document.body.dataset.sandboxLink ?? '-'),
    );
    const link = await page.evaluate(() => location.href);
    const other = await context.newPage();
    await openSandbox(other, link);
    const again = await shown(other);
    expect(again.positions).toEqual(now.positions);
    expect(again.winners).toEqual(now.winners);
    await other.close();

    // The download is a scenario file that opens as the same sandbox.
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'sandbox.download')]);
    const file = readFileSync((await download.path())!, 'utf8');
    const reopened = openScenarioText(file);
    if (!('state' in reopened)) throw new Error(JSON.stringify(reopened.problems));
    expect(Object.fromEntries(reopened.state.flags.map((f) => [f.id, f.position]))).toEqual(now.positions);
    expect(download.suggestedFilename()).toMatch(/^bac-a-sable-l-effet-spoiler\.json$/);

    // The full count of the same election (the count scenes), and back to the same sandbox.
    await press(page, 'sandbox.fullCount');
    await page.waitForSelector('body[data-ready="results"]', { timeout: 60_000 });
    const counted = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-control^="results.method."]')].map((b) => [
          b.dataset.method,
          (b.dataset.winners ?? '').split(','),
        ]),
      ),
    );
    for (const [method, winners] of Object.entries(counted))
      expect(winners, method).toEqual(now.winners[method as string]);
    await screenshot(page, 'sandbox-full-count');
    await page.keyboard.press('Enter'); // Continue, the results' first focus
    await page.waitForSelector('body[data-ready="sandbox"]', { timeout: 60_000 });
    await page.waitForFunction(() => Number(document.body.dataset.sandboxUpdates) > 0);
    expect((await shown(page)).positions).toEqual(now.positions);

    // Yee diagrams for the selected flag (the kelp forest), pixel for pixel as computed here:
    // plurality (on the GPU where WebGL2 is there), then instant runoff (in the workers).
    const moved = { ...state, flags: state.flags.map((f) => ({ ...f, position: now.positions[f.id] })) };
    for (const method of ['plurality', 'irv'] as const) {
      await press(page, 'sandbox.yee');
      await page.waitForFunction((m) => document.body.dataset.sandboxYee?.startsWith(`fine:${m}:kelp`), method, {
        timeout: 60_000,
      });
      const [, , , path, sum] = (await page.evaluate(() => document.body.dataset.sandboxYee ?? '')).split(':');
      console.log(`Yee ${method} drawn by ${path}`);
      expect(sum).toBe(checksum(computeYee({ state: moved, flag: 'kelp', method, width: 200, height: 200 }).codes));
      await screenshot(page, `sandbox-yee-${method}`);
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 240_000);

  it('keeps up with 200 voters and 6 flags while a flag is dragged', async () => {
    const baseURL = inject('baseURL');
    const { page, context, consoleErrors } = await openPage(browser, baseURL);
    const big = bigSpoiler();
    expect(big.crowds.reduce((n, c) => n + c.size, 0)).toBe(200);
    await openSandbox(page, `${baseURL}#sandbox/share/${encodeState(big)}`);
    const from = await pagePoint(page, [50, 45]);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    // The drag itself runs inside the page, one move per animation frame for two seconds, so
    // that the test's own round trips do not set the pace.
    const drag = await page.evaluate(
      ({ x, y }) =>
        new Promise<{ updates: number; frames: number; seconds: number; work: number }>((resolve) => {
          const canvas = document.querySelector('canvas')!;
          const before = Number(document.body.dataset.sandboxUpdates);
          const worked = Number(document.body.dataset.sandboxRefreshMs);
          const start = performance.now();
          let frames = 0;
          const step = (): void => {
            const t = (performance.now() - start) / 1000;
            frames++;
            canvas.dispatchEvent(
              new MouseEvent('mousemove', {
                clientX: x + 120 * Math.sin(t * 3),
                clientY: y + 90 * Math.sin(t * 2),
                buttons: 1,
                bubbles: true,
              }),
            );
            if (t < 2) requestAnimationFrame(step);
            else
              resolve({
                updates: Number(document.body.dataset.sandboxUpdates) - before,
                frames,
                seconds: t,
                work: Number(document.body.dataset.sandboxRefreshMs) - worked,
              });
          };
          requestAnimationFrame(step);
        }),
      from,
    );
    await page.mouse.up();
    await settled(page);
    const after = await shown(page);
    const refreshMs = drag.work / Math.max(1, drag.updates);
    console.log(
      `sandbox, 200 voters, 6 flags: ${(drag.updates / drag.seconds).toFixed(1)} live updates/s while dragging (${(drag.frames / drag.seconds).toFixed(1)} frames/s), ` +
        `${refreshMs.toFixed(1)} ms per update (count + redraw) → ${(1000 / refreshMs).toFixed(0)} updates/s possible`,
    );
    // Every frame of the drag shows a fresh count: the panel never falls behind the screen. (The
    // frame rate itself depends on the machine's load; the figures above go in the report.)
    expect(drag.updates).toBeGreaterThanOrEqual(0.5 * drag.frames - 2);
    expect(after.winners).toEqual(engineWinners(big, after.positions));
    await screenshot(page, 'sandbox-200-voters');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('refuses a broken link in English, says why, and falls back to an example', async () => {
    const baseURL = inject('baseURL');
    const { page, context, consoleErrors } = await openPage(browser, baseURL, { locale: 'en-GB' });
    const code = encodeState(spoiler());
    await openSandbox(page, `${baseURL}#sandbox/share/${code.slice(0, 40)}`);
    await page.waitForSelector('[data-control="sandbox.problems.close"]');
    const said = await page.locator('#a11y').textContent();
    expect(said).toMatch(/This sandbox cannot be opened/);
    expect(said).toMatch(/This link is damaged/);
    await screenshot(page, 'sandbox-broken-link-en');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-control="sandbox.problems.close"]', { state: 'detached' });
    expect((await shown(page)).winners.plurality).toEqual(['dune']);

    // A scenario file without an opinion plane is refused, with the file's name.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'sandbox.openFile')]);
    await chooser.setFiles({
      name: 'chapter-1.json',
      mimeType: 'application/json',
      buffer: readFileSync('scenarios/chapter-1-first-vote.json'),
    });
    await page.waitForSelector('[data-control="sandbox.problems.close"]');
    expect(await page.locator('#a11y').textContent()).toMatch(/has no opinion plane/);
    await press(page, 'sandbox.problems.close');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('lays itself out on a phone held upright, in one dimension', async () => {
    const baseURL = inject('baseURL');
    const { page, context, consoleErrors } = await openPage(browser, baseURL, { locale: 'en-GB' });
    await page.setViewportSize({ width: 540, height: 960 });
    await openSandbox(page, `${baseURL}#sandbox/centre-squeeze`);
    await press(page, 'sandbox.dimensions');
    await page.waitForFunction(() => /"maia":\[\d+\]/.test(document.body.dataset.sandboxPositions ?? ''));
    await settled(page);
    await screenshot(page, 'sandbox-portrait-1d-en');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
