#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/bench/game.ts [--json] [--loads N] [--voters 300] [--seconds 4]
 * The game in headless Chromium (Debian's), on a production build served on 127.0.0.1:
 *  - title JavaScript: every script fetched before the title screen was interactive, gzip -9
 *    sizes summed (target ≤ 250 KB; the rest of the game loads after that moment), over N loads
 *    (7 by default), each in a fresh context (empty cache);
 *  - time to the first interactive title frame: from navigation start to the frame where the
 *    title's buttons exist and hold the focus (the page records performance.now() then), median;
 *  - frames per second in the Election scene with 300 animated voters, WebGL and Canvas,
 *    counted with requestAnimationFrame while the ballots travel (bench/election.html, in a build
 *    of its own: the game's build leaves it out);
 *  - the sandbox with 200 voters and 6 flags, a flag dragged one move per frame for 3 s: live
 *    updates per second, and the milliseconds of one update (count + redraw), per renderer.
 * Headless Chromium draws WebGL with SwiftShader on the CPU: compare its figures with each
 * other and with earlier runs, not with a real GPU.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { encodeState } from '../../src/sandbox/codec.ts';
import { bigSpoiler } from '../../src/sandbox/testing/states.ts';
import { serveBuild } from '../serve-build.ts';
import { median, option } from './shared.ts';

const json = process.argv.includes('--json');
const TITLE_BUDGET_KB = 250;
const INTERACTIVE_BUDGET_MS = 1500;
const RENDERERS = ['webgl', 'canvas'] as const;
type Renderer = (typeof RENDERERS)[number];
const log = (line: string): void => {
  if (!json) console.log(line);
};

interface Load {
  readonly interactiveMs: number;
  readonly titleScripts: readonly string[];
  readonly laterScripts: readonly string[];
}

async function titleLoads(browser: Browser, url: string, loads: number): Promise<Load[]> {
  const results: Load[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="title"]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    // Page time (from navigation start) of the title's first interactive frame, of each script
    // request, and of the steps on the way (the game's performance marks).
    const seen = await page.evaluate(() => ({
      readyAt: Number(document.body.dataset.readyAt),
      renderer: document.body.dataset.renderer ?? '?',
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })),
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: Math.round(m.startTime) })),
    }));
    // What was requested after the title was interactive (the store, the teaser) is not title JavaScript.
    results.push({
      interactiveMs: seen.readyAt,
      titleScripts: seen.scripts.filter((x) => x.start <= seen.readyAt).map((x) => basename(x.name)),
      laterScripts: seen.scripts.filter((x) => x.start > seen.readyAt).map((x) => basename(x.name)),
    });
    log(
      `  load ${i + 1} (${seen.renderer}): interactive after ${seen.readyAt} ms (${seen.marks.map((m) => `${m.name.replace('crustaces:', '')} ${m.at}`).join(', ')})`,
    );
    await context.close();
  }
  return results;
}

/** Counts requestAnimationFrame callbacks for `seconds` (a string: tsx would wrap a function's source). */
const countFrames = (seconds: number): string => `new Promise((resolve) => {
  let frames = 0;
  const start = performance.now();
  const tick = (now) => {
    frames++;
    if (now - start < ${seconds * 1000}) requestAnimationFrame(tick);
    else resolve({ frames, elapsed: now - start });
  };
  requestAnimationFrame(tick);
})`;

