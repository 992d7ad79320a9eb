import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methods } from '../../voting/methods/index.ts';
import type { Criterion } from '../../voting/method.ts';
import { scenarioElection, scenarioOf } from '../bench/election.ts';
import { compareCounts } from './compare.ts';
import { whatHappened, type Happening, type HappeningKind } from './happened.ts';
import { happenedLines, happeningText } from './happened-text.ts';
import { knownTerms } from './terms.ts';
import { ScenarioWords } from '../../scenario/words.ts';

const dir = new URL('../../../scenarios/', import.meta.url);
const chapter = (n: number) => {
  const file = readdirSync(dir).find((f) => f.startsWith(`chapter-${n}-`) && f.endsWith('.json'));
  return scenarioOf(readFileSync(new URL(file as string, dir), 'utf8'));
};

/** The facts of one chapter election, counted as the chapter counts it (or with every method). */
function facts(n: number, election: string, all = false): Happening[] {
  const { scenario, entry } = scenarioElection(chapter(n), election, all);
  const words = new ScenarioWords(scenario, 'fr', entry);
  return whatHappened(entry.counted, compareCounts(entry.counted), { lowestGrade: words.lowestGrade });
}
const find = <K extends HappeningKind>(hs: Happening[], kind: K) =>
  hs.find((h): h is Extract<Happening, { kind: K }> => h.kind === kind);

function lines(n: number, election: string, lang: 'fr' | 'en', all = false): string[] {
  const { scenario, entry } = scenarioElection(chapter(n), election, all);
  const words = new ScenarioWords(scenario, lang, entry);
  return happenedLines(words, compareCounts(entry.counted));
}

