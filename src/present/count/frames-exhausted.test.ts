import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../../voting/ballots.ts';
import { methods } from '../../voting/methods/index.ts';
import { countFrames } from './frames.ts';

describe('ballots with no choice left', () => {
  // 4 rank only the sea, 5 the mountain then the town, 3 only the town: the town goes, its 3 ballots have nowhere to go.
  const profile = rankedProfile(
    ['mer', 'montagne', 'ville'],
    [
      { ranking: [['mer']], count: 4 },
      { ranking: [['montagne'], ['ville']], count: 5 },
      { ranking: [['ville']], count: 3 },
    ],
  );

  it('are a pile of their own on the bars of instant runoff, from the round they run out', () => {
    const rounds = countFrames(methods.irv.count(profile))
      .filter((f) => f.step.key === 'irv.round')
      .map((f) => f.view);
    expect(rounds.map((v) => (v.kind === 'bars' ? v.exhausted : 'not bars'))).toEqual([undefined, 3]);
  });

  it('are never said when none ran out', () => {
    const full = rankedProfile(
      ['a', 'b'],
      [
        { ranking: [['a'], ['b']], count: 2 },
        { ranking: [['b'], ['a']], count: 1 },
      ],
    );
    for (const f of countFrames(methods.irv.count(full)))
      if (f.view.kind === 'bars') expect(f.view.exhausted).toBeUndefined();
  });
});
