import { describe, expect, it } from 'vitest';
import { describeError } from '../i18n/index.ts';
import { BallotFileError } from '../voting/io/index.ts';
import { groupBallots } from './ballots.ts';
import { countClass, type BallotGroup, type ClassElection } from './election.ts';
import { ballotsCsv, ballotsJson, ClassFileError, importBallots, resultsCsv } from './files.ts';
import { formCell, hasExtraColumns, inspectCsv, keepColumns } from './form-columns.ts';
import { chapterElection, lessonSteps, teacherNotes } from './lesson.ts';
import { loadScenarioText } from '../scenario/load.ts';
import { readFileSync, readdirSync } from 'node:fs';

const ranked: ClassElection = {
  question: 'Sortie, «\u00a0ou pas\u00a0» ?',
  options: ['Mer', 'Montagne, lac', '=Ville'],
  kind: 'ranked',
  methods: ['plurality', 'irv', 'borda', 'schulze'],
};
const rankedBallots: BallotGroup[] = [
  { ballot: { kind: 'ranked', ranking: [['o1'], ['o2'], ['o3']] }, count: 4 },
  { ballot: { kind: 'ranked', ranking: [['o2'], ['o3'], ['o1']] }, count: 3 },
  { ballot: { kind: 'ranked', ranking: [['o3'], ['o2', 'o1']] }, count: 2 },
  { ballot: { kind: 'ranked', ranking: [] }, count: 1 },
];
const approval: ClassElection = {
  question: 'Jeux',
  options: ['Foot', 'Danse', 'Échecs'],
  kind: 'approval',
  methods: ['approval'],
};
const approvalBallots: BallotGroup[] = [
  { ballot: { kind: 'approval', approves: ['o1', 'o2', 'o3'] }, count: 2 },
  { ballot: { kind: 'approval', approves: ['o3'] }, count: 1 },
  { ballot: { kind: 'approval', approves: [] }, count: 1 },
];
const grades: ClassElection = {
  question: 'Menus',
  options: ['Pâtes', 'Soupe', 'Frites'],
  kind: 'grades',
  methods: ['score', 'star', 'majority-judgment', 'approval'],
};
const gradeBallots: BallotGroup[] = [
  { ballot: { kind: 'graded', grades: { o1: 1, o2: 2, o3: 3 } }, count: 3 },
  { ballot: { kind: 'graded', grades: { o1: 4, o2: 0, o3: 1 } }, count: 2 },
];

/** What the results say: each method's winners and figures. */
function summary(election: ClassElection, groups: BallotGroup[]) {
  return countClass(election, groups).entry.counted.counts.map((k) => ({
    method: k.method,
    winners: k.winners,
    scores: k.result?.scores,
    steps: k.result?.steps,
  }));
}

describe('exports read back', () => {
  for (const [name, election, groups] of [
    ['ranked', ranked, rankedBallots],
    ['approval', approval, approvalBallots],
    ['grades', grades, gradeBallots],
  ] as const) {
    it(`${name}: JSON gives back the election and its results exactly`, () => {
      const back = importBallots('class.json', ballotsJson(election, groups));
      expect(back.election).toEqual(election);
      expect(back.groups).toEqual(groupBallots(election, [...groups]));
      expect(summary(back.election, back.groups)).toEqual(summary(election, groups));
    });

    it(`${name}: CSV gives back the same results (ballot kind as picked)`, () => {
      const back = importBallots('class.csv', ballotsCsv(election, groups), election.kind);
      expect(back.election.options).toEqual(election.options);
      expect(summary({ ...back.election, methods: election.methods }, back.groups)).toEqual(summary(election, groups));
    });
  }

  it('writes the results as CSV, one row per method', () => {
    const csv = resultsCsv(ranked, countClass(ranked, rankedBallots), 'en');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(`method,name,winner(s),tie,Mer,"Montagne, lac",'=Ville`);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^plurality,Plurality \(first past the post\),Mer,,4,3,2$/);
  });
});

