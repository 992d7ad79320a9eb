import { describe, expect, it } from 'vitest';
import { countClass, type BallotGroup, type ClassElection } from './election.ts';
import { stageText } from './figures.ts';
import { handsElection } from './hands.ts';
import { agreements, anyTie, resultLines, resultsSummary, resultSentence, winnersText } from './results.ts';
import { fromOptionCounts } from './tally.ts';
import { formatNumber } from '../i18n/format.ts';

const ranked: ClassElection = {
  question: 'Où\u00a0?',
  options: ['Mer', 'Montagne', 'Ville'],
  kind: 'ranked',
  methods: ['plurality', 'two-round', 'irv', 'borda', 'copeland', 'schulze'],
};

const rank = (ranking: string[], count: number): BallotGroup => ({
  ballot: { kind: 'ranked', ranking: ranking.map((id) => [id]) },
  count,
});

// Mer leads on first choices, Montagne wins the duel once Ville's voters move: rounds matter.
const box = [rank(['o1', 'o3', 'o2'], 8), rank(['o2', 'o3', 'o1'], 7), rank(['o3', 'o2', 'o1'], 5)];

describe('each method says its own decisive figures', () => {
  const lines = resultLines(ranked, countClass(ranked, box), 'en');
  const by = (m: string) => lines.find((l) => l.method === m)!;

  it('two-round shows both rounds; instant runoff its final round, every round on demand', () => {
    expect(by('two-round').stages.map((s) => stageText(s, 'en'))).toEqual([
      'Round 1 (first choices): Mer 8 · Montagne 7 · Ville 5',
      'Round 2 (duel): Montagne 12 · Mer 8',
    ]);
    expect(by('irv').stages.map((s) => stageText(s, 'en'))).toEqual(['Final round (round 2): Montagne 12 · Mer 8']);
    expect(by('irv').rounds?.map((s) => s.label)).toEqual(['Round 1', 'Round 2']);
    const all = resultLines(ranked, countClass(ranked, box), 'en', { rounds: true });
    expect(all.find((l) => l.method === 'irv')!.stages).toHaveLength(2);
  });

  it('names the unit of Copeland and Schulze (and Borda) in both languages', () => {
    // Ville beats both in duels (the Condorcet winner), Mer loses both.
    expect(stageText(by('copeland').stages[0], 'en')).toBe(
      `Duels won minus duels lost: Ville 2 · Montagne 0 · Mer ${formatNumber(-2, 'en')}`,
    );
    expect(stageText(by('schulze').stages[0], 'en')).toBe(
      'Rivals beaten or tied on strongest paths: Ville 2 · Montagne 1 · Mer 0',
    );
    expect(by('schulze').stages[0].label).toBe('Rivals beaten or tied on strongest paths');
    expect(by('borda').stages[0].label).toBe('Points');
    const fr = resultLines(ranked, countClass(ranked, box), 'fr');
    expect(fr.find((l) => l.method === 'copeland')!.stages[0].label).toBe('Duels gagnés moins duels perdus');
    expect(fr.find((l) => l.method === 'schulze')!.stages[0].label).toBe(
      'Rivaux battus ou égalés par les chemins les plus forts',
    );
    expect(stageText(fr.find((l) => l.method === 'two-round')!.stages[1], 'fr')).toBe(
      'Second tour (duel)\u00a0: Montagne 12 · Mer 8',
    );
  });
});

