#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/bench/sizes.ts [--json]
 * The weight of the built JavaScript, from a production build (no browser, no clock: the same
 * build gives the same figures):
 *  - the phone's ballot page (vote.html): its scripts and every chunk they import, raw and gzip -9,
 *    against its budget (a phone on a school's Wi-Fi loads it while the class waits);
 *  - the whole game: every script of the build, raw and gzip -9.
 * A figure over its budget is printed with OVER.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildGame } from '../serve-build.ts';
import { pageScripts } from './page-scripts.ts';

const json = process.argv.includes('--json');
const PHONE_PAGE_BUDGET_KB = 60;

interface Weight {
  readonly files: number;
  readonly rawKb: number;
  readonly gzipKb: number;
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

function weigh(outDir: string, files: readonly string[]): Weight {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, rawKb: kb(raw), gzipKb: kb(gzip) };
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'crustaces-sizes-'));
  try {
    if (!json) console.log('building…');
    await buildGame(outDir);
    const phone = weigh(outDir, pageScripts(outDir, 'vote.html'));
    const everyScript = readdirSync(join(outDir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`);
    const game = weigh(outDir, everyScript);
    const over = phone.gzipKb > PHONE_PAGE_BUDGET_KB;
    if (json) {
      console.log(
        JSON.stringify({ sizes: { phonePage: { ...phone, budgetGzipKb: PHONE_PAGE_BUDGET_KB, over }, game } }),
      );
      return;
    }
    const verdict = over ? `OVER by ${kb((phone.gzipKb - PHONE_PAGE_BUDGET_KB) * 1024)} KB` : 'ok';
    console.log(
      `phone ballot page JavaScript: ${phone.gzipKb} KB gzip, ${phone.rawKb} KB raw, in ${phone.files} files (budget ≤ ${PHONE_PAGE_BUDGET_KB} KB gzip) ${verdict}`,
    );
    console.log(`the whole game's JavaScript: ${game.gzipKb} KB gzip, ${game.rawKb} KB raw, in ${game.files} files`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
