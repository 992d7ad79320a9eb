/**
 * Outcomes carry across chapters: a chapter may open on how an earlier one really ended
 * (`ended(chapter-1, forest)`, read from the endings the store keeps). Chapter 1 is played to
 * its different endings by the runner; chapter 2 then opens differently for each. Every such
 * condition of the shipped chapters names an earlier chapter and an ending it really has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { playThrough, type Answer, type EarlierEndings } from '../../src/scenario/runner.ts';
import type { ConditionInput, ScenarioData } from '../../src/scenario/schema.ts';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const files = readdirSync(dir).filter((f) => /^chapter-\d+-.*\.json$/.test(f));
const numberOf = (id: string): number => Number(/^chapter-(\d+)$/.exec(id)?.[1] ?? NaN);

function chapter(id: string): ScenarioData {
  const file = files.find((f) => f.startsWith(`${id}-`));
  expect(file, id).toBeDefined();
  return loadScenarioText(readFileSync(join(dir, file!), 'utf8')).scenario!;
}

/**
 * The endings a chapter reaches, each with the answers of one run that reaches it. The menus
 * (choices, rules) are explored depth-first, the last ones varying first, bounded by `maxRuns`;
 * questions get their answers in turn, as a player trying again would.
 */
function endingsReached(scenario: ScenarioData, maxRuns = 200): Map<string, Answer[]> {
  const found = new Map<string, Answer[]>();
  const stack: number[][] = [[]];
  for (let runs = 0; stack.length > 0 && runs < maxRuns; runs++) {
    const picks = stack.pop()!;
    const answers: Answer[] = [];
    const tries = new Map<number, number>();
    const made: number[] = []; // the picks at the menus of this run so far
    const { runner } = playThrough(scenario, []);
    while (runner.pending && answers.length < 150) {
      const p = runner.pending;
      let a: Answer;
      if (p.kind === 'choice' || p.kind === 'method') {
        // A menu met past the given picks: its other options are runs still to make.
        if (made.length >= picks.length) for (let i = 2; i <= p.options.length; i++) stack.push([...made, i]);
        a = made.length < picks.length ? picks[made.length] : 1;
        made.push(a);
      } else {
        const k = tries.get(p.step) ?? 0;
        tries.set(p.step, k + 1);
        a = p.options.length === 0 ? 0 : (k % p.options.length) + 1;
      }
      answers.push(a);
      runner.answer(a);
    }
    const ending = runner.state.ending;
    if (runner.state.finished && ending !== undefined && !found.has(ending)) found.set(ending, answers);
  }
  return found;
}

/** What the chapter says before the player's first answer. */
function opening(scenario: ScenarioData, earlier: EarlierEndings): string[] {
  const { runner } = playThrough(scenario, [], earlier);
  return runner.transcript.flatMap((e) => (e.type === 'say' ? [scenario.texts.fr[e.text]] : []));
}

/** Every `ended` condition in a value (steps, options, branches, answers…). */
function endedConditions(value: unknown, out: ConditionInput[] = []): ConditionInput[] {
  if (Array.isArray(value)) value.forEach((v) => endedConditions(v, out));
  else if (typeof value === 'object' && value !== null) {
    const c = value as ConditionInput;
    if (typeof c.ended === 'string') out.push(c);
    Object.values(value).forEach((v) => endedConditions(v, out));
  }
  return out;
}

describe('chapters that remember the earlier ones', () => {
  const first = chapter('chapter-1');
  const second = chapter('chapter-2');
  let reachedOnce: Map<string, Answer[]> | undefined;
  const reached = (): Map<string, Answer[]> => (reachedOnce ??= endingsReached(first));

  it('chapter 1 really reaches its three endings, by the engine’s counts', () => {
    expect([...reached().keys()].sort()).toEqual(['dune', 'forest', 'wreck']);
  });

  it('chapter 2 opens on what won in chapter 1: two different runs, two different openings', () => {
    const openings = new Map<string, string[]>();
    for (const [ending, answers] of reached()) {
      // The ending the store would keep is the one the run reached.
      expect(playThrough(first, answers).runner.state.ending).toBe(ending);
      openings.set(ending, opening(second, { 'chapter-1': ending }));
    }
    const texts = [...openings.values()].map((o) => o.join('\n'));
    expect(new Set(texts).size).toBe(openings.size);
    expect(openings.get('forest')!.join(' ')).toMatch(/varech/);
    expect(openings.get('forest')!.join(' ')).toMatch(/Lina a retiré son navire/);
    expect(openings.get('wreck')!.join(' ')).toMatch(/Filasse a retiré sa forêt/);
    expect(openings.get('dune')!.join(' ')).toMatch(/fait gagner la dune/);
    // Without chapter 1 played (a chapter opened from the list), the recap says only what always happened.
    const fresh = opening(second, {}).join(' ');
    expect(fresh).toMatch(/au vote d’essai/);
    expect(texts).not.toContain(opening(second, {}).join('\n'));
  });

  it('every ended(...) of the shipped chapters names an earlier chapter and one of its endings', () => {
    const all = files.map((f) => loadScenarioText(readFileSync(join(dir, f), 'utf8')).scenario!);
    const endings = new Map(
      all.map((s) => [s.id, new Set(s.steps.flatMap((st) => (st.type === 'end' && st.ending ? [st.ending] : [])))]),
    );
    let seen = 0;
    for (const s of all) {
      for (const c of endedConditions(s.steps)) {
        seen++;
        expect(numberOf(c.ended!), `${s.id}: ${c.ended}`).toBeLessThan(numberOf(s.id));
        expect([...(endings.get(c.ended!) ?? [])], `${s.id}: ended(${c.ended}, ${c.ending})`).toContain(c.ending);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(7);
  });

  it('the checker refuses an ended(...) without its ending, or on the chapter itself, saying where', () => {
    const broken = structuredClone(second);
    const say = broken.steps.findIndex((s) => s.type === 'say');
    broken.steps[say] = { ...broken.steps[say], if: { ended: 'chapter-1' } };
    broken.steps[say + 1] = { ...broken.steps[say + 1], if: { ended: 'chapter-2', ending: 'etrille' } };
    const { issues } = loadScenarioText(JSON.stringify(broken));
    const errors = issues.filter((i) => i.severity === 'error').map((i) => `${i.key} ${i.path.join('.')}`);
    expect(errors).toContain(`scenario.condition.needsEnding steps.${say}.if`);
    expect(errors).toContain(`scenario.condition.endedItself steps.${say + 1}.if.ended`);
  });
});