describe('ballot files from the room', () => {
  it('names the line of a bad row', () => {
    const text = 'Mer,Montagne,Ville\n1,2,3\n2,1,3\n1,deux,3\n';
    let error: unknown;
    try {
      importBallots('classe.csv', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BallotFileError);
    expect((error as BallotFileError).line).toBe(4);
    expect(describeError(error, 'fr')).toMatch(/classe\.csv.*ligne 4/);
  });

  it('reads a form export once the teacher picks the option columns', () => {
    const form = [
      'Horodateur,Adresse e-mail,Classez les sorties [Mer],Classez les sorties [Montagne],Classez les sorties [Ville]',
      '2026/11/14 10:02:31,a@example.org,1er choix,2e choix,3e choix',
      '"2026/11/14 10:03:02","b@example.org",3e choix,1er choix,2e choix',
      '',
      '2026/11/14 10:04:40,c@example.org,1er choix,3e choix,2e choix',
    ].join('\n');
    const columns = inspectCsv(form);
    expect(columns.map((c) => c.option)).toEqual([false, false, true, true, true]);
    expect(columns.map((c) => c.name).slice(2)).toEqual(['Mer', 'Montagne', 'Ville']);
    expect(hasExtraColumns(columns)).toBe(true);
    const kept = keepColumns(form, [2, 3, 4]);
    expect(kept.split('\n')).toHaveLength(6); // every row on its own line, and the blank line kept
    const back = importBallots('form.csv', form, 'ranked', [2, 3, 4]);
    expect(back.election.options).toEqual(['Mer', 'Montagne', 'Ville']);
    expect(back.groups.reduce((n, g) => n + g.count, 0)).toBe(3);
    // The e-mail column left in: the reader names the line and the cell.
    expect(() =>
      importBallots('form.csv', form.replace('2e choix,3e choix\n', '2e choix,bof\n'), 'ranked', [2, 3, 4]),
    ).toThrow(/line 2/);
    expect(formCell('Oui')).toBe('1');
    expect(formCell('1st choice')).toBe('1');
    expect(formCell('Mer, Ville')).toBe('Mer, Ville');
  });

  it('refuses what a class election cannot hold, with a reason', () => {
    const many = `${Array.from({ length: 12 }, (_, i) => `O${i}`).join(',')}\n${Array.from({ length: 12 }, (_, i) => i + 1).join(',')}\n`;
    expect(() => importBallots('big.csv', many)).toThrow(ClassFileError);
  });
});

describe('lessons from the chapters', () => {
  const files = readdirSync('scenarios').filter((f) => /^chapter-\d+.*\.json$/.test(f));
  for (const file of files) {
    it(`${file}: notes, steps and the room's vote`, () => {
      const { scenario } = loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'));
      expect(scenario).toBeDefined();
      const notes = teacherNotes(scenario!, 'en')!;
      expect(notes.questions).toHaveLength(3);
      expect(notes.goal).not.toMatch(/^teacher\./);
      const steps = lessonSteps(scenario!);
      expect(steps[0]).toEqual({ kind: 'title' });
      const election = chapterElection(scenario!, 'fr');
      if (election) {
        expect(steps).toContainEqual({ kind: 'vote' });
        expect(election.methods.length).toBeGreaterThan(0);
        const ballot =
          election.kind === 'ranked'
            ? { kind: 'ranked' as const, ranking: [['o1']] }
            : election.kind === 'approval'
              ? { kind: 'approval' as const, approves: ['o1'] }
              : {
                  kind: 'graded' as const,
                  grades: Object.fromEntries(election.options.map((_, i) => [`o${i + 1}`, 3])),
                };
        expect(countClass(election, [{ ballot, count: 1 }]).entry.counted.counts.length).toBe(election.methods.length);
      }
    });
  }
});
