import { describe, expect, it } from 'vitest';
import { createGameStore, STORAGE_KEY } from './store.ts';
import { memoryStorage } from './storage.ts';
import { DEFAULT_SETTINGS, STATE_VERSION } from './schema.ts';
import {
  ballotsIn,
  emptyClassroom,
  MAX_TALLY_FIELDS,
  salvageClassroom,
  TallySchema,
  type SavedElection,
} from './classroom.ts';

const election: SavedElection = {
  question: 'Où part la sortie ?',
  options: ['La mer', 'La montagne', 'La ville'],
  kind: 'ranked',
  methods: ['plurality', 'irv'],
};
const groups = [
  { ballot: { kind: 'ranked' as const, ranking: [['o1'], ['o2']] }, count: 4 },
  { ballot: { kind: 'ranked' as const, ranking: [['o3']] }, count: 3 },
];
const saved = (classroom: unknown): string =>
  JSON.stringify({
    version: STATE_VERSION,
    state: { settings: DEFAULT_SETTINGS, progress: { chaptersDone: ['chapter-1'], endings: {} }, run: null, classroom },
  });

describe('the classroom in the store', () => {
  it('saves the election, every ballot as it is cast, the gate, the typed counts and the lesson; a new store reads them back', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    const s = () => store.getState();
    s().saveClassElection(election);
    s().saveClassVote({ groups: groups.slice(0, 1), closed: false, source: 'pass' });
    s().saveClassVote({ groups, closed: false, source: 'pass' });
    s().saveClassGate({ code: '4821' });
    s().saveClassTally({ view: 'hands', fields: { 'cr-hands-1': '7' } });
    s().saveClassLesson({ chapter: 6, step: 3 });
    s().saveClassScreen('vote');
    const again = createGameStore({ storage }).getState();
    expect(again.classroom).toEqual({
      election,
      vote: { groups, closed: false, source: 'pass' },
      gate: { code: '4821' },
      tally: { view: 'hands', fields: { 'cr-hands-1': '7' } },
      lesson: { chapter: 6, step: 3 },
      screen: 'vote',
    });
    expect(ballotsIn(again.classroom.vote)).toBe(7);
    expect(again.notices).toEqual([]);
  });

  it('forgets the ballots and the typed counts of the previous election, but keeps the gate and the lesson', () => {
    const store = createGameStore({ storage: memoryStorage() });
    const s = () => store.getState();
    s().saveClassElection(election);
    s().saveClassVote({ groups, closed: false, source: 'pass' });
    s().saveClassTally({ view: 'piles', fields: { a: '1' } });
    s().saveClassGate({ code: '12' });
    s().saveClassLesson({ chapter: 2, step: 1 });
    s().saveClassScreen('vote');
    s().saveClassElection({ ...election, kind: 'approval', methods: ['approval'] });
    expect(s().classroom).toMatchObject({
      vote: null,
      tally: null,
      gate: { code: '12' },
      lesson: { chapter: 2, step: 1 },
      screen: 'desk',
    });
  });

  it('a save without a classroom (older, or never used) reads as an empty classroom, with no notice', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: saved(undefined) });
    const store = createGameStore({ storage });
    expect(store.getState().classroom).toEqual(emptyClassroom());
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().progress.chaptersDone).toEqual(['chapter-1']);
  });

  it('one bad group of ballots costs only that group, and is named', () => {
    const bad = [
      groups[0],
      { ballot: { kind: 'ranked', ranking: [['o9']] }, count: 2 },
      { ballot: { kind: 'approval', approves: ['o1'] }, count: 1 },
      { ballot: 'x', count: 1 },
      { ...groups[1], count: 0 },
      groups[1],
    ];
    const storage = memoryStorage({
      [STORAGE_KEY]: saved({
        election,
        vote: { groups: bad, closed: false, source: 'pass' },
        lesson: { chapter: 3, step: 2 },
        screen: 'vote',
      }),
    });
    const store = createGameStore({ storage });
    const s = store.getState();
    expect(s.classroom.vote?.groups).toEqual(groups);
    expect(s.classroom.lesson).toEqual({ chapter: 3, step: 2 });
    expect(s.classroom.screen).toBe('vote');
    expect(s.notices.map((n) => n.params.what ?? n.key)).toEqual([
      'state.setAside.partial',
      'classroom.vote.groups.1',
      'classroom.vote.groups.2',
      'classroom.vote.groups.3',
      'classroom.vote.groups.4',
    ]);
    // The damaged save is kept aside, never lost.
    expect(storage.getItem(`${STORAGE_KEY}.set-aside.1`)).toContain('o9');
  });

  it('a corrupt lesson, gate or typed count costs only itself; ballots without their election are said lost', () => {
    const drops: string[] = [];
    const out = salvageClassroom(
      {
        election: { ...election, options: ['Seule'] },
        vote: { groups, closed: false, source: 'pass' },
        gate: { code: 'abc' },
        tally: { view: 'hands', fields: 'seven' },
        lesson: { chapter: 0, step: -1 },
        screen: 'vote',
      },
      (w) => drops.push(w),
    );
    expect(out).toEqual(emptyClassroom());
    expect(drops).toEqual([
      'classroom.lesson',
      'classroom.tally',
      'classroom.gate',
      'classroom.election',
      'classroom.vote',
    ]);
    const keep: string[] = [];
    const good = salvageClassroom(
      {
        election,
        vote: { groups, closed: true, source: 'pass' },
        gate: { code: 'abc' },
        lesson: { chapter: 4, step: 5 },
        screen: 'lesson',
      },
      (w) => keep.push(w),
    );
    expect(good).toMatchObject({
      election,
      vote: { groups, closed: true },
      gate: null,
      lesson: { chapter: 4, step: 5 },
      screen: 'lesson',
    });
    expect(keep).toEqual(['classroom.gate']);
  });

  it('grade ballots must grade every option within the scale; mentions must name every grade', () => {
    const graded: SavedElection = {
      ...election,
      kind: 'grades',
      methods: ['majority-judgment'],
      scale: { min: 0, max: 6 },
      mentions: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
    };
    const drops: string[] = [];
    const ok = { ballot: { kind: 'graded', grades: { o1: 6, o2: 0, o3: 3 } }, count: 2 };
    const out = salvageClassroom(
      {
        election: graded,
        vote: {
          groups: [
            ok,
            { ballot: { kind: 'graded', grades: { o1: 7, o2: 0, o3: 3 } }, count: 1 },
            { ballot: { kind: 'graded', grades: { o1: 1 } }, count: 1 },
          ],
          closed: false,
          source: 'pass',
        },
      },
      (w) => drops.push(w),
    );
    expect(out.vote?.groups).toEqual([ok]);
    expect(drops).toEqual(['classroom.vote.groups.1', 'classroom.vote.groups.2']);
    const wrong: string[] = [];
    expect(
      salvageClassroom({ election: { ...graded, mentions: ['A', 'B'] } }, (w) => wrong.push(w)).election,
    ).toBeNull();
    expect(wrong).toEqual(['classroom.election']);
  });

  it('something that is not a classroom at all is dropped whole, and said', () => {
    for (const junk of ['yes', 42, [1, 2]]) {
      const drops: string[] = [];
      expect(salvageClassroom(junk, (w) => drops.push(w))).toEqual(emptyClassroom());
      expect(drops).toEqual(['classroom']);
    }
  });

  it('keeps a full form of typed piles (100 piles × 10 options and their counts) and refuses past its bound', () => {
    const fields: Record<string, string> = { rows: '100', done: '1' };
    for (let r = 1; r <= 100; r++) {
      for (let i = 1; i <= 10; i++) fields[`cr-pile-${r}-${i}`] = String(i);
      fields[`cr-pile-${r}-count`] = '30';
    }
    expect(Object.keys(fields)).toHaveLength(1102);
    const storage = memoryStorage();
    createGameStore({ storage }).getState().saveClassTally({ view: 'piles', fields });
    expect(createGameStore({ storage }).getState().classroom.tally).toEqual({ view: 'piles', fields });
    for (let k = 0; Object.keys(fields).length <= MAX_TALLY_FIELDS; k++) fields[`x${k}`] = '1';
    expect(TallySchema.safeParse({ view: 'piles', fields }).success).toBe(false);
  });
});