describe('ties are said, and settled only by a shown draw', () => {
  const tied = [rank(['o1'], 5), rank(['o2'], 5), rank(['o3'], 2)];
  const plurality: ClassElection = { ...ranked, methods: ['plurality'] };

  it('says "tie between…", never one winner', () => {
    const counted = countClass(plurality, tied);
    const lines = resultLines(plurality, counted, 'en');
    expect(lines[0]).toMatchObject({ tie: true, winners: ['Mer', 'Montagne'] });
    expect(anyTie(lines)).toBe(true);
    expect(resultSentence(lines[0], 'en')).toBe('Plurality (first past the post): tie between Mer and Montagne');
    const summary = resultsSummary(counted, lines, 'cast on this device', 'en');
    expect(summary).toBe('12 ballots, cast on this device — 1 outcome for 1 method, including 1 tie');
    expect(summary).not.toMatch(/1 winner/);
    expect(agreements(lines)).toEqual([
      { winners: ['Mer', 'Montagne'], tie: true, methods: ['Plurality (first past the post)'] },
    ]);
    expect(resultsSummary(counted, lines, 'votés sur cet appareil', 'fr')).toBe(
      '12 bulletins, votés sur cet appareil — 1 résultat pour 1 méthode, dont 1 égalité',
    );
  });

  it('breaks it by lot with the seed shown, the same seed giving the same draw', () => {
    const a = resultLines(plurality, countClass(plurality, tied, { tieSeed: 'classe-5b' }), 'en')[0];
    const b = resultLines(plurality, countClass(plurality, tied, { tieSeed: 'classe-5b' }), 'en')[0];
    expect(a.tie).toBe(false);
    expect(a.winners).toHaveLength(1);
    expect(['Mer', 'Montagne']).toContain(a.winners[0]);
    expect(b.winners).toEqual(a.winners);
    expect(a.drawn).toEqual({ tied: ['Mer', 'Montagne'], seed: 'classe-5b' });
    const drawn = countClass(plurality, tied, { tieSeed: 'classe-5b' });
    expect(resultsSummary(drawn, resultLines(plurality, drawn, 'en'), 'paper ballots', 'en')).toBe(
      '12 ballots, paper ballots — 1 winner for 1 method, 1 of them settled by lot',
    );
    expect(winnersText(a, 'en')).toBe(`${a.winners[0]} (drawn by lot between Mer and Montagne, seed “classe-5b”)`);
    const seeds = ['1', '2', '3', '4', '5', '6', '7', '8'];
    expect(
      new Set(
        seeds.map((seed) => resultLines(plurality, countClass(plurality, tied, { tieSeed: seed }), 'en')[0].winners[0]),
      ).size,
    ).toBe(2);
  });
});

describe('a show of hands is counted for what it is', () => {
  it('counts plurality and the two-round by two shows, nothing that needs rankings', () => {
    const { groups } = fromOptionCounts(ranked, [7, 9, 4]);
    const counted = countClass(handsElection(ranked), groups!, {
      hands: {
        runoff: 'two-round',
        shows: [
          [7, 9, 4],
          [12, 8, null],
        ],
      },
    });
    const lines = resultLines(ranked, counted, 'en');
    expect(lines.map((l) => l.method)).toEqual(['plurality', 'two-round']);
    expect(lines[1].winners).toEqual(['Mer']);
    expect(lines[1].stages.map((s) => stageText(s, 'en'))).toEqual([
      'Show of hands 1 (hands raised): Montagne 9 · Mer 7 · Ville 4',
      'Show of hands 2 (hands raised): Mer 12 · Montagne 8',
    ]);
    expect(lines[0].stages[0].label).toBe('Hands raised');
    expect(resultsSummary(counted, lines, '', 'en')).toBe(
      '20 hands raised, one per person — 2 different winners for 2 methods',
    );
  });

  it('says approval by hands as N hands raised by M people, never N ballots', () => {
    const approval: ClassElection = { ...ranked, kind: 'approval', methods: ['approval'] };
    const { groups } = fromOptionCounts(approval, [20, 25, 21]);
    const counted = countClass(handsElection(approval), groups!, {
      hands: { runoff: 'none', shows: [[20, 25, 21]], people: 30 },
    });
    const lines = resultLines(approval, counted, 'en');
    expect(resultsSummary(counted, lines, '', 'en')).toBe('66 hands raised by 30 people — 1 winner for 1 method');
    expect(resultsSummary(counted, lines, '', 'fr')).toBe(
      '66 mains levées par 30 personnes — 1 gagnant pour 1 méthode',
    );
    expect(resultsSummary(counted, lines, '', 'en')).not.toMatch(/ballot/);
  });
});