async function electionFps(
  browser: Browser,
  url: string,
  renderer: Renderer,
  voters: number,
  seconds: number,
): Promise<{ fps: number; phaserFps: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}bench/election.html?voters=${voters}&renderer=${renderer}`);
  await page.waitForSelector('body[data-count-ready="election"]', { state: 'attached', timeout: 60_000 });
  const used = await page.evaluate(() => document.body.dataset.renderer);
  // The ballots start leaving 300 ms after the scene is ready: measure while they travel.
  const measured = (await page.evaluate(countFrames(seconds))) as { frames: number; elapsed: number };
  const phaserFps = (await page.evaluate('window.benchFps ? window.benchFps() : 0')) as number;
  await context.close();
  if (errors.length > 0) throw new Error(`${renderer}: ${errors.join('; ')}`);
  if (used !== renderer) throw new Error(`asked for ${renderer}, the page runs ${used}`);
  return { fps: round1((measured.frames * 1000) / measured.elapsed), phaserFps: round1(phaserFps) };
}

interface DragFigures {
  readonly updatesPerSecond: number;
  readonly framesPerSecond: number;
  readonly msPerUpdate: number;
}

async function sandboxDrag(browser: Browser, url: string, renderer: Renderer, seconds: number): Promise<DragFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${url}?renderer=${renderer}#sandbox/share/${encodeState(bigSpoiler())}`);
  await page.waitForSelector('body[data-ready="sandbox"]', { timeout: 60_000 });
  await page.waitForFunction(() => Number(document.body.dataset.sandboxUpdates) > 0);
  await page.waitForTimeout(1000); // the first Yee diagram settles
  // The flag "pool" at (50, 45) on the plane, in page pixels.
  const from = await page.evaluate(() => {
    const box = JSON.parse(document.body.dataset.sandboxPlane ?? '{}') as {
      x: number;
      y: number;
      w: number;
      h: number;
      width: number;
    };
    const rect = document.querySelector('canvas')!.getBoundingClientRect();
    const scale = rect.width / box.width;
    return { x: rect.left + (box.x + 0.5 * box.w) * scale, y: rect.top + (box.y + box.h - 0.45 * box.h) * scale };
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // One move per animation frame, inside the page, so that no round trip sets the pace.
  const drag = (await page.evaluate(`new Promise((resolve) => {
    const canvas = document.querySelector('canvas');
    const before = Number(document.body.dataset.sandboxUpdates);
    const worked = Number(document.body.dataset.sandboxRefreshMs);
    const start = performance.now();
    let frames = 0;
    const step = () => {
      const t = (performance.now() - start) / 1000;
      frames++;
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: ${from.x} + 120 * Math.sin(t * 3), clientY: ${from.y} + 90 * Math.sin(t * 2), buttons: 1, bubbles: true }));
      if (t < ${seconds}) requestAnimationFrame(step);
      else resolve({ updates: Number(document.body.dataset.sandboxUpdates) - before, frames, seconds: t, work: Number(document.body.dataset.sandboxRefreshMs) - worked });
    };
    requestAnimationFrame(step);
  })`)) as { updates: number; frames: number; seconds: number; work: number };
  await page.mouse.up();
  await context.close();
  return {
    updatesPerSecond: round1(drag.updates / drag.seconds),
    framesPerSecond: round1(drag.frames / drag.seconds),
    msPerUpdate: round1(drag.work / Math.max(1, drag.updates)),
  };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;
const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

async function main(): Promise<void> {
  const loads = option('loads', 7);
  const voters = option('voters', 300);
  const seconds = option('seconds', 4);
  log('building…');
  // The game's own build for the title and the sandbox; the bench page (a build of its own, with
  // bench/election.html) for the Election scene: an extra entry would change the game's chunks.
  const site = await serveBuild();
  const benchSite = await serveBuild({ bench: true });
  const browser = await launchBrowser();
  try {
    log('title screen, fresh cache each load:');
    const results = await titleLoads(browser, site.url, loads);
    // The scripts needed by any load (a script that sometimes races ahead of the first frame is counted).
    const title = [...new Set(results.flatMap((r) => r.titleScripts))].sort();
    const later = [...new Set(results.flatMap((r) => r.laterScripts))].filter((s) => !title.includes(s)).sort();
    const sizes = Object.fromEntries(
      [...title, ...later].map((name) => [
        name,
        gzipSync(readFileSync(join(site.outDir, 'assets', name)), { level: 9 }).length,
      ]),
    );
    const fps: Record<string, { fps: number; phaserFps: number }> = {};
    const sandbox: Record<string, DragFigures> = {};
    for (const renderer of RENDERERS) {
      fps[renderer] = await electionFps(browser, benchSite.url, renderer, voters, seconds);
      sandbox[renderer] = await sandboxDrag(browser, site.url, renderer, 3);
    }
    const figures = {
      titleJsGzipKb: kb(title.reduce((sum, name) => sum + sizes[name], 0)),
      titleJsBudgetKb: TITLE_BUDGET_KB,
      titleScripts: Object.fromEntries(title.map((n) => [n, kb(sizes[n])])),
      afterTitleJsGzipKb: kb(later.reduce((sum, name) => sum + sizes[name], 0)),
      titleInteractiveMs: Math.round(median(results.map((r) => r.interactiveMs))),
      titleInteractiveBudgetMs: INTERACTIVE_BUDGET_MS,
      loads: results.map((r) => r.interactiveMs),
      election: { voters, seconds, fps },
      sandbox: { voters: 200, flags: 6, target: 30, ...sandbox },
    };
    if (json) {
      console.log(JSON.stringify({ game: figures }));
      return;
    }
    const ok = (good: boolean): string => (good ? 'ok' : 'OVER');
    console.log(
      `title-screen JavaScript: ${figures.titleJsGzipKb} KB gzip (target ≤ ${TITLE_BUDGET_KB} KB) ${ok(figures.titleJsGzipKb <= TITLE_BUDGET_KB)}`,
    );
    for (const [name, size] of Object.entries(figures.titleScripts))
      console.log(`  ${size.toFixed(1).padStart(7)} KB  ${name}`);
    console.log(
      `loaded after the title is interactive: ${later.length} scripts, ${figures.afterTitleJsGzipKb} KB gzip`,
    );
    console.log(
      `first interactive title frame: ${figures.titleInteractiveMs} ms, median of ${loads} loads (target ≤ ${INTERACTIVE_BUDGET_MS} ms) ${ok(figures.titleInteractiveMs <= INTERACTIVE_BUDGET_MS)}`,
    );
    for (const r of RENDERERS)
      console.log(
        `Election scene, ${voters} voters, ${r.padEnd(6)}: ${fps[r].fps} fps (Phaser's loop says ${fps[r].phaserFps}) over ${seconds} s`,
      );
    for (const r of RENDERERS) {
      const s = sandbox[r];
      console.log(
        `sandbox drag, 200 voters, 6 flags, ${r.padEnd(6)}: ${s.updatesPerSecond} live updates/s at ${s.framesPerSecond} frames/s; ${s.msPerUpdate} ms per update (count + redraw)`,
      );
    }
  } finally {
    await browser.close();
    await site.close();
    await benchSite.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
