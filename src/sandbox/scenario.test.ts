import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../scenario/load.ts';
import { readFileSync } from 'node:fs';
import { checkedScenario, openScenarioText, problemText } from './open.ts';
import { toScenario } from './scenario.ts';
import { handMadeState, oneAxis, PRESET_FILES, presetState, presetText } from './testing/states.ts';

const chapter = readFileSync(new URL('../../scenarios/chapter-1-first-vote.json', import.meta.url), 'utf8');

describe('sandbox ⇄ scenario', () => {
  it('opens every preset as a sandbox', () => {
    expect(PRESET_FILES.map((f) => f.replace(/^sandbox-|\.json$/g, ''))).toEqual(
      expect.arrayContaining(['spoiler', 'centre-squeeze', 'condorcet-cycle', 'non-monotonicity', 'clones']),
    );
    for (const file of PRESET_FILES) {
      const opened = openScenarioText(presetText(file));
      expect('state' in opened, file).toBe(true);
    }
    const spoiler = presetState('spoiler');
    expect(spoiler.preset).toBe('spoiler');
    expect(spoiler.flags.map((f) => [f.id, f.name.en, f.position])).toEqual([
      ['dune', 'the dune', [20, 20]],
      ['kelp', 'the kelp forest', [70, 65]],
      ['wreck', 'the old wreck', [80, 75]],
    ]);
    expect(spoiler.crowds.map((c) => [c.id, c.size, c.spread])).toEqual([
      ['dune-crabs', 40, 0],
      ['kelp-krill', 35, 0],
      ['wreck-barnacles', 25, 0],
    ]);
    expect(spoiler.axes[0].fr).toBe('De la plage (0) au large (100)');
  });

  it('writes a scenario that passes every scenario check, and reads it back as the same sandbox', () => {
    for (const state of [
      handMadeState(),
      oneAxis(handMadeState()),
      presetState('clones'),
      { ...handMadeState(), strategies: false },
    ]) {
      const text = JSON.stringify(toScenario(state), null, 2);
      const loaded = loadScenarioText(text);
      expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const opened = openScenarioText(text);
      if (!('state' in opened)) throw new Error(JSON.stringify(opened.problems));
      expect(opened.state).toEqual(state);
    }
  });

  it('writes crowds as their points, named after the crowd', () => {
    const scenario = toScenario(handMadeState());
    const voters = scenario.electorates[0].voters;
    expect(voters.filter((v) => v.id.startsWith('crowd-1--')).reduce((n, v) => n + v.count, 0)).toBe(60);
    expect(voters.find((v) => v.id === 'crowd-4')).toMatchObject({
      count: 1,
      position: [50, 50],
      label: 'group.crowd-4',
      species: 'lobster',
    });
    expect(voters.find((v) => v.id === 'crowd-2--0')).toMatchObject({
      position: [60, 58],
      strategy: { kind: 'compromise' },
    });
    expect(scenario.texts.en['group.crowd-2']).toBe('the krill');
  });

  it('refuses a scenario without an opinion plane, in French and English', () => {
    const opened = openScenarioText(chapter);
    if (!('problems' in opened)) throw new Error('a chapter opened as a sandbox');
    expect(problemText(opened.problems[0], 'fr')).toMatch(/n’a pas de plan des opinions/);
    expect(problemText(opened.problems[0], 'en')).toMatch(/has no opinion plane/);
  });

  it('refuses a broken scenario file with the loader’s own message', () => {
    const opened = openScenarioText(
      presetText('sandbox-spoiler.json').replace('"position": [20, 20]', '"position": [20, 200]'),
    );
    if (!('problems' in opened)) throw new Error('a broken file opened');
    expect(problemText(opened.problems[0], 'en')).toMatch(/options\[0\]\.position\[1\]/);
    expect(problemText(opened.problems[0], 'fr', 'abri.json')).toMatch(/^abri.json:10:\d+: Nombre trop grand/);
  });

  it('refuses a state whose names would be markup, like any scenario', () => {
    const state = handMadeState();
    const evil = {
      ...state,
      flags: state.flags.map((f, i) => (i === 0 ? { ...f, name: { fr: '<img src=x onerror=alert(1)>', en: 'x' } } : f)),
    };
    const checked = checkedScenario(evil);
    expect('problems' in checked).toBe(true);
  });
});
