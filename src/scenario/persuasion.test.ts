import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from './load.ts';
import { ScenarioRunner } from './runner.ts';
import type { ScenarioData } from './schema.ts';
import { loadChapterSource } from './source/load-source.ts';
import { shippedCast } from './source/testing/scenario-files.ts';
import { parseEffects, printEffects } from './source/conditions.ts';

const chapter3 = (): ScenarioData =>
  loadScenarioText(readFileSync('scenarios/chapter-3-instant-runoff.json', 'utf8')).scenario!;

/** Plays a chapter: `pick` answers the choice offering `key`, anything else gets its first answer (the next one on a retry). */
function play(scenario: ScenarioData, key: string, pick: string): ScenarioRunner {
  const runner = new ScenarioRunner(scenario);
  const tries = new Map<number, number>();
  for (let n = 0; runner.pending && n < 200; n++) {
    const p = runner.pending;
    const options: readonly string[] = p.options;
    const at = options.indexOf(pick);
    if (options.includes(key) && at >= 0) {
      runner.answer(at + 1);
      continue;
    }
    const k = tries.get(p.step) ?? 0;
    tries.set(p.step, k + 1);
    runner.answer(p.options.length === 0 ? 0 : (k % p.options.length) + 1);
  }
  expect(runner.state.finished).toBe(true);
  return runner;
}

const winners = (r: ScenarioRunner, id: string): readonly string[] | undefined =>
  r.election(id)?.counted.counts[0].winners;

describe('persuading the twins in chapter 3 (the rally)', () => {
  it('changes the real vote: the engine counts the edited electorate, and the soup loses', () => {
    const helped = play(chapter3(), 's4.rally.help', 's4.rally.help');
    const calm = play(chapter3(), 's4.rally.help', 's4.rally.neutral');
    // The same electorate ("before"), the same rule: only the persuasion differs.
    expect(winners(calm, 'final')).toEqual(['soup']);
    expect(winners(helped, 'final')).toEqual(['salad']);
    expect(helped.state.ending).toBe('salad');
    expect(calm.state.ending).toBe('soup');
    // The twins' ballots as counted: soup first after the rally, fritters first without it.
    const twins = (r: ScenarioRunner, id: string) =>
      r
        .election(id)!
        .counted.ballots.ranked!.filter((b) => b.voter === 'kriek' || b.voter === 'krak')
        .map((b) => b.cast);
    for (const b of twins(helped, 'final'))
      expect(b).toEqual({ kind: 'ranked', ranking: [['soup'], ['fritters'], ['salad']] });
    for (const b of twins(calm, 'final'))
      expect(b).toEqual({ kind: 'ranked', ranking: [['fritters'], ['soup'], ['salad']] });
    // The electorate written "after the rally" is exactly what the persuasion makes of "before".
    expect(helped.profile.electorates.find((e) => e.id === 'before')!.voters).toEqual(
      chapter3().electorates.find((e) => e.id === 'after')!.voters,
    );
  });

  it('without the persuasion effect, the same choice leaves the soup winning', () => {
    const scenario = chapter3();
    const stripped: ScenarioData = {
      ...scenario,
      steps: scenario.steps.map((s) =>
        s.type === 'choice'
          ? {
              ...s,
              options: s.options.map((o) => ({
                ...o,
                ...(o.effects ? { effects: o.effects.filter((e) => e.persuade === undefined) } : {}),
              })),
            }
          : s,
      ),
    };
    const helped = play(stripped, 's4.rally.help', 's4.rally.help');
    expect(winners(helped, 'final')).toEqual(['soup']);
  });
});

describe('the persuade effect in a chapter source', () => {
  it('reads and prints a ranking, approvals and grades, with or without an electorate', () => {
    const text =
      'set a, persuade kriek in before soup > fritters = salad, persuade gamba approves soup cake, persuade lili soup=5 cake=0';
    const parsed = parseEffects(text);
    expect(parsed).toEqual({
      value: [
        { set: 'a' },
        { persuade: 'kriek', electorate: 'before', ranking: ['soup', ['fritters', 'salad']] },
        { persuade: 'gamba', approves: ['soup', 'cake'] },
        { persuade: 'lili', grades: { soup: 5, cake: 0 } },
      ],
    });
    if (!('value' in parsed)) throw new Error('unreachable');
    expect(printEffects(parsed.value)).toBe(text);
  });

  it('says where a malformed persuasion is, and refuses a voter no electorate has', () => {
    expect(parseEffects('set a, persuade kriek')).toMatchObject({ error: 'scenario.persuade.invalid', offset: 7 });
    const source = readFileSync('scenarios/chapter-3-instant-runoff.chapitre', 'utf8').replace(
      'persuade kriek in before',
      'persuade nobody',
    );
    const english = readFileSync('scenarios/chapter-3-instant-runoff.en.txt', 'utf8');
    const problems = loadChapterSource(source, { english, cast: shippedCast() }).issues.filter(
      (i) => i.severity === 'error',
    );
    expect(problems.map((i) => i.key)).toContain('scenario.persuade.unknownVoter');
    expect(problems.find((i) => i.key === 'scenario.persuade.unknownVoter')?.line).toBe(
      source.split('\n').findIndex((l) => l.includes('persuade nobody')) + 1,
    );
  });
});
