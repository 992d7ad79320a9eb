/**
 * No menu with a single option: a choice (or a rule to pick) that offers only one thing is no
 * choice at all (issue 15). Every chapter is explored breadth-first over its menus — each option
 * of each choice and rule, bounded by MAX_RUNS replays — with quizzes and puzzles answered in
 * turn as the default path does; every menu met on the way must offer at least two options.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { playThrough, type Answer } from '../../src/scenario/runner.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const chapters = readdirSync(dir)
  .filter((f) => /^chapter-\d+-.*\.json$/.test(f))
  .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
/** Replays per chapter (each replays from the start; the hubs of chapter 1 have many orders). */
const MAX_RUNS = 150;
const MAX_ANSWERS = 120;

interface Menu {
  readonly step: string;
  readonly options: readonly string[];
  readonly answers: string;
}

/** Menus met with fewer than two options, and how many branches were explored. */
function singleOptionMenus(scenario: ScenarioData): { found: Menu[]; runs: number } {
  const found: Menu[] = [];
  const queue: Answer[][] = [[]];
  let runs = 0;
  while (queue.length > 0 && runs < MAX_RUNS) {
    const answers = [...queue.shift()!];
    runs++;
    const tries = new Map<number, number>();
    const { runner } = playThrough(scenario, answers);
    while (runner.pending && answers.length < MAX_ANSWERS) {
      const p = runner.pending;
      if (p.kind === 'choice' || p.kind === 'method') {
        if (p.options.length < 2)
          found.push({
            step: scenario.steps[p.step].id ?? String(p.step),
            options: p.options,
            answers: answers.join(','),
          });
        // The other options are explored later; this run goes on with the first.
        for (let i = 2; i <= p.options.length; i++) queue.push([...answers, i]);
        answers.push(1);
      } else {
        const k = tries.get(p.step) ?? 0;
        tries.set(p.step, k + 1);
        answers.push(p.options.length === 0 ? 0 : (k % p.options.length) + 1);
      }
      runner.answer(answers[answers.length - 1]);
    }
    expect(runner.state.finished, `${scenario.id} [${answers.join(',')}] ends`).toBe(true);
  }
  return { found, runs };
}

describe('menus', () => {
  it.each(chapters)('%s never offers a single option', (file) => {
    const scenario = loadScenarioText(readFileSync(join(dir, file), 'utf8')).scenario!;
    const { found, runs } = singleOptionMenus(scenario);
    expect(runs).toBeGreaterThan(1);
    expect(found.slice(0, 5)).toEqual([]);
  });
});
