#!/usr/bin/env node
// `npm test`: type-check, lint, every unit test and every browser test (headless Chromium),
// then one closing line "N passed, N failed" from the real counts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

/** The Chromium the browser tests drive; this script installs nothing (.ci/run does, in CI). */
function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.error(
    'The browser tests need Chromium and none was found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).\n' +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary, then run npm test again.',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
const check = (name, status) => {
  if (status === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed`);
  }
};

/**
 * Runs a check with its output held back, and prints that output in one block once it ends:
 * the static checks run side by side (they are independent) and their logs must not interleave.
 */
function runHeld(name, cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error}\n`)));
    child.on('close', (code) => {
      console.log(`▶ ${name}`);
      if (output.length > 0) process.stdout.write(Buffer.concat(output));
      resolve({ name, status: code ?? 1 });
    });
  });
}

const chromium = ensureChromium();
console.log('▶ type-check, lint and format, side by side');
const staticChecks = await Promise.all([
  runHeld('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  // The pure layers (the engine, the scenario model, the room contract) type-check without DOM or Node types.
  runHeld('type-check of the pure layers', bin('tsc'), ['--noEmit', '-p', 'tsconfig.pure.json']),
  runHeld('lint', bin('eslint'), ['.', '--max-warnings=0']),
  // One format for the code (Prettier, .prettierrc.json): `npm run format` writes it.
  runHeld('format', bin('prettier'), ['--check', '.', '--log-level=warn']),
]);
for (const { name, status } of staticChecks) check(name, status);

console.log('▶ unit and browser tests');
const reportDir = join(root, 'test-results');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });
const report = join(reportDir, 'vitest.json');
// --update=none: a snapshot that does not exist yet fails instead of being written.
const vitest = run(
  bin('vitest'),
  ['run', '--update=none', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    // No screenshots: nothing asserts on them, and each costs a capture (a browser test file run on
    // its own with vitest writes them, to be looked at).
    env: { CRUSTACES_SCREENSHOTS: 'off', ...process.env, CHROMIUM_PATH: chromium },
  },
);
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load has no tests to count: count it as a failure.
  failed += results.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  if (results.numPendingTests + results.numTodoTests > 0) {
    console.error(`✗ ${results.numPendingTests + results.numTodoTests} skipped or todo tests: nothing may be skipped`);
    failed += results.numPendingTests + results.numTodoTests;
  }
  if (results.numTotalTests === 0) failed++;
} else {
  console.error('✗ vitest wrote no report');
  failed++;
}
if (vitest.status !== 0 && failed === 0) failed++;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
