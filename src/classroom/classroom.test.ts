import { describe, expect, it } from 'vitest';
import { rankedProfile, gradedProfile } from '../voting/ballots.ts';
import { getMethod } from '../voting/methods/index.ts';
import { finalWinners } from '../voting/result.ts';
import { Scenario } from '../scenario/schema.ts';
import { BallotBox } from './ballots.ts';
import { availableMethods, classScenario, countClass, setupElection, type ClassElection } from './election.ts';
import { FEW_VOTERS, PassAndPlay } from './pass-and-play.ts';
import { fromOptionCounts, fromRows, readCell } from './tally.ts';

const trip: ClassElection = {
  question: 'Où partir ?',
  options: ['Mer', 'Montagne', 'Ville'],
  kind: 'ranked',
  methods: ['plurality', 'irv', 'borda', 'copeland'],
};

describe('class election setup', () => {
  it('reads options one a line or on one line, and says what is wrong', () => {
    expect(
      setupElection({ question: 'Q', optionsText: 'Mer\n Montagne \n\nVille', kind: 'ranked' }).election?.options,
    ).toEqual(['Mer', 'Montagne', 'Ville']);
    expect(
      setupElection({ question: 'Q', optionsText: 'Mer, Montagne; Ville', kind: 'ranked' }).election?.options,
    ).toEqual(['Mer', 'Montagne', 'Ville']);
    const keys = (text: string) =>
      setupElection({ question: '', optionsText: text, kind: 'ranked' }).problems.map((p) => p.key);
    expect(keys('Mer')).toEqual(['classroom.setup.tooFew']);
    expect(keys('Mer\nmer')).toContain('classroom.setup.duplicate');
    expect(keys('count\nMer')).toContain('classroom.setup.reserved');
    expect(keys('1\n2')).toContain('classroom.setup.numbers');
    expect(keys(Array.from({ length: 11 }, (_, i) => `O${i}`).join('\n'))).toContain('classroom.setup.tooMany');
  });

  it('offers the methods each ballot kind can be counted with', () => {
    expect(availableMethods('approval', 3)).toEqual(['approval']);
    expect(availableMethods('ranked', 3)).toEqual(expect.arrayContaining(['plurality', 'irv', 'borda', 'schulze']));
    expect(availableMethods('ranked', 3)).not.toContain('score');
    expect(availableMethods('grades', 3)).toEqual(
      expect.arrayContaining(['score', 'star', 'majority-judgment', 'approval']),
    );
    expect(
      setupElection({ question: '', optionsText: 'A\nB', kind: 'ranked', methods: ['score'] }).problems.map(
        (p) => p.key,
      ),
    ).toEqual(['classroom.setup.noMethod']);
  });

  it('is a valid scenario, counted exactly as the engine counts the same ballots', () => {
    const box = new BallotBox(trip);
    box.add({ kind: 'ranked', ranking: [['o1'], ['o2'], ['o3']] }, 4);
    box.add({ kind: 'ranked', ranking: [['o2'], ['o3'], ['o1']] }, 3);
    box.add({ kind: 'ranked', ranking: [['o3'], ['o2']] }, 2);
    expect(Scenario.safeParse(classScenario(trip, box.list())).success).toBe(true);
    const { entry, scenario } = countClass(trip, box.list());
    expect(entry.counted.voters).toBe(9);
    expect(scenario.texts.en['option.o2']).toBe('Montagne');
    const profile = rankedProfile(
      ['o1', 'o2', 'o3'],
      [
        { ranking: ['o1', 'o2', 'o3'], count: 4 },
        { ranking: ['o2', 'o3', 'o1'], count: 3 },
        { ranking: ['o3', 'o2'], count: 2 },
      ],
    );
    for (const k of entry.counted.counts)
      expect(k.winners, k.method).toEqual(
        finalWinners(getMethod(k.method).count(profile as never, { seats: 1, tieBreak: 'none' })),
      );
    expect(entry.counted.counts.find((k) => k.method === 'plurality')?.winners).toEqual(['o1']);
    expect(entry.counted.counts.find((k) => k.method === 'borda')?.winners).toEqual(['o2']);
  });

  it('counts grades and approvals', () => {
    const grades: ClassElection = {
      question: '',
      options: ['A', 'B'],
      kind: 'grades',
      methods: ['score', 'majority-judgment', 'approval', 'star'],
    };
    const counted = countClass(grades, [
      { ballot: { kind: 'graded', grades: { o1: 5, o2: 2 } }, count: 2 },
      { ballot: { kind: 'graded', grades: { o1: 0, o2: 4 } }, count: 1 },
    ]);
    const profile = gradedProfile(
      ['o1', 'o2'],
      [
        { grades: { o1: 5, o2: 2 }, count: 2 },
        { grades: { o1: 0, o2: 4 }, count: 1 },
      ],
      { scale: { min: 0, max: 5 } },
    );
    for (const k of counted.entry.counted.counts)
      expect(k.winners, k.method).toEqual(
        finalWinners(getMethod(k.method).count(profile as never, { seats: 1, tieBreak: 'none' })),
      );
    const approval: ClassElection = { question: '', options: ['A', 'B', 'C'], kind: 'approval', methods: ['approval'] };
    const a = countClass(approval, [
      { ballot: { kind: 'approval', approves: ['o1', 'o3'] }, count: 2 },
      { ballot: { kind: 'approval', approves: ['o3'] }, count: 1 },
    ]);
    expect(a.entry.counted.counts[0].winners).toEqual(['o3']);
  });
});

