import { describe, expect, it } from 'vitest';
import { countClass } from '../classroom/election.ts';
import { classElectionOf, cleanSetup, liveBallotProblem, setupProblems } from './election.ts';
import { normaliseCode, type LiveSetup } from './protocol.ts';

const ranked: LiveSetup = {
  question: 'Où pique-nique-t-on ?',
  options: ['Plage', 'Forêt', 'Port'],
  kind: 'ranked',
  methods: ['plurality', 'irv', 'borda'],
};
const graded: LiveSetup = {
  question: 'Le menu',
  options: ['Soupe', 'Algues'],
  kind: 'grades',
  methods: ['majority-judgment', 'score'],
  mentions: ['À rejeter', 'Passable', 'Bien', 'Très bien'],
};

const keys = (setup: unknown) => setupProblems(setup).map((p) => p.key);

describe('a live setup', () => {
  it('is accepted when it is a class election the engine can count', () => {
    expect(setupProblems(ranked)).toEqual([]);
    expect(setupProblems(graded)).toEqual([]);
    expect(setupProblems({ question: '', options: ['A', 'B'], kind: 'approval', methods: ['approval'] })).toEqual([]);
  });

  it('is refused with the classroom form’s reasons', () => {
    expect(keys(null)).toEqual(['live.setup.notObject']);
    expect(keys({ ...ranked, options: ['Plage'] })).toContain('classroom.setup.tooFew');
    expect(keys({ ...ranked, options: ['Plage', 'plage'] })).toContain('classroom.setup.duplicate');
    expect(keys({ ...ranked, options: ['Plage', ' '] })).toContain('live.setup.blankOption');
    expect(keys({ ...ranked, options: 'Plage|Forêt' })).toEqual(['live.setup.options']);
    expect(keys({ ...ranked, question: 'x'.repeat(201) })).toEqual(['live.setup.questionTooLong']);
    expect(keys({ ...ranked, kind: 'secret' })).toEqual(['live.setup.kind']);
    expect(keys({ ...ranked, methods: [] })).toEqual(['live.setup.methods']);
    expect(keys({ ...ranked, methods: ['plurality', 'dictator'] })).toEqual(['live.setup.unknownMethod']);
  });

  it('offers only the methods that can read its ballots', () => {
    expect(keys({ ...ranked, kind: 'approval', methods: ['borda'] })).toEqual(['live.setup.methodNotForKind']);
    expect(keys({ ...graded, methods: ['dhondt'] })).toEqual(['live.setup.methodNotForKind']);
  });

  it('needs two to ten distinct, named mentions for grades, and none otherwise', () => {
    expect(keys({ ...graded, mentions: undefined })).toContain('live.setup.mentions');
    expect(keys({ ...graded, mentions: ['Bien'] })).toContain('live.setup.mentions');
    expect(keys({ ...graded, mentions: Array.from({ length: 11 }, (_, i) => `m${i}`) })).toContain(
      'live.setup.mentions',
    );
    expect(keys({ ...graded, mentions: ['Bien', 'bien'] })).toContain('live.setup.mentionTwice');
    expect(keys({ ...graded, mentions: ['Bien', ''] })).toContain('live.setup.mentionName');
    expect(keys({ ...ranked, mentions: ['Bien', 'Mal'] })).toContain('live.setup.mentionsNotGrades');
  });

  it('is cleaned of stray spaces', () => {
    expect(
      cleanSetup({
        ...graded,
        question: '  Le menu ',
        options: [' Soupe  du   jour', 'Algues'],
        mentions: [' Bien', 'Mal '],
      }),
    ).toEqual({
      ...graded,
      options: ['Soupe du jour', 'Algues'],
      mentions: ['Bien', 'Mal'],
    });
  });
});

describe('a ballot from a phone', () => {
  const problem = (setup: LiveSetup, ballot: unknown) => liveBallotProblem(setup, ballot)?.key;

  it('is accepted when the classroom would accept it', () => {
    expect(problem(ranked, { kind: 'ranked', ranking: [['o2'], ['o1']] })).toBeUndefined();
    expect(problem(ranked, { kind: 'ranked', ranking: [] })).toBeUndefined(); // a blank ballot
    expect(problem(graded, { kind: 'graded', grades: { o1: 3, o2: 0 } })).toBeUndefined();
  });

  it('is refused for its shape, whatever JSON it is', () => {
    for (const bad of [
      null,
      3,
      'o1',
      [],
      { kind: 'ranked' },
      { kind: 'ranked', ranking: ['o1'] },
      { kind: 'approval', approves: [1] },
      { kind: 'graded', grades: [] },
      { kind: 'graded', grades: { o1: '3' } },
      { kind: 'vote' },
    ]) {
      expect(problem(ranked, bad)).toBe('live.ballot.shape');
    }
  });

  it('is refused for what it says', () => {
    expect(problem(ranked, { kind: 'approval', approves: ['o1'] })).toBe('classroom.ballot.wrongKind');
    expect(problem(ranked, { kind: 'ranked', ranking: [['o9']] })).toBe('classroom.ballot.unknown');
    expect(problem(ranked, { kind: 'ranked', ranking: [['o1'], ['o1']] })).toBe('classroom.ballot.twice');
    expect(problem(ranked, { kind: 'ranked', ranking: [[]] })).toBe('classroom.ballot.emptyRank');
    expect(problem(graded, { kind: 'graded', grades: { o1: 4, o2: 0 } })).toBe('classroom.ballot.grade');
    expect(problem(graded, { kind: 'graded', grades: { o1: 1.5, o2: 0 } })).toBe('classroom.ballot.grade');
    expect(problem(graded, { kind: 'graded', grades: { o1: 1 } })).toBe('classroom.ballot.grade');
  });
});

describe('the count of a live vote', () => {
  it('is the class election’s count, with the mentions’ names on the grades', () => {
    const election = classElectionOf(graded);
    expect(election.scale).toEqual({ min: 0, max: 3 });
    const { scenario, entry } = countClass(election, [
      { ballot: { kind: 'graded', grades: { o1: 3, o2: 1 } }, count: 2 },
      { ballot: { kind: 'graded', grades: { o1: 0, o2: 2 } }, count: 1 },
    ]);
    expect(scenario.electorates[0].gradeScale).toEqual({
      min: 0,
      max: 3,
      labels: ['mention.0', 'mention.1', 'mention.2', 'mention.3'],
    });
    expect(scenario.texts.fr['mention.2']).toBe('Bien');
    const mj = entry.counted.counts.find((c) => c.method === 'majority-judgment');
    expect(mj?.winners).toEqual(['o1']);
  });
});

describe('join codes', () => {
  it('are read as people type them', () => {
    expect(normaliseCode(' ab3-k7m ')).toBe('AB3K7M');
    expect(normaliseCode('AB3K7')).toBeUndefined();
    expect(normaliseCode('AB3K7O')).toBeUndefined(); // no O: it reads as 0
  });
});
