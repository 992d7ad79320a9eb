/**
 * `npm run scenario -- …` on chapter sources, as a teacher runs it, in a temporary folder:
 * new → play, a broken line reported as file:line:column, tag rewriting only when asked,
 * compile writing the JSON the loader accepts, and check on the shipped sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../src/scenario/load.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(tsx, [join(root, 'scripts/scenario.ts'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts the CLI several times (tsx compiles it each time): a roomy limit on a busy machine.
describe('scenario CLI on chapter sources', { timeout: 180_000 }, () => {
  it('new writes a chapter that plays at once; a second new refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapitre-'));
    expect(cli(dir, 'new', 'fete.chapitre').status).toBe(0);
    expect(cli(dir, 'new', 'fete.chapitre').status).toBe(1);
    const played = cli(dir, 'play', 'fete.chapitre', '--lang', 'en');
    expect(played.status).toBe(0);
    expect(played.stdout).toContain('[fr] la soupe 6, [fr] la salade d’algues 1');
    // French only: warnings that say where, never a refusal.
    expect(played.stderr).toMatch(
      /^fete\.chapitre:14:17: warning: No English yet for this line, which has no id: “npm run scenario -- tag” gives it one \(l[0-9a-z]+\)\.$/m,
    );
  });

  it('validate: a broken line is reported as file:line:column in the chosen language, exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapitre-'));
    cli(dir, 'new', 'fete.chapitre');
    const file = join(dir, 'fete.chapitre');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Lili (joyeuse):', 'Lilou (joyeuse):'));
    const fr = cli(dir, 'validate', 'fete.chapitre');
    expect(fr.status).toBe(1);
    expect(fr.stderr).toMatch(/^fete\.chapitre:14:1: «\u00a0Lilou\u00a0» n’est pas un personnage de ce chapitre/m);
    const en = cli(dir, 'validate', 'fete.chapitre', '--lang', 'en');
    expect(en.stderr).toMatch(/^fete\.chapitre:14:1: “Lilou” is not a character of this chapter/m);
  });

  it('tag adds line ids once; compile then writes the JSON beside the source, which the loader accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chapitre-'));
    cli(dir, 'new', 'fete.chapitre');
    const file = join(dir, 'fete.chapitre');
    const before = readFileSync(file, 'utf8');
    cli(dir, 'validate', 'fete.chapitre');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const tagged = cli(dir, 'tag', 'fete.chapitre', '--lang', 'en');
    expect(tagged.stdout).toContain('fete.chapitre: 6 lines given an id.');
    const after = readFileSync(file, 'utf8');
    expect(after.match(/ #line:l[0-9a-z]+$/gm)).toHaveLength(6);
    expect(cli(dir, 'tag', 'fete.chapitre', '--lang', 'en').stdout).toContain('0 lines');
    expect(readFileSync(file, 'utf8')).toBe(after);
    const id = /Votons pour le menu ! #line:(\S+)/.exec(after)?.[1];
    writeFileSync(join(dir, 'fete.en.txt'), `${id}: Let’s vote on the menu!\n`);
    const compiled = cli(dir, 'compile', 'fete.chapitre', '--lang', 'en');
    expect(compiled.status).toBe(0);
    const json = join(dir, 'fete.json');
    expect(existsSync(json)).toBe(true);
    const loaded = loadScenarioText(readFileSync(json, 'utf8'));
    expect(loaded.scenario?.texts.en[id ?? '']).toBe('Let’s vote on the menu!');
  });

  it('check counts the expectations of the shipped sources', () => {
    const out = cli(
      root,
      'check',
      'scenarios/chapter-2-two-rounds.chapitre',
      'scenarios/sandbox-spoiler.chapitre',
      '--lang',
      'en',
    );
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('2 scenarios checked, 20 expectations met.');
  });
});
