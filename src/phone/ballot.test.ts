import { describe, expect, it } from 'vitest';
import type { LiveSetup } from '../live/protocol.ts';
import {
  buildBallot,
  draftOf,
  EMPTY_DRAFT,
  isBlank,
  moveRank,
  optionIdsOf,
  reviveDraft,
  setGrade,
  tapRank,
  toggleApproval,
  ungraded,
} from './ballot.ts';

const ranked: LiveSetup = {
  question: 'Où pique-niquer ?',
  options: ['Plage', 'Rochers', 'Dune', 'Phare'],
  kind: 'ranked',
  methods: ['irv'],
};
const approval: LiveSetup = { ...ranked, kind: 'approval', methods: ['approval'] };
const grades: LiveSetup = {
  ...ranked,
  kind: 'grades',
  methods: ['majority-judgment'],
  mentions: ['À rejeter', 'Passable', 'Bien', 'Très bien'],
};

describe('ranking by taps', () => {
  it('ranks options in the order they are tapped', () => {
    const d = ['o3', 'o1', 'o4'].reduce(tapRank, EMPTY_DRAFT);
    expect(d.order).toEqual(['o3', 'o1', 'o4']);
    expect(buildBallot(ranked, d)).toEqual({ kind: 'ranked', ranking: [['o3'], ['o1'], ['o4']] });
  });

  it('a second tap takes an option out, and the others close up', () => {
    const d = tapRank(['o2', 'o1', 'o3'].reduce(tapRank, EMPTY_DRAFT), 'o1');
    expect(d.order).toEqual(['o2', 'o3']);
    expect(tapRank(d, 'o1').order).toEqual(['o2', 'o3', 'o1']);
  });

  it('moves an option up or down, and nowhere past either end', () => {
    const d = ['o1', 'o2', 'o3'].reduce(tapRank, EMPTY_DRAFT);
    expect(moveRank(d, 'o3', -1).order).toEqual(['o1', 'o3', 'o2']);
    expect(moveRank(d, 'o1', 1).order).toEqual(['o2', 'o1', 'o3']);
    expect(moveRank(d, 'o1', -1)).toBe(d);
    expect(moveRank(d, 'o3', 1)).toBe(d);
    expect(moveRank(d, 'o4', 1)).toBe(d);
  });

  it('nothing ranked is a blank ballot, sent as an empty ranking', () => {
    expect(isBlank(ranked, EMPTY_DRAFT)).toBe(true);
    expect(isBlank(ranked, tapRank(EMPTY_DRAFT, 'o2'))).toBe(false);
    expect(buildBallot(ranked, EMPTY_DRAFT)).toEqual({ kind: 'ranked', ranking: [] });
  });
});

describe('approval', () => {
  it('toggles, and sends the approved options in the setup order', () => {
    let d = toggleApproval(approval, EMPTY_DRAFT, 'o4');
    d = toggleApproval(approval, d, 'o2');
    d = toggleApproval(approval, d, 'o3');
    d = toggleApproval(approval, d, 'o4');
    expect(buildBallot(approval, d)).toEqual({ kind: 'approval', approves: ['o2', 'o3'] });
    expect(isBlank(approval, d)).toBe(false);
    expect(isBlank(approval, EMPTY_DRAFT)).toBe(true);
    expect(buildBallot(approval, EMPTY_DRAFT)).toEqual({ kind: 'approval', approves: [] });
  });
});

describe('grades', () => {
  it('gives every option its mention, the worst (0) to those left without one', () => {
    const d = setGrade(setGrade(setGrade(EMPTY_DRAFT, 'o1', 3), 'o2', 1), 'o1', 2);
    expect(ungraded(grades, d)).toEqual(['o3', 'o4']);
    expect(buildBallot(grades, d)).toEqual({ kind: 'graded', grades: { o1: 2, o2: 1, o3: 0, o4: 0 } });
    expect(isBlank(grades, EMPTY_DRAFT)).toBe(false);
  });
});

describe('a draft kept in sessionStorage', () => {
  it('comes back as it was', () => {
    const d = { order: ['o2', 'o1'], approves: ['o1', 'o3'], grades: { o1: 1, o4: 3 } };
    expect(reviveDraft(grades, JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it('keeps only what fits the setup', () => {
    const junk = { order: ['o2', 'o9', 'o2', 3], approves: 'o1', grades: { o1: 7, o2: 1.5, o3: 2, x: 1 } };
    expect(reviveDraft(grades, junk)).toEqual({ order: ['o2'], approves: [], grades: { o3: 2 } });
    expect(reviveDraft(ranked, null)).toEqual(EMPTY_DRAFT);
    expect(reviveDraft(ranked, 'nope')).toEqual(EMPTY_DRAFT);
  });

  it('a sent ballot gives back the draft it came from', () => {
    const d = ['o4', 'o2'].reduce(tapRank, EMPTY_DRAFT);
    expect(draftOf(buildBallot(ranked, d)).order).toEqual(['o4', 'o2']);
    expect(draftOf({ kind: 'approval', approves: ['o1'] }).approves).toEqual(['o1']);
    expect(draftOf({ kind: 'graded', grades: { o1: 1 } }).grades).toEqual({ o1: 1 });
  });
});

it('option ids are o1… in the setup order, as on the classroom ballots', () => {
  expect(optionIdsOf(ranked)).toEqual(['o1', 'o2', 'o3', 'o4']);
});