describe('what happened in these ballots', () => {
  it('says an absolute majority was defeated only where one was (chapter 4: the tug of war, 13 of 25)', () => {
    expect(find(facts(4, 'games'), 'majorityDefeated')).toEqual({
      kind: 'majorityDefeated',
      name: 'tug',
      firsts: 13,
      voters: 25,
      methods: ['borda'],
    });
    // The krill's duels have no majority at all; chapter 1's trial has none either.
    expect(find(facts(4, 'krill'), 'majorityDefeated')).toBeUndefined();
    expect(find(facts(1, 'trial'), 'majorityDefeated')).toBeUndefined();
  });

  it('tells the Condorcet winner eliminated by a count from one merely not elected', () => {
    expect(find(facts(2, 'speaker'), 'condorcetEliminated')).toEqual({
      kind: 'condorcetEliminated',
      name: 'maia',
      methods: ['two-round'],
    });
    expect(find(facts(2, 'speaker'), 'condorcetMissed')?.methods).toEqual(['plurality']);
    expect(find(facts(9, 'burlington'), 'condorcetEliminated')).toMatchObject({
      name: 'montroll',
      methods: ['two-round', 'irv'],
    });
    // Chapter 1's plurality never eliminates anyone: the forest is passed over, not eliminated.
    expect(find(facts(1, 'trial'), 'condorcetEliminated')).toBeUndefined();
    expect(find(facts(1, 'trial'), 'condorcetMissed')).toMatchObject({ name: 'forest', methods: ['plurality'] });
    // Chapter 4's final duels: Copeland elects the Condorcet winner, nothing to say.
    expect(find(facts(4, 'final-duels'), 'condorcetMissed')).toBeUndefined();
  });

  it('says the Condorcet loser is elected when it is (chapter 1: the dune by plurality)', () => {
    expect(find(facts(1, 'trial'), 'condorcetLoserElected')).toMatchObject({ name: 'dune', methods: ['plurality'] });
    expect(find(facts(4, 'games'), 'condorcetLoserElected')).toBeUndefined();
  });

  it('says a winner rated at the bottom by many (chapter 9: the nursery, rated 0 by 40 of 96)', () => {
    expect(find(facts(9, 'project-all'), 'rejectedElected')).toEqual({
      kind: 'rejectedElected',
      name: 'nursery',
      grade: 0,
      rejecters: 40,
      voters: 96,
      methods: ['majority-judgment'],
    });
    expect(find(facts(6, 'profiles'), 'rejectedElected')).toBeUndefined();
    // Ranked ballots have no grades to reject with.
    expect(find(facts(4, 'games'), 'rejectedElected')).toBeUndefined();
  });

  it('counts the different winners, and says ties and nobody as such', () => {
    expect(find(facts(9, 'burlington'), 'differentWinners')).toEqual({
      kind: 'differentWinners',
      count: 3,
      of: 'winners',
    });
    expect(find(facts(4, 'final-points'), 'differentWinners')).toBeUndefined();
    expect(find(facts(8, 'lists'), 'differentWinners')?.of).toBe('seats');
    expect(find(facts(4, 'krill'), 'tied')).toEqual({
      kind: 'tied',
      names: ['claw', 'kite', 'skip'],
      methods: ['copeland'],
    });
    expect(find(facts(4, 'games'), 'tied')).toBeUndefined();
    expect(find(facts(8, 'lists'), 'nobody')?.methods).toEqual(['french-municipal']);
    expect(find(facts(8, 'round2'), 'nobody')).toBeUndefined();
  });

  it('never blames a method for a criterion it claims, in any chapter election counted every way', () => {
    const criterion: Partial<Record<HappeningKind, Criterion>> = {
      majorityDefeated: 'majority',
      condorcetEliminated: 'condorcet',
      condorcetMissed: 'condorcet',
      condorcetLoserElected: 'condorcet-loser',
    };
    let checked = 0;
    for (const n of [2, 4, 5, 9]) {
      for (const step of chapter(n).steps) {
        if (step.type !== 'election') continue;
        for (const h of facts(n, step.id, true)) {
          const c = criterion[h.kind];
          if (!c || !('methods' in h)) continue;
          for (const m of h.methods) expect(methods[m].info.criteria, `${n} ${step.id} ${m}`).not.toContain(c);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the facts in words', () => {
  it('names the majority and the methods, in French and in English', () => {
    expect(lines(4, 'games', 'fr')).toContain(
      'La méthode de Borda\u00a0: une majorité absolue est battue. Sur 25 votants, 13 mettaient le tir à la corde en premier (plus de la moitié), et pourtant cette méthode élit une autre option.',
    );
    expect(lines(4, 'games', 'en')).toContain(
      'The Borda count: an absolute majority is defeated. Of 25 voters, 13 put the tug-of-war first (more than half), yet this method elects another option.',
    );
  });

  it('says the share rejecting a winner with a French percent sign, and a named grade by its name', () => {
    expect(lines(9, 'project-all', 'fr')).toContain(
      'Le jugement majoritaire\u00a0: la nurserie de varech est élue, alors que 42\u00a0% des votants (40 sur 96) lui donnent la note la plus basse, 0.',
    );
    expect(lines(9, 'project-all', 'en')).toContain(
      'Majority judgment: the kelp nursery is elected, though 42% of the voters (40 of 96) give this option the lowest grade, 0.',
    );
    // Chapter 6 names its grades: the lowest is said « À rejeter », never 0.
    const { scenario, entry } = scenarioElection(chapter(6), 'profiles');
    const words = new ScenarioWords(scenario, 'fr', entry);
    const h: Happening = {
      kind: 'rejectedElected',
      name: 'caramote',
      grade: words.lowestGrade,
      rejecters: 13,
      voters: 25,
      methods: ['majority-judgment'],
    };
    expect(happeningText(h, words, knownTerms(6))).toBe(
      'Le jugement majoritaire\u00a0: Caramote est élue, alors que 52\u00a0% des votants (13 sur 25) lui donnent la note la plus basse, «\u00a0À rejeter\u00a0».',
    );
  });

  it('keeps « Condorcet » out of the chapters before the fourth, saying duels instead', () => {
    const one = lines(1, 'trial', 'fr');
    expect(one.join(' ')).not.toMatch(/Condorcet/);
    expect(one).toContain(
      'Le scrutin majoritaire à un tour\u00a0: la forêt de varech n’est pas élue, alors qu’en duel elle bat chacune des autres options.',
    );
    expect(one).toContain(
      'Le scrutin majoritaire à un tour\u00a0: la dune est élue, alors qu’en duel elle perd contre chacune des autres options.',
    );
    expect(lines(2, 'speaker', 'fr')).toContain(
      'Le scrutin à deux tours\u00a0: Maïa est éliminée en cours de décompte, alors qu’en duel elle bat chacune des autres options.',
    );
    expect(lines(9, 'burlington', 'fr').join(' ')).toMatch(/le vainqueur de Condorcet, Andy Montroll, est éliminé/);
  });

  it('says a tie as so many winners tied', () => {
    expect(lines(4, 'krill', 'fr')).toContain(
      'La méthode de Copeland\u00a0: 3 vainqueurs à égalité (le bras de fer des pinces, le cerf-volant d’algue et le concours de ricochets), aucun ne l’emporte seul.',
    );
    expect(lines(4, 'krill', 'en').join(' ')).toMatch(/Copeland’s method: 3 winners tied/);
  });
});
