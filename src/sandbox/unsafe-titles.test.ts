/**
 * Titles and names that would print otherwise than they are written (a control character, a
 * bidi override) never reach the screen from a share link or a scenario file: the scenario
 * checks refuse them with the text's key and the character, as they refuse candidate names.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../scenario/load.ts';
import { encodeState } from './codec.ts';
import { openLink, openScenarioText, problemText } from './open.ts';
import { presetState } from './testing/states.ts';

const chapter = readFileSync(new URL('../../scenarios/chapter-1-first-vote.json', import.meta.url), 'utf8');

describe('control characters and bidi overrides in titles', () => {
  it('a chapter file whose title holds a bidi override or a bell is refused, naming the text and the character', () => {
    for (const [bad, char] of [
      ['Le premier\u202E vote', 'U+202E'],
      ['Le premier\u0007 vote', 'U+0007'],
      ['\u2066Le premier vote', 'U+2066'],
    ] as const) {
      const loaded = loadScenarioText(
        chapter.replace('"title": "Le premier vote"', JSON.stringify({ title: bad }).slice(1, -1)),
      );
      const issue = loaded.issues.find((i) => i.key === 'scenario.text.unsafeChar');
      expect(issue?.severity).toBe('error');
      expect(issue?.params).toMatchObject({ key: 'title', char });
      expect(loaded.scenario).toBeUndefined();
    }
  });

  it('a share link whose sandbox title or flag name holds one is refused with the character, and the title is not shown', () => {
    const state = presetState('spoiler');
    const titled = { ...state, title: { ...state.title, en: 'Spoiler\u202Egnimmoc' } };
    const opened = openLink(encodeState(titled));
    expect('problems' in opened).toBe(true);
    const said = 'problems' in opened ? opened.problems.map((p) => problemText(p, 'en')).join(' ') : '';
    expect(said).toContain('U+202E');
    expect(said).not.toContain('\u202E');

    const named = {
      ...state,
      flags: state.flags.map((f, i) => (i === 0 ? { ...f, name: { ...f.name, fr: 'la dune\u0000' } } : f)),
    };
    expect('problems' in openLink(encodeState(named))).toBe(true);
  });

  it('a scenario file opened in the sandbox is refused the same way', () => {
    const text = readFileSync(new URL('../../scenarios/sandbox-spoiler.json', import.meta.url), 'utf8');
    const scenario = JSON.parse(text) as { texts: Record<string, Record<string, string>>; title: string };
    scenario.texts.en[scenario.title] = 'Sandbox\u202E';
    const opened = openScenarioText(JSON.stringify(scenario));
    expect(
      'problems' in opened && opened.problems.some((p) => 'issue' in p && p.issue.key === 'scenario.text.unsafeChar'),
    ).toBe(true);
  });
});
