import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODS, type ClassElection } from '../../classroom/election.ts';
import { pileCellId, pileCountId, pileRows, pilesFromFields } from './piles-kept.ts';

const trip: ClassElection = {
  question: 'Où\u00a0?',
  options: ['Mer', 'Montagne', 'Ville'],
  kind: 'ranked',
  methods: [...DEFAULT_METHODS.ranked],
};

describe('piles read from the typed fields', () => {
  it('reads ranks and counts by the inputs’ ids, skipping blank rows', () => {
    const fields = {
      rows: '4',
      [pileCellId(1, 0)]: '1',
      [pileCellId(1, 1)]: '2',
      [pileCountId(1)]: '16',
      [pileCellId(3, 2)]: '1',
      [pileCountId(3)]: '14',
    };
    expect(pilesFromFields(trip, fields).groups).toEqual([
      { ballot: { kind: 'ranked', ranking: [['o1'], ['o2']] }, count: 16 },
      { ballot: { kind: 'ranked', ranking: [['o3']] }, count: 14 },
    ]);
  });

  it('reads approval ticks as `1`, and says which row lacks its count', () => {
    const approval: ClassElection = { ...trip, kind: 'approval', methods: ['approval'] };
    const fields = { rows: '2', [pileCellId(1, 0)]: '1', [pileCellId(1, 2)]: '1', [pileCountId(1)]: '5' };
    expect(pilesFromFields(approval, fields).groups).toEqual([
      { ballot: { kind: 'approval', approves: ['o1', 'o3'] }, count: 5 },
    ]);
    const missing = pilesFromFields(trip, { rows: '2', [pileCellId(2, 0)]: '1' });
    expect(missing.groups).toBeUndefined();
    expect(missing.problem).toEqual({ key: 'classroom.tally.badRowCount', params: { row: 2 } });
  });

  it('counts every row typed, however many (the form shows at most 100 again)', () => {
    const fields: Record<string, string> = { rows: '120' };
    for (let r = 1; r <= 120; r++) {
      fields[pileCellId(r, r % 3)] = '1';
      fields[pileCountId(r)] = '1';
    }
    const groups = pilesFromFields(trip, fields).groups ?? [];
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(120);
    expect(pileRows(fields, 4)).toBe(100);
    expect(pileRows({}, 4)).toBe(4);
  });
});
