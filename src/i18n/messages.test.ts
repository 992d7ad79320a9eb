import { describe, expect, it } from 'vitest';
import { messages } from './messages/index.ts';
import { isMessageKey, t } from './index.ts';
import { formatTemplate } from './format.ts';
import { METHOD_IDS, type MethodId } from '../voting/method.ts';
import { methods } from '../voting/methods/index.ts';
import { gradedProfile, rankedProfile } from '../voting/ballots.ts';
import type { Step } from '../voting/result.ts';

describe('message tables', () => {
  it('English has exactly the keys of French', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
  });

  it('every template inserts the same parameters in both languages', () => {
    // Plural selectors `{n|one|other}` may differ (French and English agree differently);
    // `{de:name}` and `{name:élu|élue|élus|élues}` insert or agree with `name`.
    const params = (s: string) =>
      [...new Set([...s.matchAll(/\{(?:(?:de|à):)?(\w+)(?::[^}]*)?\}/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(messages.fr)) expect(params(messages.en[key]), key).toEqual(params(messages.fr[key]));
  });

  it('formats numbers, lists, records and plurals the local way', () => {
    expect(formatTemplate('{n} {n|voix|voix}, {who}', { n: 12345, who: ['A', 'B', 'C'] }, 'fr')).toBe(
      '12\u202f345 voix, A, B et C',
    );
    expect(formatTemplate('{n} {n|vote|votes}: {tally}', { n: 1, tally: { A: 3, B: 2 } }, 'en')).toBe(
      '1 vote: A 3, B 2',
    );
    expect(t({ key: 'no.such.key', params: {} })).toBe('no.such.key');
    expect(isMessageKey('no.such.key')).toBe(false);
    expect(isMessageKey('title.name')).toBe(true);
  });
});

/** Elections that make each method go through its interesting steps (ties, rounds, transfers). */
function stepsOf(id: MethodId): Step[] {
  const names = ['A', 'B', 'C', 'D'];
  const rankedBallots = [
    { ranking: ['A', 'B', 'C', 'D'], count: 5 },
    { ranking: ['B', 'C', 'A', 'D'], count: 4 },
    { ranking: ['C', 'A', 'B'], count: 3 },
    { ranking: [['D', 'A'], 'B'], count: 2 },
    { ranking: [], count: 1 },
  ];
  const gradedBallots = [
    { grades: { A: 5, B: 3, C: 1, D: 0 }, count: 5 },
    { grades: { A: 1, B: 5, C: 4, D: 0 }, count: 4 },
    { grades: { A: 4, B: 0, C: 5, D: 2 }, count: 3 },
  ];
  const method = methods[id];
  const profile =
    method.info.ballot === 'graded'
      ? gradedProfile(names, gradedBallots, { scale: { min: 0, max: 5 } })
      : rankedProfile(names, rankedBallots);
  const steps: Step[] = [];
  for (const seats of method.info.winners === 'multi' ? [1, 2, 3] : [1]) {
    try {
      steps.push(...method.count(profile as never, { seats, seed: 'messages' }).steps);
    } catch {
      // a method that refuses incomplete ballots says so with an error key, tested elsewhere
    }
  }
  return steps;
}

describe.each(METHOD_IDS)('explanations of %s', (id) => {
  it('have a French and an English text for every step, with every parameter filled', () => {
    const steps = stepsOf(id);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(messages.fr[step.key], `missing French text for ${step.key}`).toBeDefined();
      expect(messages.en[step.key], `missing English text for ${step.key}`).toBeDefined();
      for (const [, name] of messages.fr[step.key].matchAll(/\{(?:(?:de|à):)?(\w+)/g)) {
        expect(step.params, `${step.key} has no parameter ${name}`).toHaveProperty(name);
      }
      expect(t(step, 'fr')).not.toMatch(/\{\w+/);
    }
  });
});
