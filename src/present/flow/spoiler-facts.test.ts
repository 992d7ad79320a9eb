import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../scenario/load.ts';
import { spoilerFacts } from './spoiler-facts.ts';

function puzzleGoal(file: string, id: string) {
  const scenario = loadScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8')).scenario!;
  const step = scenario.steps.find((s) => s.type === 'puzzle' && s.id === id);
  if (step?.type !== 'puzzle') throw new Error(`no puzzle ${id}`);
  return { scenario, goal: step.goal };
}

describe('the facts shown beside the clone puzzle (chapter 4)', () => {
  const { scenario, goal } = puzzleGoal('chapter-4-points-and-duels', 'twin');
  const facts = spoilerFacts(scenario, goal);

  it('finds who is a clone of whom from the ballots themselves', () => {
    expect(facts.clones).toEqual([
      { option: 'night', twin: 'dive' },
      { option: 'shells', twin: 'hunt' },
      { option: 'sculpt' },
    ]);
  });

  it('shows every ballot with the proposals in place, and the Borda count before anything is added', () => {
    expect(facts.base).toEqual(['tug', 'hunt', 'dive']);
    expect(facts.rows.reduce((n, r) => n + r.count, 0)).toBe(25);
    for (const r of facts.rows)
      expect([...r.order].sort()).toEqual(['dive', 'hunt', 'night', 'sculpt', 'shells', 'tug']);
    expect(facts.before.winners).toEqual(['hunt']);
    expect(facts.before.scores).toBeDefined();
  });
});

describe('the facts of the spoiler riddle (chapter 1)', () => {
  it('keeps the proposals out of the count before', () => {
    const { scenario, goal } = puzzleGoal('chapter-1-first-vote', 'riddle');
    const facts = spoilerFacts(scenario, goal);
    if (goal.kind !== 'add-spoiler') throw new Error('unreachable');
    for (const p of goal.pool) expect(facts.base).not.toContain(p);
    expect(facts.before.winners).toHaveLength(1);
  });
});
