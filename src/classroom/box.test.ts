import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../scenario/load.ts';
import { methods } from '../voting/methods/index.ts';
import { availableMethods, countClass, type ClassElection } from './election.ts';
import { chapterElection } from './lesson.ts';
import { PassAndPlay } from './pass-and-play.ts';

const trip: ClassElection = {
  question: 'Où partir ?',
  options: ['Mer', 'Montagne', 'Ville'],
  kind: 'ranked',
  methods: ['plurality', 'irv'],
};
const graded: ClassElection = {
  question: 'Notes',
  options: ['Mer', 'Montagne', 'Ville'],
  kind: 'grades',
  methods: ['score', 'majority-judgment'],
};

describe('the ballot box kept and resumed', () => {
  it('gives back its ballots while open (content order), and a resumed box counts exactly as the original', () => {
    const vote = new PassAndPlay(trip);
    const cast = (...ids: string[]) => {
      vote.begin();
      for (const id of ids) vote.toggleRank(id);
      vote.submit();
    };
    cast('o2', 'o1');
    cast('o1');
    cast('o2', 'o1');
    cast('o3', 'o2', 'o1');
    expect(vote.phase).toBe('privacy');
    const saved = vote.contents();
    expect(saved.reduce((n, g) => n + g.count, 0)).toBe(4);
    // Content order, not the order of casting: the first group is not the first ballot cast.
    expect(saved.map((g) => g.count)).toEqual([1, 2, 1]);
    const again = PassAndPlay.resume(trip, saved);
    expect(again.cast).toBe(4);
    expect(again.phase).toBe('privacy');
    again.begin();
    again.toggleRank('o3');
    again.submit();
    expect(again.cast).toBe(5);
    const winners = (v: PassAndPlay) =>
      countClass(trip, v.close()).entry.counted.counts.map((k) => [k.method, k.winners]);
    vote.begin();
    vote.toggleRank('o3');
    vote.submit();
    expect(winners(again)).toEqual(winners(vote));
  });

  it('a resumed box refuses ballots that do not fit the election', () => {
    expect(() => PassAndPlay.resume(trip, [{ ballot: { kind: 'ranked', ranking: [['o7']] }, count: 1 }])).toThrow();
  });

  it('knows a blank ballot, which stays a valid ballot once asked', () => {
    const vote = new PassAndPlay(trip);
    vote.begin();
    expect(vote.blank).toBe(true);
    expect(vote.problem()).toBeUndefined();
    vote.toggleRank('o1');
    expect(vote.blank).toBe(false);
    vote.toggleRank('o1');
    expect(vote.blank).toBe(true);
    vote.submit();
    expect(vote.cast).toBe(1);
  });
});

describe('grades left out', () => {
  it('are asked for, unless the teacher chose that they count as the lowest', () => {
    const vote = new PassAndPlay(graded);
    vote.begin();
    expect(vote.ungraded()).toEqual(['o1', 'o2', 'o3']);
    vote.setGrade('o1', 4);
    expect(vote.problem()).toEqual({ key: 'classroom.ballot.ungraded', params: { n: 2 } });
    expect(() => vote.submit()).toThrow();
    vote.setGrade('o2', 0);
    vote.setGrade('o3', 2);
    expect(vote.problem()).toBeUndefined();
    vote.submit();
    expect(vote.close()).toEqual([{ ballot: { kind: 'graded', grades: { o1: 4, o2: 0, o3: 2 } }, count: 1 }]);

    const lenient = new PassAndPlay({ ...graded, ungradedAsLowest: true });
    lenient.begin();
    lenient.setGrade('o2', 5);
    expect(lenient.problem()).toBeUndefined();
    lenient.submit();
    expect(lenient.close()).toEqual([{ ballot: { kind: 'graded', grades: { o1: 0, o2: 5, o3: 0 } }, count: 1 }]);
  });
});

describe('what the setup offers', () => {
  it('offers no multi-seat method for a one-winner class election', () => {
    for (const kind of ['ranked', 'approval', 'grades'] as const) {
      for (const n of [2, 5, 10]) {
        const offered = availableMethods(kind, n);
        expect(offered.length).toBeGreaterThan(0);
        expect(
          offered.filter((m) => methods[m].info.winners === 'multi'),
          `${kind} ${n}`,
        ).toEqual([]);
      }
    }
  });

  it('chapter 6: the room votes with the chapter’s named mentions, on its own scale', () => {
    const { scenario } = loadScenarioText(readFileSync('scenarios/chapter-6-majority-judgment.json', 'utf8'));
    const fr = chapterElection(scenario!, 'fr')!;
    expect(fr.kind).toBe('grades');
    expect(fr.scale).toEqual({ min: 0, max: 6 });
    expect(fr.mentions).toEqual([
      'À rejeter',
      'Insuffisant',
      'Passable',
      'Assez bien',
      'Bien',
      'Très bien',
      'Excellent',
    ]);
    expect(fr.methods).toContain('majority-judgment');
    expect(chapterElection(scenario!, 'en')!.mentions?.at(-1)).toBe('Excellent');
    // Counted on that scale: a ballot graded 6 is valid, and wins.
    const counted = countClass(fr, [
      {
        ballot: {
          kind: 'graded',
          grades: Object.fromEntries(fr.options.map((_, i) => [`o${i + 1}`, i === 0 ? 6 : 1])),
        },
        count: 3,
      },
    ]);
    expect(counted.entry.counted.counts.find((k) => k.method === 'majority-judgment')?.winners).toEqual(['o1']);
  });
});
