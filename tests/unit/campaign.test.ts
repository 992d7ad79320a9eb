/**
 * Every shipped scenario (chapters and sandbox presets): it loads without error, its
 * expectations hold when the engine counts its ballots, and every branch a player can take
 * (explored breadth-first, bounded) plays to an end and reads in French and in English.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { checkExpectations } from '../../src/scenario/expectations.ts';
import { playThrough, type Answer } from '../../src/scenario/runner.ts';
import { renderTranscript } from '../../src/scenario/transcript.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const MAX_RUNS = 80;
const MAX_ANSWERS = 60;

function load(file: string): ScenarioData {
  const result = loadScenarioText(readFileSync(join(dir, file), 'utf8'));
  const errors = result.issues.filter((i) => i.severity === 'error');
  expect(errors, `${file}: ${JSON.stringify(errors.slice(0, 3))}`).toEqual([]);
  return result.scenario as ScenarioData;
}

/**
 * Replays allowed to the breadth-first walk: each replays the chapter from its start, and the
 * number of prefixes grows as the product of the options met (chapter 9's player ballot and its
 * search for a rule multiply it), so the work is bounded by replays, not by finished runs.
 */
const MAX_REPLAYS = 150;

/**
 * Answer lists that cover every option at every decision, breadth-first, up to MAX_RUNS runs
 * and MAX_REPLAYS replays; the prefixes still queued when the replays run out are then played
 * on to their end along the first option of each decision (a quiz asked again: its next answer).
 */
function explore(
  scenario: ScenarioData,
): { answers: Answer[]; finished: boolean; transcript: ReturnType<typeof playThrough>['runner']['transcript'] }[] {
  const runs: {
    answers: Answer[];
    finished: boolean;
    transcript: ReturnType<typeof playThrough>['runner']['transcript'];
  }[] = [];
  const queue: Answer[][] = [[]];
  let replays = 0;
  while (queue.length > 0 && runs.length < MAX_RUNS && replays < MAX_REPLAYS) {
    const answers = queue.shift() as Answer[];
    replays++;
    const { runner, refused } = playThrough(scenario, answers);
    expect(refused, `answers ${answers.join(',')} refused`).toBeUndefined();
    const pending = runner.pending;
    if (!pending || answers.length >= MAX_ANSWERS) {
      runs.push({ answers, finished: runner.state.finished, transcript: runner.transcript });
      continue;
    }
    const choices: Answer[] = pending.options.length > 0 ? pending.options.map((_, i) => i + 1) : [0];
    if (pending.kind === 'puzzle' && pending.options.length > 0) choices.push(0); // giving up is a path too
    for (const next of choices) queue.push([...answers, next]);
  }
  while (queue.length > 0 && runs.length < MAX_RUNS) {
    const answers = [...(queue.shift() as Answer[])];
    const { runner, refused } = playThrough(scenario, answers);
    expect(refused, `answers ${answers.join(',')} refused`).toBeUndefined();
    const tries = new Map<number, number>();
    while (runner.pending && answers.length < MAX_ANSWERS) {
      const p = runner.pending;
      const k = tries.get(p.step) ?? 0;
      tries.set(p.step, k + 1);
      answers.push(p.options.length === 0 ? 0 : (k % p.options.length) + 1);
      runner.answer(answers[answers.length - 1]);
    }
    runs.push({ answers, finished: runner.state.finished, transcript: runner.transcript });
  }
  return runs;
}

describe.each(files)('scenario %s', (file) => {
  const scenario = load(file);

  it('teaches what it claims: every expectation holds when the engine counts', () => {
    const failed = checkExpectations(scenario).filter((x) => !x.ok);
    expect(failed).toEqual([]);
  });

  it('plays to an end along every explored branch, in French and in English', () => {
    const runs = explore(scenario);
    expect(runs.length).toBeGreaterThan(0);
    // Every explored branch reaches an end: one that stops without one (a dead end) or still
    // asks after MAX_ANSWERS answers (a loop) is listed here by its answers.
    const unfinished = runs.filter((r) => !r.finished).map((r) => `answers [${r.answers.join(',')}]`);
    expect(unfinished, `${file}: branches that never reach an end`).toEqual([]);
    for (const run of runs) {
      expect(run.transcript.filter((e) => e.type === 'error')).toEqual([]);
      for (const lang of ['fr', 'en'] as const) {
        const text = renderTranscript(scenario, run.transcript, lang);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(0);
      }
    }
    // Each branch replays the chapter from its start (chapter 9 counts 8,980 real ballots many times).
  }, 240_000);

  it('has the same text keys in French and English', () => {
    expect(Object.keys(scenario.texts.en).sort()).toEqual(Object.keys(scenario.texts.fr).sort());
  });
});
