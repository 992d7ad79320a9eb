#!/usr/bin/env -S npx tsx
/**
 * npm run bench [-- --json] [-- --quick] [-- --only engine,yee,game]
 * Every speed and memory figure of the project, each part in its own process (so that one
 * part's memory does not weigh on the next):
 *  - engine (scripts/bench/engine.ts): every method on 1,000,000 ballots, 100,000 ballots over
 *    12 candidates, San Francisco 2011 and Meath 2002, and peak memory;
 *  - yee (scripts/bench/yee.ts): the Yee diagram 200×200 for plurality, instant runoff and
 *    Schulze (first coarse image, full resolution) and the sandbox's live recount;
 *  - game (scripts/bench/game.ts, headless Chromium): title-screen JavaScript (gzip), time to the
 *    first interactive title frame, frames per second with 300 voters in WebGL and Canvas, and
 *    live updates per second while a sandbox flag is dragged;
 *  - files (scripts/bench/files.ts): peak memory and time of `tally` reading generated CSV
 *    files of 30 MB and 100 MB (few distinct ballots) and 30 MB (500,000 distinct ballots);
 *  - sizes (scripts/bench/sizes.ts): the built JavaScript of the phone's ballot page, raw and
 *    gzip, against its 60 KB budget (OVER when over), and of the whole game.
 * --json prints one JSON object with every part's figures. --quick: smaller engine sizes and
 * fewer title loads.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PARTS = ['engine', 'yee', 'game', 'live', 'files', 'sizes'] as const;
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : [...PARTS];
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length > 0) {
  console.error(`npm run bench: unknown part ${unknown.join(', ')} (the parts are ${PARTS.join(', ')})`);
  process.exit(2);
}

const figures: Record<string, unknown> = {};
let failed = 0;
for (const part of PARTS.filter((p) => only.includes(p))) {
  const script = fileURLToPath(new URL(`./bench/${part}.ts`, import.meta.url));
  const args = [
    ...(json ? ['--json'] : []),
    ...(quick && part === 'engine' ? ['--quick'] : []),
    ...(quick && part === 'game' ? ['--loads', '3'] : []),
    ...(quick && part === 'live' ? ['--quick'] : []),
    ...(quick && part === 'files' ? ['--quick'] : []),
  ];
  if (!json) console.log(`\n== ${part} ==`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: json ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    failed++;
    console.error(`npm run bench: the ${part} part stopped (exit ${run.status ?? run.signal})`);
    continue;
  }
  if (json) Object.assign(figures, JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}'));
}
if (json) console.log(JSON.stringify(figures, null, 2));
process.exitCode = failed > 0 ? 1 : 0;
