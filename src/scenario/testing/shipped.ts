/**
 * The shipped chapters, for unit tests: one read from scenarios/, and one played to its end the
 * way a player taking answers in turn would (the next answer each time a question comes back; a
 * puzzle played on its own board, which offers nothing to pick, given up with 0).
 */
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../load.ts';
import { ScenarioRunner } from '../runner.ts';
import type { ScenarioData } from '../schema.ts';

/** A shipped chapter, compiled (`name`: its file under scenarios/ without `.json`). */
export function shippedChapter(name: string): ScenarioData {
  const file = new URL(`../../../scenarios/${name}.json`, import.meta.url);
  const loaded = loadScenarioText(readFileSync(file, 'utf8'));
  if (!loaded.scenario) throw new Error(`scenarios/${name}.json does not load`);
  return loaded.scenario;
}

/** Plays `scenario` to its end, each question answered in turn; at most `answers` answers. */
export function playedInTurn(scenario: ScenarioData, answers = 200): ScenarioRunner {
  const runner = new ScenarioRunner(scenario);
  const asked = new Map<number, number>();
  for (let n = 0; runner.pending && n < answers; n++) {
    const { step, options } = runner.pending;
    const times = asked.get(step) ?? 0;
    asked.set(step, times + 1);
    runner.answer(options.length === 0 ? 0 : (times % options.length) + 1);
  }
  return runner;
}
