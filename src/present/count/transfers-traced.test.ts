/**
 * The count says where ballots went as the engine traced them, ballot by ballot — not the
 * growth of each total between two rounds. Hand-checked profiles where the two differ: an
 * overvote freed by an elimination, ballots exhausted, ballots reaching a shared rank, and STV's
 * surplus passed on at a fraction of a vote.
 */
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../../voting/ballots.ts';
import { methods } from '../../voting/methods/index.ts';
import { countFrames } from './frames.ts';
import type { BarsView } from './views.ts';

const rounds = (frames: ReturnType<typeof countFrames>, key: string): BarsView[] =>
  frames.filter((f) => f.step.key === key).map((f) => f.view as BarsView);

describe('instant runoff’s transfers, traced from the ballots', () => {
  // Round 1: a 4, b 3, d 3 (d alone 1, d > b = c 2), c 0; the 2 ballots c = d are overvoted.
  const profile = rankedProfile(
    ['a', 'b', 'c', 'd'],
    [
      { ranking: ['a', 'b'], count: 4 },
      { ranking: ['b', 'c'], count: 3 },
      { ranking: [['c', 'd'], 'b'], count: 2 },
      { ranking: ['d'], count: 1 },
      { ranking: ['d', ['b', 'c']], count: 2 },
    ],
  );
  const frames = countFrames(methods.irv.count(profile));
  const [r1, r2, r3] = rounds(frames, 'irv.round');

  it('gives nothing from an empty pile, even when the elimination frees an overvote', () => {
    // c (0 first choices) leaves: c = d now counts for d (d 3 → 5), but none of it was c's:
    // the totals' difference would have said "c → d: 2".
    expect(r1.transfers).toBeUndefined();
    expect(r2.values).toMatchObject({ a: 4, b: 3, d: 5 });
    expect(r2.transfers).toBeUndefined();
  });

  it('sends an eliminated pile on to the next choice, or to the exhausted pile', () => {
    // b (3) leaves: its ballots b > c have no one left (c is out): 3 exhausted.
    expect(r3.transfers).toEqual({ from: ['b'], flows: {}, exhausted: 3 });
    expect(r3.exhausted).toBe(3);
  });

  it('counts ballots that reach a shared rank apart (void for the round), as Coombs does', () => {
    // d leaves first (1 first choice vs a 2, b 2, c 2): its 2 ballots d > b = c reach a shared rank.
    const shared = rankedProfile(
      ['a', 'b', 'c', 'd'],
      [
        { ranking: ['a'], count: 2 },
        { ranking: ['b'], count: 2 },
        { ranking: ['c'], count: 2 },
        { ranking: ['d', ['b', 'c']], count: 1 },
      ],
    );
    const [, second] = rounds(countFrames(methods.irv.count(shared)), 'irv.round');
    expect(second.transfers).toEqual({ from: ['d'], flows: {}, exhausted: 0, overvoted: 1 });
  });
});

describe('STV’s surplus, at a fraction of a vote', () => {
  it('passes a’s surplus of 4 on its 9 ballots at 4/9 each, truncated to five decimals', () => {
    // Quota: floor(12 / 3) + 1 = 5. a has 9: surplus 4, each ballot worth 0.44444.
    const profile = rankedProfile(
      ['a', 'b', 'c'],
      [
        { ranking: ['a', 'b'], count: 6 },
        { ranking: ['a', 'c'], count: 3 },
        { ranking: ['c'], count: 2 },
        { ranking: ['b'], count: 1 },
      ],
    );
    const stages = rounds(countFrames(methods.stv.count(profile, { seats: 2 })), 'stv.stage');
    const surplus = stages.find((s) => s.transfers?.from.includes('a'));
    expect(surplus?.transfers?.flows).toEqual({ b: 2.66664, c: 1.33332 });
    expect(surplus?.values).toMatchObject({ b: 3.66664, c: 3.33332 });
  });
});
