#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/bench-game.ts [--json] [--loads N]: the game's first download and first frame.
 *
 * Builds the game into a temporary folder, serves it with `vite preview` on 127.0.0.1, and loads
 * it N times (7 by default) in headless Chromium, each time in a fresh context (empty cache):
 *  - title JavaScript: every script the page fetched before the title screen was interactive,
 *    gzip -9 sizes summed (target ≤ 250 KB; the rest of the game loads after that moment);
 *  - time to the first interactive title frame: from navigation start to the frame where the
 *    title's buttons exist and have the focus (the page records performance.now() then), median.
 * The same figures come out as JSON with --json (`npm run bench` merges them).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const json = process.argv.includes('--json');
const loadsArg = process.argv.indexOf('--loads');
const loads = loadsArg > 0 ? Math.max(1, Number(process.argv[loadsArg + 1]) || 7) : 7;
const TITLE_BUDGET_KB = 250;
const INTERACTIVE_BUDGET_MS = 1500;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const gzipped = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

interface Load {
  readonly interactiveMs: number;
  readonly titleScripts: readonly string[];
  readonly laterScripts: readonly string[];
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'crustaces-bench-'));
  const log = (line: string): void => {
    if (!json) console.log(line);
  };
  log('building…');
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'error' });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
  });
  const results: Load[] = [];
  try {
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
      log(`load ${i + 1}: interactive after ${seen.readyAt} ms (${seen.marks.map((m) => `${m.name.replace('crustaces:', '')} ${m.at}`).join(', ')})`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // The scripts needed by every load (a script that sometimes races ahead of the first frame is counted).
  const title = [...new Set(results.flatMap((r) => r.titleScripts))].sort();
  const later = [...new Set(results.flatMap((r) => r.laterScripts))].filter((s) => !title.includes(s)).sort();
  const sizes = Object.fromEntries([...title, ...later].map((name) => [name, gzipped(join(outDir, 'assets', name))]));
  const titleKb = title.reduce((sum, name) => sum + sizes[name], 0) / 1024;
  const interactive = median(results.map((r) => r.interactiveMs));
  rmSync(outDir, { recursive: true, force: true });
  const figures = {
    titleJsGzipKb: Math.round(titleKb * 10) / 10,
    titleJsBudgetKb: TITLE_BUDGET_KB,
    titleScripts: Object.fromEntries(title.map((n) => [n, Math.round((sizes[n] / 1024) * 10) / 10])),
    afterTitleScripts: Object.fromEntries(later.map((n) => [n, Math.round((sizes[n] / 1024) * 10) / 10])),
    titleInteractiveMs: Math.round(interactive),
    titleInteractiveBudgetMs: INTERACTIVE_BUDGET_MS,
    loads: results.map((r) => r.interactiveMs),
  };
  if (json) {
    console.log(JSON.stringify({ game: figures }, null, 2));
    return;
  }
  console.log('');
  console.log(`title-screen JavaScript: ${figures.titleJsGzipKb} KB gzip (target ≤ ${TITLE_BUDGET_KB} KB)`);
  for (const [name, kb] of Object.entries(figures.titleScripts)) console.log(`  ${kb.toFixed(1).padStart(7)} KB  ${name}`);
  console.log(`loaded after the title is interactive: ${later.length} scripts, ${(later.reduce((s, n) => s + sizes[n], 0) / 1024).toFixed(1)} KB gzip`);
  console.log(`first interactive title frame: ${figures.titleInteractiveMs} ms median of ${loads} loads (target ≤ ${INTERACTIVE_BUDGET_MS} ms; loads: ${figures.loads.join(', ')})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
