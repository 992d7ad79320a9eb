/** `npm run scenario -- …` as a teacher runs it: exit codes and file:line: messages. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function scenarioCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(tsx, ['scripts/scenario.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scenario CLI', () => {
  it('validate: a broken file gets file:line:column: message (path) and exit code 1', () => {
    const out = scenarioCli(
      'validate',
      'tests/scenarios/broken/unknown-speaker.json',
      'scenarios/sample-first-vote.json',
      '--lang',
      'en',
    );
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(
      /^tests\/scenarios\/broken\/unknown-speaker\.json:\d+:\d+: Nobody is called “nemo” in the cast\. \(steps\[1\]\.speaker\)$/m,
    );
    expect(out.stderr).not.toContain('sample-first-vote');
  });

  it('validate: a 10 MB file is refused by its size, with a message and no crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const file = join(dir, 'huge.json');
    writeFileSync(file, `{"formatVersion":1,"x":"${'a'.repeat(10 * 1024 * 1024)}"}`);
    const out = scenarioCli('validate', file);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('huge.json: Le fichier est trop gros');
  });

  it('play: prints the transcript with the counts, in English', () => {
    const out = scenarioCli('play', 'scenarios/sample-first-vote.json', '--choices', '1,2,2', '--lang', 'en');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('== Vote “three-way”: A new vote with all three plans.');
    expect(out.stdout).toContain('The sand castle 8, the kelp forest 7, the dune shelter 5');
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
      'THE END. The sand castle is chosen, but the beach is not happy.',
    );
  });

  it('play: a refused answer names its number, exit code 1', () => {
    const out = scenarioCli('play', 'scenarios/sample-first-vote.json', '--choices', '7', '--lang', 'en');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('Answer no. 1 is refused: Answer 7 is not possible: choose from 1 to 2.');
  });

  it('check: every expectation of the given scenarios holds', () => {
    const out = scenarioCli(
      'check',
      'scenarios/sample-first-vote.json',
      'tests/scenarios/puzzles.json',
      '--lang',
      'en',
    );
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('2 scenarios checked, 9 expectations met.');
  });
});
