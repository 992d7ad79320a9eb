/**
 * The sentences of this round's classroom points and the ballot labels a screen reader says
 * (issue 12: « Ouvrir le bulletin de Des élèves (11 votants) » read wrong): rendered in both
 * languages, with the plural of their numbers.
 */
import { describe, expect, it } from 'vitest';
import { messages } from './index.ts';
import { formatTemplate } from '../format.ts';

const say = (lang: 'fr' | 'en', key: string, params: Record<string, string | number>) =>
  formatTemplate(messages[lang][key], params, lang);

describe('ballot labels and resumed counts, in French and English', () => {
  it('names a group of voters after its number, never « de Des élèves »', () => {
    const fr = say('fr', 'count.election.openGroup', { voter: 'Des élèves', count: 11 });
    expect(fr).toBe('Ouvrir le bulletin de 11 votants\u00a0: Des élèves');
    expect(fr).not.toMatch(/de Des/);
    expect(say('en', 'count.election.openGroup', { voter: 'Some pupils', count: 11 })).toBe(
      'Open the ballot of 11 voters: Some pupils',
    );
  });

  it('says how many piles and ballots came back, singular and plural', () => {
    expect(say('fr', 'classroom.countResumed.piles', { piles: 1, n: 1 })).toBe(
      'Dépouillement repris\u00a0: 1 pile de bulletins, 1 bulletin, rien n’est perdu.',
    );
    expect(say('en', 'classroom.countResumed.piles', { piles: 6, n: 31 })).toBe(
      'Count resumed: 6 piles of ballots, 31 ballots, nothing lost.',
    );
    expect(say('fr', 'count.results.continued', { heading: 'Pourquoi\u00a0?' })).toBe('Pourquoi\u00a0? (suite)');
  });
});
