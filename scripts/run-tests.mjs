#!/usr/bin/env node
// `npm test`: type-check, lint, every unit test and every browser test (headless Chromium),
// then one closing line "N passed, N failed" from the real counts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

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
 * Runs a check with its output held back, and prints that output in one block once it ends (or,
 * with `later`, when the caller calls `print`): the static checks run side by side (they are
 * independent) and their logs must not interleave.
 */
function runHeld(name, cmd, args, { env = process.env, later = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error}\n`)));
    child.on('close', (code) => {
      const print = () => {
        console.log(`▶ ${name}`);
        if (output.length > 0) process.stdout.write(Buffer.concat(output));
      };
      if (!later) print();
      resolve({ name, status: code ?? 1, print });
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

console.log('▶ unit, browser and server tests');
const reportDir = join(root, 'test-results');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });
// No screenshots: nothing asserts on them, and each costs a capture (a browser test file run on
// its own with vitest writes them, to be looked at).
const env = { CRUSTACES_SCREENSHOTS: 'off', ...process.env, CHROMIUM_PATH: chromium };
// --update=none: a snapshot that does not exist yet fails instead of being written.
const vitestArgs = (report, projects) => [
  'run',
  '--update=none',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
];
/**
 * The server tests (one file at a time, mostly waiting on child processes, sockets and Redis)
 * run in a vitest of their own beside the unit and browser tests: in one vitest they would be a
 * group of their own, started only once the last browser test ends, one core left idle meanwhile.
 * Their output is held back and printed after the others', so that the two logs do not interleave.
 */
const suites = [
  { name: 'server tests', report: join(reportDir, 'vitest-server.json'), projects: ['server'] },
  { name: 'unit and browser tests', report: join(reportDir, 'vitest.json'), projects: ['unit', 'e2e'] },
];
const [server, main] = suites;
const serverRun = runHeld(server.name, bin('vitest'), vitestArgs(server.report, server.projects), {
  env,
  later: true,
});
const mainRun = new Promise((resolve) => {
  const child = spawn(bin('vitest'), vitestArgs(main.report, main.projects), { cwd: root, stdio: 'inherit', env });
  child.on('error', (error) => console.error(String(error)));
  child.on('close', (code) => resolve({ name: main.name, status: code ?? 1 }));
});
const statuses = await Promise.all([serverRun, mainRun]);
statuses[0].print();
for (const [i, { name, report }] of suites.entries()) {
  if (!existsSync(report)) {
    console.error(`✗ vitest wrote no report for the ${name}`);
    failed++;
    continue;
  }
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load has no tests to count: count it as a failure.
  failed += results.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  if (results.numPendingTests + results.numTodoTests > 0) {
    console.error(
      `✗ ${results.numPendingTests + results.numTodoTests} skipped or todo ${name}: nothing may be skipped`,
    );
    failed += results.numPendingTests + results.numTodoTests;
  }
  if (results.numTotalTests === 0) failed++;
  if (statuses[i].status !== 0 && failed === 0) failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
