/**
 * Frames per second in the Election scene with N animated voters (300 by default), in WebGL and
 * in Canvas, measured in headless Chromium while the ballots travel to the box.
 *
 *   npx tsx scripts/bench-game-fps.ts [--voters 300] [--seconds 4] [--json] [--no-build]
 *
 * Builds the game (bench/election.html is a build input) unless --no-build, serves dist/ with
 * vite preview on 127.0.0.1, and counts requestAnimationFrame callbacks in the page (the same
 * frames Phaser draws). Headless Chromium draws WebGL with SwiftShader on the CPU: compare the
 * two figures and builds with each other, not with a real GPU.
 */
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];
const RENDERERS = ['webgl', 'canvas'] as const;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

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

export interface FpsResult {
  readonly renderer: (typeof RENDERERS)[number];
  readonly voters: number;
  readonly seconds: number;
  readonly fps: number;
  /** What Phaser itself reports (its loop's smoothed figure). */
  readonly phaserFps: number;
}

async function main(): Promise<void> {
  const voters = option('voters', 300);
  const seconds = option('seconds', 4);
  const json = process.argv.includes('--json');
  const outDir = mkdtempSync(join(tmpdir(), 'crustaces-fps-'));
  if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true }, build: { outDir: process.argv.includes('--no-build') ? 'dist' : outDir }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  const results: FpsResult[] = [];
  try {
    for (const renderer of RENDERERS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${port}/bench/election.html?voters=${voters}&renderer=${renderer}`);
      await page.waitForSelector('body[data-count-ready="election"]', { state: 'attached', timeout: 60_000 });
      const used = (await page.evaluate('document.body.dataset.renderer')) as string;
      // The ballots start leaving 300 ms after the scene is ready; measure while they travel.
      // A string, not a function: tsx would add its own helpers to a function's source.
      const measured = (await page.evaluate(`new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now) => {
          frames++;
          if (now - start < ${seconds * 1000}) requestAnimationFrame(tick);
          else resolve({ frames, elapsed: now - start });
        };
        requestAnimationFrame(tick);
      })`)) as { frames: number; elapsed: number };
      const phaserFps = (await page.evaluate('window.benchFps ? window.benchFps() : 0')) as number;
      if (errors.length > 0) throw new Error(`${renderer}: ${errors.join('; ')}`);
      if (used !== renderer) throw new Error(`asked for ${renderer}, the page runs ${used}`);
      results.push({ renderer, voters, seconds, fps: Math.round((measured.frames * 10000) / measured.elapsed) / 10, phaserFps: Math.round(phaserFps * 10) / 10 });
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  if (json) console.log(JSON.stringify({ bench: 'election-fps', results }, null, 2));
  else for (const r of results) console.log(`Election scene, ${r.voters} voters, ${r.renderer.padEnd(6)}: ${r.fps} fps (Phaser says ${r.phaserFps}) over ${r.seconds} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