describe('pass-and-play', () => {
  it('casts ballots one after another and shows only how many', () => {
    const vote = new PassAndPlay(trip);
    const cast = (...ids: string[]) => {
      vote.begin();
      ids.forEach((id) => vote.toggleRank(id));
      vote.submit();
    };
    cast('o1', 'o2', 'o3');
    cast('o2', 'o1');
    vote.begin();
    vote.toggleRank('o3');
    vote.toggleRank('o3'); // taken back
    vote.toggleRank('o2');
    expect(vote.draft).toEqual({ kind: 'ranked', ranking: [['o2']] });
    vote.cancel();
    cast('o1', 'o2', 'o3');
    expect(vote.cast).toBe(3);
    expect(() => vote.ballots()).toThrow(/secret/);
    const groups = vote.close();
    expect(groups).toEqual([
      { ballot: { kind: 'ranked', ranking: [['o1'], ['o2'], ['o3']] }, count: 2 },
      { ballot: { kind: 'ranked', ranking: [['o2'], ['o1']] }, count: 1 },
    ]);
    expect(() => vote.begin()).toThrow();
  });

  it('never keeps the order of casting, and warns below a few voters', () => {
    const a = new PassAndPlay(trip);
    const b = new PassAndPlay(trip);
    for (const [vote, order] of [
      [a, ['o1', 'o3']],
      [b, ['o3', 'o1']],
    ] as const) {
      for (const id of order) {
        vote.begin();
        vote.toggleRank(id);
        vote.submit();
      }
    }
    expect(a.close()).toEqual(b.close());
    expect(FEW_VOTERS).toBeGreaterThan(1);
  });

  it('refuses to close on an open ballot or an empty box', () => {
    const vote = new PassAndPlay(trip);
    expect(() => vote.close()).toThrow(/no ballot/);
    vote.begin();
    expect(() => vote.close()).toThrow(/being filled/);
  });
});

describe('typed-in counts', () => {
  it('turns a show of hands into first choices', () => {
    const { groups } = fromOptionCounts(trip, [5, null, 2]);
    expect(groups).toEqual([
      { ballot: { kind: 'ranked', ranking: [['o1']] }, count: 5 },
      { ballot: { kind: 'ranked', ranking: [['o3']] }, count: 2 },
    ]);
    expect(fromOptionCounts(trip, [Number.NaN, 1, 1]).problem).toEqual({
      key: 'classroom.tally.badOptionCount',
      params: { option: 'Mer' },
    });
    expect(fromOptionCounts({ ...trip, kind: 'grades' }, [1, 1, 1]).problem?.key).toBe(
      'classroom.tally.perOptionGrades',
    );
  });

  it('turns piles of paper ballots into ballots, naming the row of a problem', () => {
    const rows = [
      { cells: [1, 2, 3], count: 4 },
      { cells: [null, null, null], count: null },
      { cells: [3, 1, 1], count: 2 },
    ];
    expect(fromRows(trip, rows).groups).toEqual([
      { ballot: { kind: 'ranked', ranking: [['o1'], ['o2'], ['o3']] }, count: 4 },
      { ballot: { kind: 'ranked', ranking: [['o2', 'o3'], ['o1']] }, count: 2 },
    ]);
    expect(fromRows(trip, [...rows, { cells: [0, 1, 2], count: 1 }]).problem).toEqual({
      key: 'classroom.tally.badRank',
      params: { row: 4, option: 'Mer' },
    });
    expect(fromRows(trip, [{ cells: [1, 2, 3], count: Number.NaN }]).problem).toEqual({
      key: 'classroom.tally.badRowCount',
      params: { row: 1 },
    });
    const grades: ClassElection = { ...trip, kind: 'grades', methods: ['score'] };
    expect(fromRows(grades, [{ cells: [5, 6, 0], count: 1 }]).problem?.params).toEqual({
      row: 1,
      option: 'Montagne',
      min: 0,
      max: 5,
    });
    expect(readCell(' 12 ')).toBe(12);
    expect(readCell('')).toBeNull();
    expect(readCell('1.5')).toBeNaN();
  });
});
