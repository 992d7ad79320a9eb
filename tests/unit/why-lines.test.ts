/**
 * The results' "Why?" lines for hand-made ballots: each line says what its method did with
 * these ballots, with the engine's figures, in French and in English. The profile is the one of
 * issue 15: Crevette 9, Homard 7, Étrille 5 first choices; Étrille wins every duel (12 to 9
 * against Crevette, 14 to 7 against Homard), yet two rounds and instant runoff eliminate her.
 */
import { describe, expect, it } from 'vitest';
import { countClass, type BallotGroup, type ClassElection } from '../../src/classroom/election.ts';
import { compareCounts } from '../../src/present/count/compare.ts';
import { resultsTexts } from '../../src/present/count/happened-text.ts';
import { groupLabel } from '../../src/present/count/why-text.ts';
import { ScenarioWords } from '../../src/scenario/words.ts';
import type { MethodId } from '../../src/voting/method.ts';

const OPTIONS = ['Crevette', 'Homard', 'Étrille'];
const [C, H, E] = ['o1', 'o2', 'o3'];
const rank = (order: string[], count: number): BallotGroup => ({
  ballot: { kind: 'ranked', ranking: order.map((id) => [id]) },
  count,
});
const BALLOTS = [rank([C, E, H], 9), rank([H, E, C], 7), rank([E, H, C], 5)];

function whyOf(methods: MethodId[], lang: 'fr' | 'en', ballots = BALLOTS): readonly string[] {
  const election: ClassElection = { question: '', options: OPTIONS, kind: 'ranked', methods };
  const counted = countClass(election, ballots);
  const comparison = compareCounts(counted.entry.counted);
  const w = new ScenarioWords(counted.scenario, lang, counted.entry);
  return resultsTexts(w, comparison).reasons;
}

describe('the "Why?" lines say what each method did with these ballots', () => {
  it('plurality: the leader’s first choices, short of half, and the next one', () => {
    expect(whyOf(['plurality'], 'fr').at(-1)).toBe(
      'Le scrutin majoritaire à un tour\u00a0: Crevette a le plus de premiers choix, 9 sur 21, sans dépasser la moitié\u00a0; Homard en a 7.',
    );
    expect(whyOf(['plurality'], 'en').at(-1)).toBe(
      'Plurality (first past the post): Crevette has the most first choices, 9 out of 21, but not more than half; Homard has 7.',
    );
  });

  it('two rounds: both rounds with their figures', () => {
    expect(whyOf(['two-round'], 'fr').at(-1)).toBe(
      'Le scrutin à deux tours\u00a0: au premier tour, Crevette (9) et Homard (7) arrivent en tête et Étrille (5) est éliminée. Au second tour, Homard bat Crevette 12 à 9.',
    );
  });

  it('instant runoff: the decisive elimination, where its ballots went, and the final round', () => {
    expect(whyOf(['irv'], 'fr').at(-1)).toBe(
      'Le vote alternatif (second tour instantané)\u00a0: au premier tour, l’option Étrille est éliminée avec 5 premiers choix. Pourtant, en duel, elle bat chacune des autres options. Ses bulletins vont ensuite pour Homard (5). Au tour 2, Homard a 12 voix sur 21, plus de la moitié\u00a0; Crevette en a 9.',
    );
  });

  it('Borda: the points, and « often second » only when it is so', () => {
    expect(whyOf(['borda'], 'fr').at(-1)).toBe(
      'La méthode de Borda\u00a0: l’option Étrille, le plus souvent classée deuxième (16 bulletins), obtient 26 points, contre 19 pour Homard.',
    );
  });

  it('duel methods electing the option that wins every duel share one line with the duels’ figures', () => {
    const fr = whyOf(['copeland', 'schulze'], 'fr');
    expect(fr).toContain(
      'La méthode de Copeland et la méthode de Schulze\u00a0: Étrille bat chacune des autres options en duel (14 à 7 contre Homard et 12 à 9 contre Crevette).',
    );
    expect(whyOf(['copeland', 'schulze'], 'en')).toContain(
      'Copeland’s method and the Schulze method: Étrille beats every other option in a duel (14 to 7 against Homard and 12 to 9 against Crevette).',
    );
  });

  it('a count that ends in a tie says so, with the figures', () => {
    const tie = [rank([C, H, E], 4), rank([H, C, E], 4)];
    expect(whyOf(['plurality'], 'fr', tie).at(-1)).toBe(
      'Le scrutin majoritaire à un tour\u00a0: Crevette et Homard ont le même nombre de premiers choix, 4 sur 8.',
    );
  });

  it('no canned sentence about a method in general is left', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const line of whyOf(['plurality', 'two-round', 'irv', 'borda', 'copeland', 'schulze'], lang))
        expect(line, line).toMatch(/\d/);
  });

  it('a group of one method names it instead of « 1 méthode élit »', () => {
    const election: ClassElection = {
      question: '',
      options: OPTIONS,
      kind: 'ranked',
      methods: ['plurality', 'borda', 'copeland'],
    };
    const counted = countClass(election, BALLOTS);
    const c = compareCounts(counted.entry.counted);
    const labels = (lang: 'fr' | 'en') =>
      c.groups.map((g) => groupLabel(new ScenarioWords(counted.scenario, lang, counted.entry), g));
    expect(labels('fr')).toEqual(['2 méthodes élisent Étrille', 'Le scrutin majoritaire à un tour élit Crevette']);
    expect(labels('en')).toEqual(['2 methods elect Étrille', 'Plurality (first past the post) elects Crevette']);
  });
});
