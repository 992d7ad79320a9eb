/**
 * ScenarioWords, the one class that says a scenario in words for the transcripts, the dialogue
 * and the count: how it names voters (the transcript's and the dialogue's name, the count's
 * token), and that an engine step naming a method says the method's name, not its id.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ElectionEntry } from './entries.ts';
import { loadScenarioText } from './load.ts';
import type { ScenarioData } from './schema.ts';
import { ScenarioWords } from './words.ts';

const chapter1 = loadScenarioText(readFileSync('scenarios/chapter-1-first-vote.json', 'utf8')).scenario as ScenarioData;

/** Chapter 1 with the dune crabs left without a label, and a group with neither label nor ranking. */
function withUnnamedGroups(): ScenarioData {
  const s = structuredClone(chapter1) as ScenarioData & { electorates: { voters: Record<string, unknown>[] }[] };
  const cove = s.electorates[0].voters;
  const crabs = cove.find((v) => v.id === 'dune-crabs')!;
  delete crabs.label;
  cove.push({ id: 'drifters', count: 2, approves: ['dune'] });
  return s;
}

describe('ScenarioWords', () => {
  it('names a voter by character, by label, by ranking for a group without label, and by id last', () => {
    const en = new ScenarioWords(chapter1, 'en');
    expect(en.voterName('trial', 'bigorne')).toBe(chapter1.texts.en['cast.bigorne.name']);
    expect(en.voterName('trial', 'dune-crabs')).toBe('the crabs of the dune');
    const unnamed = withUnnamedGroups();
    for (const lang of ['fr', 'en'] as const) {
      const words = new ScenarioWords(unnamed, lang);
      const ranking = ['dune', 'lagoon', 'forest', 'wreck'].map((id) => words.option(id)).join(' > ');
      const byRanking = words.voterName('trial', 'dune-crabs');
      expect(byRanking).toContain(ranking);
      expect(byRanking).not.toBe(ranking);
      expect(words.unlabelled('trial', 'dune-crabs')).toBe(true);
      // Neither a label nor a ranking: its id, never an empty name.
      expect(words.voterName('trial', 'drifters')).toBe('drifters');
    }
  });

  it('draws a count’s voter token with the character’s looks, or a group’s label (its id without one)', () => {
    const entry = {
      type: 'election',
      election: 'trial',
      mode: 'fixed',
      counted: { candidates: [] },
    } as unknown as ElectionEntry;
    const words = new ScenarioWords(withUnnamedGroups(), 'en', entry);
    const bigorne = words.voter('bigorne');
    expect(bigorne.character).toBe(true);
    expect(bigorne.colours?.length).toBeGreaterThan(0);
    expect(words.voter('dune-crabs')).toMatchObject({ name: 'dune-crabs', character: false });
    expect(new ScenarioWords(chapter1, 'en', entry).voter('dune-crabs').name).toBe('the crabs of the dune');
  });

  it('says a method named in an engine step as a noun in the player’s language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const words = new ScenarioWords(chapter1, lang);
      const said = words.explain({ key: 'scenario.transcript.methodError', params: { method: 'borda', error: '' } });
      // Mid-sentence a method is a noun (« la méthode de Borda », "the Borda count"), not its title.
      expect(said.toLowerCase()).toContain(words.methodInText('borda').toLowerCase());
      // An option's id in the same place is said by its name too.
      expect(words.stepParams({ winner: 'dune' })).toEqual({ winner: words.option('dune') });
    }
  });
});
